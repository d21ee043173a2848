import { actionResults, ConnectorFailure, type ActionCall, type ActionResult, type ConnectorAction } from "./connector";
import type { HttpEndpoint } from "./connector-settings";
import { endpointAddressProblem } from "./endpoint-address";
import { fillTemplate, fillUrl, mapResponse } from "./json-mapping";

/**
 * One action against a business's own endpoint. Every attempt of the action carries the same
 * `Idempotency-Key`, so a shop that honours it applies a retried refund once. Only what cannot
 * have been applied, or what the shop says to try again (timeouts, network errors, 429, 5xx),
 * is retried; a 4xx or an answer the desk cannot read ends the action as a failure.
 */

const MAX_ANSWER_BYTES = 512 * 1024;
const BACKOFF_MS = 200;

class Attempt extends Error {
  constructor(
    readonly kind: "timeout" | "unreachable" | "http_error" | "invalid_response",
    detail: string,
    readonly retryable: boolean,
  ) {
    super(detail);
  }
}

/** The request the desk sends when the endpoint does not shape its own: the action, the customer and the input. */
export function standardRequest<A extends ConnectorAction>(action: A, call: ActionCall<A>) {
  return { action, idempotencyKey: call.idempotencyKey, customer: call.customer, ...call.input };
}

function authHeader(endpoint: HttpEndpoint, action: ConnectorAction, env: Record<string, string | undefined>): Record<string, string> {
  if (!endpoint.auth) return {};
  const secret = env[endpoint.auth.secretEnv];
  if (!secret) throw new ConnectorFailure(action, "not_configured", `the environment variable ${endpoint.auth.secretEnv} that holds the endpoint's secret is not set`, 0);
  return { [endpoint.auth.header]: `${endpoint.auth.prefix}${secret}` };
}

async function readAnswer(response: Response): Promise<string> {
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_ANSWER_BYTES) throw new Attempt("invalid_response", `the answer is larger than ${MAX_ANSWER_BYTES / 1024} KB`, false);
  return text;
}

async function attempt<A extends ConnectorAction>(action: A, endpoint: HttpEndpoint, url: string, init: RequestInit): Promise<ActionResult<A>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(endpoint.timeoutMs), redirect: "error" });
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    if (cause.name === "TimeoutError" || cause.name === "AbortError") throw new Attempt("timeout", `no answer within ${endpoint.timeoutMs} ms`, true);
    const reason = (cause.cause as Error | undefined)?.message ?? cause.message;
    throw new Attempt("unreachable", `${new URL(url).host} could not be reached (${reason})`, true);
  }
  let text: string;
  try {
    text = await readAnswer(response);
  } catch (error) {
    if (error instanceof Attempt) throw error;
    throw new Attempt("timeout", `the answer did not finish within ${endpoint.timeoutMs} ms`, true);
  }
  // An order the shop does not know is an answer, not a failure.
  if (response.status === 404 && action === "lookupOrder") return { found: false } as ActionResult<A>;
  if (!response.ok) {
    const retryable = response.status === 429 || response.status >= 500;
    throw new Attempt("http_error", `HTTP ${response.status}${text.trim() ? `: ${text.trim().slice(0, 200)}` : ""}`, retryable);
  }
  let answer: unknown;
  try {
    answer = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new Attempt("invalid_response", `the answer is not JSON (${JSON.stringify(text.slice(0, 80))})`, false);
  }
  const parsed = actionResults[action].safeParse(mapResponse(endpoint.response, answer));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "answer"}: ${i.message}`).join("; ");
    throw new Attempt("invalid_response", `the answer does not have the expected fields (${issues.slice(0, 300)})`, false);
  }
  return parsed.data as ActionResult<A>;
}

export async function callHttpEndpoint<A extends ConnectorAction>(
  action: A,
  endpoint: HttpEndpoint,
  call: ActionCall<A>,
  env: Record<string, string | undefined> = process.env,
  allowPrivateNetworks = false,
): Promise<ActionResult<A>> {
  const context = standardRequest(action, call);
  const url = fillUrl(endpoint.url, context);
  // Checked before every call, not only when saved, since what a name resolves to can change.
  const refused = await endpointAddressProblem(url, allowPrivateNetworks);
  if (refused) throw new ConnectorFailure(action, "not_configured", `${endpoint.method} ${url} was not called: ${refused}`, 0);
  const hasBody = endpoint.method !== "GET" && endpoint.method !== "DELETE";
  const init: RequestInit = {
    method: endpoint.method,
    headers: {
      accept: "application/json",
      "idempotency-key": call.idempotencyKey,
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...authHeader(endpoint, action, env),
    },
    body: hasBody ? JSON.stringify(endpoint.request === null ? context : fillTemplate(endpoint.request, context)) : undefined,
  };
  const attempts = 1 + endpoint.retries;
  for (let n = 1; ; n++) {
    try {
      return await attempt(action, endpoint, url, init);
    } catch (error) {
      if (!(error instanceof Attempt)) throw error;
      if (!error.retryable || n >= attempts) {
        const tries = n > 1 ? ` after ${n} attempts` : "";
        throw new ConnectorFailure(action, error.kind, `${endpoint.method} ${url}: ${error.message}${tries}`, n);
      }
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 2 ** (n - 1)));
    }
  }
}
