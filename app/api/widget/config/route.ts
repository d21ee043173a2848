import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { widgetSettingsSchema } from "@/lib/workspace/settings";
import { widgetConfigQuery } from "./schema";

// The loader runs on the customer's own site, a different origin, and reads only what any
// visitor of that site sees anyway: the launcher's colour and position.
const cors = { "Access-Control-Allow-Origin": "*", Vary: "Origin" };

export async function GET(request: NextRequest) {
  const parsed = widgetConfigQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid query.", issues: parsed.error.issues }, { status: 400, headers: cors });
  }
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { slug: parsed.data.workspace }, select: { name: true, widgetSettings: true } });
  if (!workspace) {
    return NextResponse.json({ error: `No workspace is called "${parsed.data.workspace}".` }, { status: 404, headers: cors });
  }
  const widget = widgetSettingsSchema.parse(workspace.widgetSettings);
  return NextResponse.json(
    { name: workspace.name, color: widget.color, position: widget.position, languages: widget.languages },
    { headers: { ...cors, "Cache-Control": "public, max-age=60" } },
  );
}
