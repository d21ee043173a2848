import type { Db } from "../db";
import { transaction } from "../events/dispatcher";
import { appendEvent, recordMessage } from "../conversation/log";
import type { WidgetTokenClaims } from "../realtime/widget-token";
import { format, translations } from "./strings";
import { sendEmail } from "../email/outbox";
import {
  CODE_TTL_MS,
  MAX_ATTEMPTS,
  REQUEST_WINDOW_MS,
  checkCode,
  decideCodeRequest,
  generateCode,
  hashCode,
} from "./verification-code";

/**
 * Email one-time codes for customers the host site did not identify. A request looks the same
 * whether or not the address has an account (no one can probe for customers), and the code only
 * ever travels by email: it is never stored, logged or shown in the chat.
 */

export type CodeRequestOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function requestVerificationCode(
  db: Db,
  claims: WidgetTokenClaims,
  rawEmail: string,
  secret: string,
  now = new Date(),
): Promise<CodeRequestOutcome> {
  const email = rawEmail.trim().toLowerCase();
  const since = new Date(now.getTime() - REQUEST_WINDOW_MS);
  const [byConversation, byEmail] = await Promise.all([
    db.verificationCode.findMany({ where: { conversationId: claims.conversationId, createdAt: { gt: since } }, select: { createdAt: true } }),
    db.verificationCode.findMany({ where: { workspaceId: claims.workspaceId, email, createdAt: { gt: since } }, select: { createdAt: true } }),
  ]);
  const decision = decideCodeRequest({ byConversation: byConversation.map((c) => c.createdAt), byEmail: byEmail.map((c) => c.createdAt) }, now);
  if (!decision.allowed) return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };

  const [customer, workspace] = await Promise.all([
    db.customer.findUnique({ where: { workspaceId_email: { workspaceId: claims.workspaceId, email } } }),
    db.workspace.findUniqueOrThrow({ where: { id: claims.workspaceId }, select: { name: true } }),
  ]);
  const code = generateCode();
  await transaction(db, async (tx) => {
    await tx.verificationCode.create({
      data: {
        workspaceId: claims.workspaceId,
        conversationId: claims.conversationId,
        customerId: customer?.id ?? null,
        email,
        codeHash: hashCode(code, secret),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        createdAt: now,
      },
    });
    if (customer) {
      await sendEmail(
        tx,
        claims.workspaceId,
        {
          to: email,
          subject: `Your ${workspace.name} verification code`,
          body: `Hi ${customer.name},\n\nYour verification code is ${code}. It expires in ${CODE_TTL_MS / 60_000} minutes.\n\nIf you did not ask for it, you can ignore this email.`,
        },
        now,
      );
    }
    await appendEvent(tx, {
      workspaceId: claims.workspaceId,
      conversationId: claims.conversationId,
      type: "verification",
      payload: { method: "email_code", stage: "code_requested" },
      actor: { type: "customer" },
      at: now,
    });
  });
  return { ok: true };
}

export type CodeConfirmOutcome =
  | { ok: true; name: string }
  | { ok: false; reason: "no_code" | "wrong" | "expired" | "too_many_attempts" | "used"; attemptsLeft?: number };

export async function confirmVerificationCode(
  db: Db,
  claims: WidgetTokenClaims,
  code: string,
  secret: string,
  now = new Date(),
): Promise<CodeConfirmOutcome> {
  const stored = await db.verificationCode.findFirst({
    where: { conversationId: claims.conversationId },
    orderBy: { createdAt: "desc" },
  });
  if (!stored) return { ok: false, reason: "no_code" };
  // Every guess takes one of the code's attempts before it is compared, in one conditional
  // update, so parallel guesses (on any number of instances) get at most MAX_ATTEMPTS comparisons.
  const counted = await db.verificationCode.updateMany({
    where: { id: stored.id, attempts: { lt: MAX_ATTEMPTS }, consumedAt: null, expiresAt: { gt: now } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count === 0) {
    return { ok: false, reason: stored.consumedAt ? "used" : stored.expiresAt <= now ? "expired" : "too_many_attempts" };
  }
  const result = checkCode(stored, code, secret, now);
  // A right code for an address with no account cannot happen legitimately (no email was sent).
  if (result !== "accepted" || !stored.customerId) {
    const after = await db.verificationCode.findUniqueOrThrow({ where: { id: stored.id }, select: { attempts: true } });
    const attemptsLeft = Math.max(0, MAX_ATTEMPTS - after.attempts);
    return attemptsLeft ? { ok: false, reason: "wrong", attemptsLeft } : { ok: false, reason: "too_many_attempts" };
  }

  const customerId = stored.customerId;
  const { customer, conversation } = await transaction(db, async (tx) => {
    // Consuming is conditional so two confirmations racing with one code verify only once.
    const consumed = await tx.verificationCode.updateMany({ where: { id: stored.id, consumedAt: null }, data: { consumedAt: now } });
    if (consumed.count === 0) return { customer: null, conversation: null };
    const customer = await tx.customer.update({ where: { id: customerId }, data: { verifiedAt: now } });
    const conversation = await tx.conversation.update({ where: { id: claims.conversationId }, data: { customerId } });
    await appendEvent(tx, {
      workspaceId: claims.workspaceId,
      conversationId: claims.conversationId,
      type: "verification",
      payload: { method: "email_code", stage: "verified", customerId, verified: true },
      actor: { type: "customer" },
      at: now,
    });
    return { customer, conversation };
  });
  if (!customer || !conversation) return { ok: false, reason: "used" };

  const name = customer.name.split(/\s+/)[0] ?? customer.name;
  const strings = translations[conversation.language] ?? translations.en;
  await recordMessage(db, { conversationId: claims.conversationId, author: "system", body: format(strings.verified, { name }) });
  return { ok: true, name };
}
