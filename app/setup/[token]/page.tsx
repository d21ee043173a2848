import type { Metadata } from "next";
import { FirstAdminForm } from "@/components/setup/first-admin-form";
import { Card, CardBody } from "@/components/ui";
import { getDb } from "@/lib/db";
import { isSetupLinkOpen, MIN_ADMIN_PASSWORD_LENGTH } from "@/lib/setup/first-admin";

export const metadata: Metadata = { title: "Set up the desk", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The one-time page, printed at a production desk's start, that creates its first workspace and admin. */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = await isSetupLinkOpen(await getDb(), token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Set up the desk</h1>
          {open ? (
            <>
              <p className="mt-1 text-sm text-slate-500">Create the workspace and its first admin. This link works once.</p>
              <FirstAdminForm token={token} minPasswordLength={MIN_ADMIN_PASSWORD_LENGTH} />
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-testid="setup-closed">
              This setup link has been used or has expired. Restart the desk for a new one while it has no admin, or{" "}
              <a href="/signin" className="underline">
                sign in
              </a>
              .
            </p>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
