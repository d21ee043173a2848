import { NextResponse } from "next/server";
import { sendAttachment } from "@/lib/attachments/attachments";
import { attachmentMaxBytes, attachmentStorage } from "@/lib/attachments/storage";
import { readUpload, refusal } from "@/lib/attachments/upload";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { conversationIdParam, staffAttachmentName } from "./schema";

/** The agent who has the conversation sends the customer a file. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const id = conversationIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a conversation id." }, { status: 400 });
  const upload = await readUpload(request, staffAttachmentName);
  if (upload.error) return upload.error;
  try {
    const sent = await sendAttachment(await getDb(), attachmentStorage(), {
      workspaceId: staff.workspaceId,
      conversationId: id.data.id,
      sender: { type: "human", userId: staff.id },
      fileName: upload.fileName,
      bytes: upload.bytes,
      maxBytes: attachmentMaxBytes(),
    });
    return NextResponse.json({ attachment: sent.attachment, messageId: sent.message.id }, { status: 201 });
  } catch (error) {
    return refusal(error);
  }
}
