export { ownPasswordSchema as ownPasswordBody } from "@/lib/team/schemas";
