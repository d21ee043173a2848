import { NextResponse } from "next/server";
import { sendAttachment } from "@/lib/attachments/attachments";
import { attachmentMaxBytes, attachmentStorage } from "@/lib/attachments/storage";
import { readUpload, refusal } from "@/lib/attachments/upload";
import { getDb } from "@/lib/db";
import { widgetClaims } from "@/lib/widget/http";
import { widgetAttachmentName } from "./schema";

/** A customer sends a photo or a PDF into their own conversation. */
export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const upload = await readUpload(request, widgetAttachmentName);
  if (upload.error) return upload.error;
  try {
    const sent = await sendAttachment(await getDb(), attachmentStorage(), {
      workspaceId: claims.workspaceId,
      conversationId: claims.conversationId,
      sender: { type: "customer" },
      fileName: upload.fileName,
      bytes: upload.bytes,
      maxBytes: attachmentMaxBytes(),
    });
    return NextResponse.json({ attachment: sent.attachment, messageId: sent.message.id, seq: sent.message.seq }, { status: 201 });
  } catch (error) {
    return refusal(error);
  }
}
