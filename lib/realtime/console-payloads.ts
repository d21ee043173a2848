import { z } from "zod";
import { userText } from "../validation/user-text";
import { MAX_MESSAGE_LENGTH } from "./events";

/** Payloads the console sends over its socket; each handler parses with one of these first. */
const conversationId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const remark = userText().trim().min(1, "Write something first.").max(2000, "Keep it under 2000 characters.");
const optionalNote = userText("The note").trim().max(2000).nullish().transform((note) => note || null);

export const claimPayload = z.strictObject({ conversationId });
export const replyPayload = z.strictObject({
  conversationId,
  body: userText("The reply").trim().min(1, "A reply cannot be empty.").max(MAX_MESSAGE_LENGTH, `Replies are limited to ${MAX_MESSAGE_LENGTH} characters.`),
  clientMessageId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
});
export const remarkPayload = z.strictObject({ conversationId, kind: z.enum(["note", "whisper"]), body: remark });
export const transferPayload = z.strictObject({ conversationId, toUserId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).nullable(), note: optionalNote });
export const handBackPayload = z.strictObject({ conversationId, note: optionalNote });
export const resolvePayload = z.strictObject({ conversationId, outcome: z.enum(["solved", "no_action_needed", "not_solved", "duplicate", "spam"]), note: optionalNote });
export const reopenPayload = z.strictObject({ conversationId, note: optionalNote });
export const decideApprovalPayload = z
  .strictObject({
    conversationId,
    approvalEventId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
    decision: z.enum(["approve", "deny"]),
    reason: optionalNote,
  })
  // The customer is told why; a denial without a reason would leave them guessing.
  .refine((d) => d.decision === "approve" || d.reason !== null, { message: "Give the customer a reason for the denial.", path: ["reason"] });
export const removeGuidancePayload = z.strictObject({ conversationId, guidanceEventId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });
export const alertAckPayload = z.strictObject({ alertId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });
