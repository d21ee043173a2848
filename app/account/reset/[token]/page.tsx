import type { Metadata } from "next";
import { AccountLinkForm } from "@/components/account/account-link-form";
import { Card, CardBody } from "@/components/ui";
import { getDb } from "@/lib/db";
import { LINK_TOKEN_PATTERN, openOneTimeLink } from "@/lib/auth/one-time-link";
import { MIN_CUSTOMER_PASSWORD_LENGTH, PASSWORD_RESET_PURPOSE } from "@/lib/business/account";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Where the password-reset link the AI sent a customer leads: one new password, once. */
export default async function CustomerPasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = LINK_TOKEN_PATTERN.test(token) && (await openOneTimeLink(await getDb(), PASSWORD_RESET_PURPOSE, token)) !== null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Choose a new password</h1>
          {open ? (
            <AccountLinkForm token={token} mode={{ kind: "password", minLength: MIN_CUSTOMER_PASSWORD_LENGTH }} />
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-testid="account-link-closed">
              This link has expired or was already used. Ask us in the chat for a new one.
            </p>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
