export { forgotPasswordSchema as forgotPasswordBody } from "@/lib/team/schemas";
