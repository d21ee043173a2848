export { ownProfileSchema as ownProfileBody } from "@/lib/team/schemas";
