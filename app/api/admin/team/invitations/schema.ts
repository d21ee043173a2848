import { z } from "zod";
import { staffEmailSchema } from "@/lib/team/schemas";

export const revokeInvitationBody = z.strictObject({ email: staffEmailSchema });
