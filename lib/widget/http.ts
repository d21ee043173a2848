import { NextResponse } from "next/server";
import type { z } from "zod";
import { authSecret } from "../auth/secret";
import { verifyWidgetToken, type WidgetTokenClaims } from "../realtime/widget-token";

/** Widget request bodies are small forms; anything larger is a mistake or an attack. */
const MAX_BODY_BYTES = 16 * 1024;

export function badRequest(error: string, issues?: unknown): NextResponse {
  return NextResponse.json({ error, ...(issues ? { issues } : {}) }, { status: 400 });
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** The request body parsed by `schema`, or the 400 answer that says what is wrong with it. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ data: z.infer<S>; error?: undefined } | { data?: undefined; error: NextResponse }> {
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) {
    return { error: badRequest(`The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: badRequest("The request body must be JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { error: badRequest(`Invalid request: ${describe(parsed.error.issues)}`, parsed.error.issues) };
  return { data: parsed.data };
}

/** The one conversation this widget request may touch, from its bearer token. */
export function widgetClaims(
  request: Request,
): { claims: WidgetTokenClaims; denied?: undefined } | { claims?: undefined; denied: NextResponse } {
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  const claims = token ? verifyWidgetToken(token, authSecret()) : null;
  if (!claims) {
    return { denied: NextResponse.json({ error: "This chat session has expired or is not valid; reload the page." }, { status: 401 }) };
  }
  return { claims };
}
