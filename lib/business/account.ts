import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import { audit } from "./audit";

/**
 * Sends a password-reset link to the address on file. The link itself goes only to that inbox;
 * the chat is told where it went, never the link, so a stranger in the chat cannot use it.
 */
export async function sendPasswordReset(
  db: Db,
  input: { workspaceId: string; customerId: string; actor: { type: "ai" | "user"; id: string } },
): Promise<{ sentTo: string }> {
  const customer = await db.customer.findUniqueOrThrow({ where: { id: input.customerId } });
  const token = randomBytes(24).toString("base64url");
  await audit(db, {
    workspaceId: input.workspaceId,
    actorType: input.actor.type,
    actorId: input.actor.id,
    action: "account.password_reset_sent",
    targetType: "customer",
    targetId: customer.id,
    detail: { tokenSuffix: token.slice(-4), expiresInMinutes: 30 },
  });
  return { sentTo: maskEmail(customer.email) };
}

export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(1, local.length - 1))}@${domain}`;
}
