import { z } from "zod";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";
import { acceptInvitationSchema } from "@/lib/team/schemas";

export const acceptInvitationBody = acceptInvitationSchema.extend({ token: z.string().regex(LINK_TOKEN_PATTERN, "The invitation link is malformed.") });
