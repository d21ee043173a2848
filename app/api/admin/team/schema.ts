export { invitationSchema as inviteBody } from "@/lib/team/schemas";
