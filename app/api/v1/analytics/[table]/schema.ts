import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { analyticsTableNames } from "@/lib/analytics/tables";
import { ESCALATION_TRIGGERS } from "@/lib/events/catalogue";

export const analyticsTable = defineOperation({
  method: "GET",
  path: "/api/v1/analytics/{table}",
  tag: "Analytics",
  summary: "One supervisor analytics table: the same rows as its CSV export",
  description: "The period defaults to the last 30 days; `to` is inclusive. Cells are the strings the supervisor pages show.",
  scope: "read",
  params: z.strictObject({ table: z.enum(analyticsTableNames) }),
  query: z.strictObject({
    from: z.iso.date().optional().describe("First day, YYYY-MM-DD (UTC)."),
    to: z.iso.date().optional().describe("Last day, YYYY-MM-DD (UTC), inclusive."),
    tier: z.enum(["free", "pro", "premium", "enterprise"]).optional(),
    intent: z.string().regex(/^[a-z0-9_]{1,64}$/).optional(),
    trigger: z.enum(ESCALATION_TRIGGERS).optional(),
  }),
  response: z.object({
    name: z.enum(analyticsTableNames),
    title: z.string(),
    definition: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    from: z.string(),
    to: z.string(),
  }),
});
