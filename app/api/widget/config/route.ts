import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { deskOriginsOf, siteAllowed } from "@/lib/widget/allowed-sites";
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
  // Browsers set Origin on the loader's cross-site fetch (the page's own origin, which it cannot
  // choose); a same-origin fetch may leave it out, and then the Referer says where it came from.
  const embeddedOn = request.headers.get("origin") ?? request.headers.get("referer");
  if (!siteAllowed(widget.allowedSites, embeddedOn, deskOriginsOf(request))) {
    return NextResponse.json({ error: "This chat is not available on this site." }, { status: 403, headers: cors });
  }
  return NextResponse.json(
    { name: workspace.name, color: widget.color, position: widget.position, languages: widget.languages },
    { headers: { ...cors, "Cache-Control": "public, max-age=60" } },
  );
}
