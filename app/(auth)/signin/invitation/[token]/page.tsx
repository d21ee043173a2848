import type { Metadata } from "next";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";
import { getDb } from "@/lib/db";
import { openInvitation } from "@/lib/team/invitations";
import { Card, CardBody } from "@/components/ui";
import { InvitationForm } from "@/components/team/link-forms";

export const metadata: Metadata = { title: "Join the team", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The page an invitation email links to: the invited person chooses their name and password. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = LINK_TOKEN_PATTERN.test(token) ? await openInvitation(await getDb(), token) : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          {invitation ? (
            <>
              <h1 className="text-xl font-semibold text-slate-900">Join {invitation.workspaceName}</h1>
              <p className="mt-1 text-sm text-slate-500">
                You are invited as {invitation.role === "agent" ? "an agent" : `a ${invitation.role}`} with {invitation.email}. This link works once.
              </p>
              <InvitationForm token={token} />
            </>
          ) : (
            <>
              <h1 className="text-xl font-semibold text-slate-900">Join the team</h1>
              <p className="mt-2 text-sm text-slate-600" data-testid="link-closed">
                This invitation has been used or has expired. Ask an admin for a new one, or{" "}
                <a href="/signin" className="underline">
                  sign in
                </a>
                .
              </p>
            </>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
