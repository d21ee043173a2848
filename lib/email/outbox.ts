import type { Db, Prisma } from "../db";
import { emailSettingsSchema } from "../workspace/settings";

/**
 * The desk's one way to send email. Without a mail server configured every message is kept as an
 * OutboundEmail row (the admin's /dev/mailbox shows them), stamped with the From and Reply-To the
 * workspace's email settings give at the moment it is written.
 */

export interface Email {
  to: string;
  subject: string;
  body: string;
}

/** The From line: the workspace's sender name and address, else its name and DESK_MAIL_FROM. */
export function senderOf(workspaceName: string, emailSettings: unknown, env: Record<string, string | undefined> = process.env): { sender: string; replyTo: string | null } {
  const settings = emailSettingsSchema.parse(emailSettings ?? {});
  const name = (settings.senderName ?? workspaceName).replace(/["\r\n]/g, "");
  const address = settings.senderAddress ?? env.DESK_MAIL_FROM?.trim() ?? "desk@localhost";
  return { sender: `"${name}" <${address}>`, replyTo: settings.replyTo ?? null };
}

/** Writes the email in the caller's transaction, so it exists exactly when what it announces does. */
export async function sendEmail(db: Db | Prisma.TransactionClient, workspaceId: string, email: Email, now = new Date()) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, emailSettings: true } });
  return db.outboundEmail.create({ data: { workspaceId, ...email, ...senderOf(workspace.name, workspace.emailSettings), createdAt: now } });
}
