import { z } from "zod";
import { CONNECTOR_ACTIONS, type ConnectorAction } from "./connector";
import { TEMPLATE_REFERENCE, type JsonTemplate } from "./json-mapping";

/**
 * Which business system each action goes to, as stored in `Workspace.connectorSettings`. An
 * action left out goes to the built-in demo store. Secrets are never stored: an endpoint names
 * the environment variable that holds its token, and the desk reads it when it calls.
 */

/** A JSON value; strings may hold `{{path}}` references into the action's input (request) or the shop's answer (response). */
const jsonTemplate: z.ZodType<JsonTemplate> = z.lazy(() =>
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null(), z.array(jsonTemplate).max(100), z.record(z.string().max(100), jsonTemplate)]),
);

/** A response field read from the shop's answer and translated, e.g. its "succeeded" to the desk's "refunded". */
const mappedValue = z.strictObject({
  from: z.string().max(200).regex(/^\{\{\s*[A-Za-z0-9_.]+\s*\}\}$/, "Name the field as {{path.to.field}}."),
  map: z.record(z.string().max(100), jsonTemplate),
  otherwise: jsonTemplate.optional(),
});

const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "A header name has letters, digits and dashes only.");
export const secretEnvName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "Name an environment variable (capital letters, digits and underscores), not the secret itself.");

const endpointUrl = z
  .string()
  .trim()
  .max(500)
  .refine((url) => {
    try {
      const parsed = new URL(url.replace(TEMPLATE_REFERENCE, "x"));
      return parsed.protocol === "http:" || parsed.protocol === "https:";
    } catch {
      return false;
    }
  }, "Give an http:// or https:// address; {{orderNumber}} and other fields may appear in it.");

export const httpEndpointSchema = z.strictObject({
  type: z.literal("http"),
  url: endpointUrl,
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("POST"),
  auth: z.strictObject({ header: headerName, secretEnv: secretEnvName, prefix: z.string().max(20).default("") }).nullable().default(null),
  /** The JSON body sent; null sends the desk's standard request for the action. */
  request: jsonTemplate.nullable().default(null),
  /** Desk field (dotted) to the shop's field; empty when the shop answers in the desk's own shapes. */
  response: z.record(z.string().max(100), z.union([mappedValue, jsonTemplate])).default({}),
  timeoutMs: z.number().int().min(100).max(30_000).default(5_000),
  /** Further attempts after a timeout, a network error, a 429 or a 5xx, all with the same idempotency key. */
  retries: z.number().int().min(0).max(5).default(2),
});
export type HttpEndpoint = z.output<typeof httpEndpointSchema>;

export const actionRouteSchema = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("demo") }),
    /** The business has no system for this action: the AI says it cannot do it and hands over. */
    z.strictObject({ type: z.literal("none") }),
    httpEndpointSchema,
  ])
  .refine((route) => route.type !== "http" || route.request === null || (route.method !== "GET" && route.method !== "DELETE"), {
    message: "A GET or DELETE request sends no body: put the fields in the URL instead.",
    path: ["request"],
  });
export type ActionRoute = z.output<typeof actionRouteSchema>;

export const connectorSettingsSchema = z.strictObject({
  actions: z.partialRecord(z.enum(CONNECTOR_ACTIONS), actionRouteSchema).default({}),
  /** Endpoints on private networks or this machine may be called (a shop on the LAN); link-local and metadata addresses never are. */
  allowPrivateNetworks: z.boolean().default(false),
});
export type ConnectorSettings = z.output<typeof connectorSettingsSchema>;

export const DEMO_ROUTE: ActionRoute = { type: "demo" };

/**
 * The stored settings, or every action on the demo store when none are stored. A stored value
 * that no longer parses sends nothing anywhere: the AI cannot act, says so, and hands over, rather
 * than acting on the demo store for a business that meant its own system.
 */
export function readConnectorSettings(stored: unknown): { settings: ConnectorSettings; problem: string | null } {
  if (stored === null || stored === undefined) return { settings: { actions: {}, allowPrivateNetworks: false }, problem: null };
  const parsed = connectorSettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data, problem: null };
  const none = Object.fromEntries(CONNECTOR_ACTIONS.map((action) => [action, { type: "none" as const }]));
  return { settings: { actions: none, allowPrivateNetworks: false }, problem: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
}

export function routeOf(settings: ConnectorSettings, action: ConnectorAction): ActionRoute {
  return settings.actions[action] ?? DEMO_ROUTE;
}
