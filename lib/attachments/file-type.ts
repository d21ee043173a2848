/**
 * What an uploaded file really is, read from its first bytes, and whether the desk takes it.
 * The name and the browser's declared type are the sender's say-so; a script renamed `photo.png`
 * must not be served back to anyone as an image.
 */
export const ATTACHMENT_TYPES = {
  "image/png": { label: "PNG image", extensions: ["png"] },
  "image/jpeg": { label: "JPEG image", extensions: ["jpg", "jpeg", "jfif"] },
  "image/webp": { label: "WebP image", extensions: ["webp"] },
  "image/gif": { label: "GIF image", extensions: ["gif"] },
  "application/pdf": { label: "PDF", extensions: ["pdf"] },
} as const;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the content says it is, or null for anything the desk does not take. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export const isImage = (type: string) => type.startsWith("image/");

/** A name safe to show and to put in a download header: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-120);
  return cleaned || "attachment";
}

export type AttachmentCheck = { ok: true; contentType: AttachmentType; fileName: string } | { ok: false; status: 413 | 415 | 400; error: string };

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Whether the desk takes this file: its size, and its content against what its name claims. */
export function checkAttachment(file: { bytes: Uint8Array; fileName: string }, maxBytes: number): AttachmentCheck {
  const fileName = cleanFileName(file.fileName);
  if (file.bytes.length === 0) return { ok: false, status: 400, error: `${fileName} is empty.` };
  if (file.bytes.length > maxBytes) return { ok: false, status: 413, error: `${fileName} is ${megabytes(file.bytes.length)}; files are limited to ${megabytes(maxBytes)}.` };
  const contentType = sniffAttachmentType(file.bytes);
  if (!contentType) return { ok: false, status: 415, error: `${fileName} is not an image (PNG, JPEG, WebP, GIF) or a PDF, the kinds of file that can be sent here.` };
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase();
  const claimed = extension ? (Object.entries(ATTACHMENT_TYPES).find(([, t]) => (t.extensions as readonly string[]).includes(extension))?.[0] as AttachmentType | undefined) : undefined;
  // A known extension that contradicts the content is a disguise or a mistake; either way the
  // name would mislead whoever opens it.
  if (extension && claimed && claimed !== contentType) {
    return { ok: false, status: 415, error: `${fileName} is named as a ${ATTACHMENT_TYPES[claimed].label} but its content is a ${ATTACHMENT_TYPES[contentType].label}.` };
  }
  if (extension && !claimed) return { ok: false, status: 415, error: `${fileName}: .${extension} files cannot be sent; send an image (PNG, JPEG, WebP, GIF) or a PDF.` };
  return { ok: true, contentType, fileName };
}
