import { attachmentNameHeader } from "@/lib/attachments/upload";

export { conversationIdParam } from "../handoff/schema";
/** The X-Attachment-Name header; the body is the file. */
export const staffAttachmentName = attachmentNameHeader;
