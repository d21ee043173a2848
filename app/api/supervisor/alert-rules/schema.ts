import { z } from "zod";
import { alertRulesSchema } from "@/lib/workspace/settings";

/** Rules or levels left out take their defaults. */
export const alertRulesBody = z.strictObject({ rules: alertRulesSchema });
