import { z } from "zod";
import { escalationPolicySchema } from "@/lib/workspace/settings";

export const escalationPolicyBody = z.strictObject({ policy: escalationPolicySchema });
