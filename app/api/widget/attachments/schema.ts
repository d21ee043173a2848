import { attachmentNameHeader } from "@/lib/attachments/upload";

/** The X-Attachment-Name header; the body is the file. */
export const widgetAttachmentName = attachmentNameHeader;
