import { NextResponse } from "next/server";
import { z } from "zod";

/**
 * Every refusal of the REST API has one shape, `{error: {code, message}}`: the code is stable
 * (scripts branch on it), the message is for the person reading the log.
 */
export const apiErrorCodes = [
  "unauthorized",
  "token_revoked",
  "insufficient_scope",
  "not_found",
  "invalid_request",
  "unsupported_media_type",
  "conflict",
  "rate_limited",
  "internal_error",
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

const statusOf: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  token_revoked: 401,
  insufficient_scope: 403,
  not_found: 404,
  invalid_request: 400,
  unsupported_media_type: 415,
  conflict: 409,
  rate_limited: 429,
  internal_error: 500,
};

export const apiErrorBody = z.object({ error: z.object({ code: z.enum(apiErrorCodes), message: z.string() }) });

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return statusOf[this.code];
  }

  response(): NextResponse {
    return NextResponse.json({ error: { code: this.code, message: this.message } } satisfies z.infer<typeof apiErrorBody>, { status: this.status, headers: this.headers });
  }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

export { statusOf as apiErrorStatus };
