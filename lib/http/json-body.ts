import { NextResponse } from "next/server";
import type { z } from "zod";

function badRequest(error: string, issues?: unknown): NextResponse {
  return NextResponse.json({ error, ...(issues ? { issues } : {}) }, { status: 400 });
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/**
 * A JSON body needs a JSON content type. A cross-site form or a `text/plain` fetch is sent by
 * browsers without asking the server first, so a body of any other type is refused rather than
 * parsed: it is how a forged request would arrive.
 */
export function isJsonContentType(contentType: string | null): boolean {
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return mediaType === "application/json";
}

/**
 * The request body parsed by `schema`, or the answer that says what is wrong with it: 415 for
 * a body that is not declared JSON, 400 for one that is not JSON or does not match. Its size was
 * already bounded by the custom server (lib/http/body-limit.ts) before this reads it.
 */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ data: z.infer<S>; error?: undefined } | { data?: undefined; error: NextResponse }> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { error: NextResponse.json({ error: "The request body must be sent as Content-Type: application/json." }, { status: 415 }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    return { error: badRequest("The request body must be JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { error: badRequest(`Invalid request: ${describe(parsed.error.issues)}`, parsed.error.issues) };
  return { data: parsed.data };
}
