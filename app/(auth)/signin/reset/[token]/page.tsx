import type { Metadata } from "next";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";
import { getDb } from "@/lib/db";
import { openPasswordReset } from "@/lib/team/password-reset";
import { Card, CardBody } from "@/components/ui";
import { PasswordResetForm } from "@/components/team/link-forms";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The page a password-reset email links to. */
export default async function PasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = LINK_TOKEN_PATTERN.test(token) ? await openPasswordReset(await getDb(), token) : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Set a new password</h1>
          {reset ? (
            <>
              <p className="mt-1 text-sm text-slate-500">For {reset.email}. This link works once.</p>
              <PasswordResetForm token={token} />
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-testid="link-closed">
              This link has been used or has expired. Ask an admin for a new one.
            </p>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
