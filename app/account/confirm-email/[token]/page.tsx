import type { Metadata } from "next";
import { AccountLinkForm } from "@/components/account/account-link-form";
import { Card, CardBody } from "@/components/ui";
import { getDb } from "@/lib/db";
import { LINK_TOKEN_PATTERN, openOneTimeLink } from "@/lib/auth/one-time-link";
import { EMAIL_CHANGE_PURPOSE } from "@/lib/business/account";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Where the email-change link leads: opening it shows the change; the button makes it. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = LINK_TOKEN_PATTERN.test(token) ? await openOneTimeLink(await getDb(), EMAIL_CHANGE_PURPOSE, token) : null;
  const newEmail = (link?.subject as { to?: string } | undefined)?.to;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Confirm your new email</h1>
          {newEmail ? (
            <AccountLinkForm token={token} mode={{ kind: "email", newEmail }} />
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
