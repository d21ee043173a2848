import { apiRoute } from "@/lib/api/operation";
import { readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable as buildTable } from "@/lib/analytics/tables";
import { analyticsTable } from "./schema";

export const GET = apiRoute(analyticsTable, async ({ db, token, params, query, now }) => {
  const filters = readFilters(query, now);
  const input = await tableInput(db, token.workspaceId, filters, now, { withQuestions: params.table === "content-gaps" || params.table === "daily-trend" });
  const { name, title, definition, columns, rows } = buildTable(params.table, input);
  return { name, title, definition, columns, rows, from: filters.start.toISOString(), to: filters.end.toISOString() };
});
