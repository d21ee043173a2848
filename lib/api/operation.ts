import { NextResponse } from "next/server";
import type { z } from "zod";
import { getDb, type Db } from "../db";
import { isJsonContentType } from "../http/json-body";
import { hitWindow } from "../rate-limit/store";
import { ApiError, describeIssues } from "./errors";
import type { ApiTokenScope } from "./token-input";
import { authenticateApiToken, type AuthenticatedToken } from "./tokens";

/**
 * One REST API operation, described once: the route handler parses with these schemas and the
 * OpenAPI document (./openapi.ts) is generated from the same ones, so the two cannot drift.
 */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI style, e.g. /api/v1/conversations/{id}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  scope: ApiTokenScope;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
}

export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface OperationContext<O extends Operation> {
  db: Db;
  token: AuthenticatedToken;
  params: Parsed<O["params"]>;
  query: Parsed<O["query"]>;
  body: Parsed<O["body"]>;
  now: Date;
}

/** Requests per minute per token; DESK_API_REQUESTS_PER_MINUTE changes it. */
export function apiRequestsPerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.DESK_API_REQUESTS_PER_MINUTE ?? 600);
  if (!Number.isInteger(configured) || configured < 1) throw new Error(`DESK_API_REQUESTS_PER_MINUTE must be a whole number above 0, not "${env.DESK_API_REQUESTS_PER_MINUTE}".`);
  return configured;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError("invalid_request", `Invalid ${where}: ${describeIssues(result.error.issues)}`);
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) throw new ApiError("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.");
  try {
    return await request.json();
  } catch {
    throw new ApiError("invalid_request", "The request body is not valid JSON.");
  }
}

/** The route handler of an operation: token, rate limit, parsing, the work, and errors in the one shape. */
export function apiRoute<const O extends Operation>(operation: O, run: (context: OperationContext<O>) => Promise<z.input<O["response"]>>) {
  return async (request: Request, route: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const db = await getDb();
      const now = new Date();
      const token = await authenticateApiToken(db, request.headers.get("authorization"), operation.scope, now);
      const limit = apiRequestsPerMinute();
      const decision = await hitWindow(db, `api-token:${token.id}`, { limit, windowMs: 60_000 }, now);
      if (!decision.allowed) {
        const seconds = Math.ceil(decision.retryAfterMs / 1000);
        throw new ApiError("rate_limited", `This token made more than ${limit} requests in a minute; try again in ${seconds} s.`, { "retry-after": String(seconds) });
      }
      const params = operation.params ? parse(operation.params, await route.params, "path") : undefined;
      const query = operation.query ? parse(operation.query, Object.fromEntries(new URL(request.url).searchParams), "query") : undefined;
      const body = operation.body ? parse(operation.body, await readJson(request), "body") : undefined;
      const result = await run({ db, token, params, query, body, now } as OperationContext<O>);
      return NextResponse.json(result, { status: operation.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof ApiError) return error.response();
      console.error(`${operation.method} ${operation.path} failed:`, error);
      return new ApiError("internal_error", "Something went wrong on the desk's side; the request may be retried.").response();
    }
  };
}
