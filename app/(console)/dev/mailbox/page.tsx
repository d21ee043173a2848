import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { Card, CardBody, CardHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Mailbox" };
export const dynamic = "force-dynamic";

/**
 * The email the desk would have sent, for installations without a mail server. Admin-only in
 * every environment: a verification code in here unlocks a customer's account actions, so it
 * must never be readable by the visitor who asked for it, and admins can already act on every
 * account. Codes never appear anywhere else (not in the chat, events or the handoff brief).
 */
export default async function MailboxPage() {
  const staff = await requireStaffPage("admin", "/dev/mailbox");
  const db = await getDb();
  const emails = await db.outboundEmail.findMany({
    where: { workspaceId: staff.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Mailbox</h1>
        <p className="text-sm text-slate-600">The last 50 emails the desk sent. No mail server is configured, so they are kept here.</p>
      </div>
      {emails.length === 0 ? <p className="text-sm text-slate-600">No email yet.</p> : null}
      <ul className="space-y-3">
        {emails.map((email) => (
          <li key={email.id} data-testid="mailbox-email" data-to={email.to}>
            <Card>
              <CardHeader
                title={email.subject}
                description={
                  <>
                    {email.sender ? `From ${email.sender} · ` : null}To {email.to}
                    {email.replyTo ? ` · Reply-To ${email.replyTo}` : null} · <time dateTime={email.createdAt.toISOString()}>{email.createdAt.toLocaleString("en-US")}</time>
                  </>
                }
              />
              <CardBody>
                <pre className="whitespace-pre-wrap font-sans text-sm text-slate-700">{email.body}</pre>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
