import { createHash } from "node:crypto";
import type { Attachment, Db, Message, Prisma } from "../db";
import { recordMessage } from "../conversation/log";
import { checkAttachment, isImage } from "./file-type";
import { attachmentKey, type AttachmentStorage } from "./storage";

/**
 * Files in a conversation: a customer's photo of a damaged parcel, an agent's PDF of a label.
 * Each one is a message of its own (its body is the file name) with the file beside it, so it
 * takes its place in the transcript and the widget's replay like any other message. A file sent
 * on its own asks the AI nothing; the customer's words around it do.
 */

/** Enough for any one conversation; more looks like someone using the chat as file storage. */
export const MAX_ATTACHMENTS_PER_CONVERSATION = 20;

export interface AttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Readable by the conversation's widget (bearer token) and by the workspace's staff. */
  url: string;
  image: boolean;
}

export function attachmentView(a: Pick<Attachment, "id" | "fileName" | "contentType" | "sizeBytes">): AttachmentView {
  return { id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes, url: `/api/attachments/${a.id}`, image: isImage(a.contentType) };
}

export class AttachmentRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 415,
  ) {
    super(message);
  }
}

export type Sender = { type: "customer" } | { type: "human"; userId: string };

export interface NewAttachment {
  workspaceId: string;
  conversationId: string;
  sender: Sender;
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
}

/**
 * Stores the file and its message, and tells the conversation's widget and the staff. The bytes
 * are written first: a message never names a file that is not there.
 */
export async function sendAttachment(db: Db, storage: AttachmentStorage, input: NewAttachment, now = new Date()): Promise<{ attachment: AttachmentView; message: Message }> {
  const checked = checkAttachment({ bytes: input.bytes, fileName: input.fileName }, input.maxBytes);
  if (!checked.ok) throw new AttachmentRefused(checked.error, checked.status);
  const conversation = await db.conversation.findFirst({
    where: { id: input.conversationId, workspaceId: input.workspaceId },
    select: { status: true, assigneeId: true, assignee: { select: { name: true } }, _count: { select: { attachments: true } } },
  });
  if (!conversation) throw new AttachmentRefused("No such conversation.", 404);
  if (conversation.status === "resolved") throw new AttachmentRefused("This conversation is resolved; reopen it to send files.", 409);
  if (input.sender.type === "human" && (conversation.status !== "with_human" || conversation.assigneeId !== input.sender.userId)) {
    throw new AttachmentRefused("Take the conversation over before sending a file, so the customer hears one voice.", 403);
  }
  if (conversation._count.attachments >= MAX_ATTACHMENTS_PER_CONVERSATION) {
    throw new AttachmentRefused(`A conversation can hold ${MAX_ATTACHMENTS_PER_CONVERSATION} files; this one is full.`, 409);
  }

  const storageKey = attachmentKey(input.workspaceId, input.conversationId);
  await storage.put(storageKey, input.bytes, checked.contentType);
  try {
    const human = input.sender.type === "human" ? { agentName: conversation.assignee?.name, userId: input.sender.userId } : {};
    // The file's row is written with its message, so the message is never announced without it.
    const attach = async (tx: Prisma.TransactionClient, message: Message) => {
      const attachment = await tx.attachment.create({
        data: {
          workspaceId: input.workspaceId,
          conversationId: input.conversationId,
          messageId: message.id,
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: input.bytes.length,
          sha256: createHash("sha256").update(input.bytes).digest("hex"),
          storageKey,
          uploadedBy: input.sender.type === "human" ? "user" : "customer",
          uploaderId: input.sender.type === "human" ? input.sender.userId : null,
          createdAt: now,
        },
      });
      return [attachmentView(attachment)];
    };
    const { message, attachments } = await recordMessage(db, { conversationId: input.conversationId, author: input.sender.type, body: checked.fileName, at: now, owesTurn: false, ...human, attach });
    const [attachment] = attachments ?? [];
    if (!attachment) throw new Error(`Message ${message.id} was stored without its file.`);
    return { attachment, message };
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}

export type AttachmentReader = { kind: "widget"; conversationId: string } | { kind: "staff"; workspaceId: string };

/** The file, for its conversation's widget or its workspace's staff; anyone else gets nothing. */
export async function readAttachment(db: Db, storage: AttachmentStorage, id: string, reader: AttachmentReader): Promise<{ attachment: Attachment; bytes: Uint8Array } | null> {
  const attachment = await db.attachment.findUnique({ where: { id } });
  if (!attachment) return null;
  const allowed = reader.kind === "widget" ? attachment.conversationId === reader.conversationId : attachment.workspaceId === reader.workspaceId;
  if (!allowed) return null;
  const bytes = await storage.get(attachment.storageKey);
  return bytes ? { attachment, bytes } : null;
}

/**
 * The stored bytes of attachments whose rows were just deleted with their conversations (erasure,
 * retention). Called after the deleting transaction commits; a file that cannot be removed now is
 * logged with its key, as nothing refers to it any more.
 */
export async function removeStoredFiles(storage: AttachmentStorage, storageKeys: string[]): Promise<void> {
  for (const key of storageKeys) {
    await storage.delete(key).catch((error: unknown) => console.error(`Removing the attachment file ${key} failed:`, error));
  }
}

/** Attachments of these messages, by message id, for replays and transcripts. */
export async function attachmentsOfMessages(db: Db, messageIds: string[]): Promise<Map<string, AttachmentView[]>> {
  const byMessage = new Map<string, AttachmentView[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await db.attachment.findMany({ where: { messageId: { in: messageIds } }, orderBy: { createdAt: "asc" } });
  for (const row of rows) byMessage.set(row.messageId!, [...(byMessage.get(row.messageId!) ?? []), attachmentView(row)]);
  return byMessage;
}
