import { z } from "zod";

export const alertsQuery = z.strictObject({ status: z.enum(["open", "acknowledged"]).default("open") });
