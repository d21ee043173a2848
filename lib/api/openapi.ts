import { z } from "zod";
import { apiErrorBody, apiErrorStatus, type ApiErrorCode } from "./errors";
import type { Operation } from "./operation";

/**
 * The OpenAPI 3.1 document of the REST API, generated from the operations' own zod schemas
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what z.toJSONSchema writes).
 */

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" || (object.required ?? []).includes(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

function operationId(operation: Operation): string {
  const words = operation.path
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .map((segment) => (segment.startsWith("{") ? `by-${segment.slice(1, -1)}` : segment))
    .join("-")
    .split(/[-_.]/);
  return [operation.method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join("");
}

/** The refusals every operation may answer with; reads never answer 403 for scope, but a bad token still answers 401. */
function errorResponses(operation: Operation): Record<string, { $ref: string }> {
  const codes: ApiErrorCode[] = ["unauthorized", "not_found", "invalid_request", "rate_limited", "internal_error"];
  if (operation.scope === "write") codes.push("insufficient_scope", "conflict");
  if (operation.body) codes.push("unsupported_media_type");
  return Object.fromEntries(codes.map((code) => [String(apiErrorStatus[code]), { $ref: "#/components/responses/Error" }]));
}

export function openApiDocument(operations: readonly Operation[], serverUrl: string | null = null) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = {
      operationId: operationId(operation),
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      "x-token-scope": operation.scope,
      security: [{ apiToken: [] }],
      parameters: [...parameters(operation.params, "path"), ...parameters(operation.query, "query")],
      ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(operation.body, "input") } } } } : {}),
      responses: {
        [String(operation.status ?? 200)]: { description: "Success.", content: { "application/json": { schema: jsonSchema(operation.response, "output") } } },
        ...errorResponses(operation),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Lumen Desk REST API",
      version: "1",
      description:
        "Conversations, customers (including GDPR export and erasure), help-centre articles and analytics tables of one workspace. Authenticate with an API token an admin creates on the API page of the admin area: `Authorization: Bearer <token>`. Read tokens read; write tokens read and write. Every error is `{error: {code, message}}`.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: { apiToken: { type: "http", scheme: "bearer", description: "A workspace API token (ldk_…)." } },
      schemas: { Error: jsonSchema(apiErrorBody, "output") },
      responses: { Error: { description: "The request was refused; `error.code` says why.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
    },
    paths,
  };
}
