export { savedReplyInput as savedReplyBody } from "@/lib/console/saved-replies";
