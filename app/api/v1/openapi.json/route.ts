import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { configuredOrigins } from "@/lib/http/public-url";
import { apiOperations } from "../operations";

/** The API's description, public like any API reference: it holds no workspace's data. */
export function GET(request: Request) {
  const server = configuredOrigins()[0] ?? new URL(request.url).origin;
  return NextResponse.json(openApiDocument(apiOperations, server), { headers: { "cache-control": "public, max-age=300" } });
}
