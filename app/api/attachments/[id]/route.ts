import { NextResponse } from "next/server";
import { readAttachment, type AttachmentReader } from "@/lib/attachments/attachments";
import { attachmentStorage } from "@/lib/attachments/storage";
import { isImage } from "@/lib/attachments/file-type";
import { getStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { widgetClaims } from "@/lib/widget/http";
import { attachmentIdParam } from "./schema";

const notFound = () => NextResponse.json({ error: "No such file, or it is not yours to read." }, { status: 404 });

/**
 * A file of a conversation, for that conversation's widget (its bearer token) or the workspace's
 * staff (their session). Anyone else is told it does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = attachmentIdParam.safeParse(await params);
  if (!id.success) return notFound();
  let reader: AttachmentReader;
  if (request.headers.has("authorization")) {
    const { claims, denied } = widgetClaims(request);
    if (denied) return denied;
    reader = { kind: "widget", conversationId: claims.conversationId };
  } else {
    const staff = await getStaff();
    if (!staff) return NextResponse.json({ error: "Sign in to read this file." }, { status: 401 });
    reader = { kind: "staff", workspaceId: staff.workspaceId };
  }
  const found = await readAttachment(await getDb(), attachmentStorage(), id.data.id, reader);
  if (!found) return notFound();
  const { attachment, bytes } = found;
  // Images show in place; a PDF is downloaded rather than opened as a page of this desk.
  const disposition = `${isImage(attachment.contentType) ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`;
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": disposition,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, max-age=3600",
    },
  });
}
