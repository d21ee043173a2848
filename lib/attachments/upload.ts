import { NextResponse } from "next/server";
import { z } from "zod";
import { userText } from "../validation/user-text";
import { AttachmentRefused } from "./attachments";

/**
 * An upload is the file itself as the request body, its name in the X-Attachment-Name header
 * (URI-encoded, so any script survives HTTP headers). Its size was bounded by the custom server
 * before this reads it (lib/http/body-limit.ts).
 */
export const attachmentNameHeader = userText("The file name")
  .transform((raw, ctx) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      ctx.addIssue({ code: "custom", message: "X-Attachment-Name must be URI-encoded (encodeURIComponent)." });
      return z.NEVER;
    }
  })
  .pipe(z.string().trim().min(1, "Give the file a name in X-Attachment-Name.").max(255, "File names are limited to 255 characters."));

export async function readUpload(request: Request, nameSchema: typeof attachmentNameHeader): Promise<{ fileName: string; bytes: Uint8Array; error?: undefined } | { error: NextResponse }> {
  const name = nameSchema.safeParse(request.headers.get("x-attachment-name") ?? "");
  if (!name.success) return { error: NextResponse.json({ error: name.error.issues[0]?.message ?? "The file name could not be read." }, { status: 400 }) };
  return { fileName: name.data, bytes: new Uint8Array(await request.arrayBuffer()) };
}

export function refusal(error: unknown): NextResponse {
  if (error instanceof AttachmentRefused) return NextResponse.json({ error: error.message }, { status: error.status });
  throw error;
}
