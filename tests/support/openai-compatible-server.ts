import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A small OpenAI-compatible chat-completions server on a real port, for tests that point the
 * desk at a hosted model. It answers the way such servers do (JSON bodies, SSE streams with an
 * optional usage chunk, tool calls) and fails on purpose when told to, one request at a time.
 */

export type Fault =
  /** HTTP 500 with an error body. */
  | "http_500"
  /** HTTP 400 with an error body, as for a request the server refuses. */
  | "http_400"
  /** Accepts the request and never answers. */
  | "hang"
  /** Answers 200 with text that is not the JSON asked for. */
  | "malformed_json"
  /** Answers 200 with JSON of another shape than asked for. */
  | "schema_mismatch"
  /** Streams part of the reply, then drops the connection. */
  | "dropped_stream"
  /** Answers 200 with no text at all. */
  | "empty_reply";

/** Which `response_format` types the server accepts; the others are refused with HTTP 400. */
export type JsonFormats = "json_schema_and_object" | "json_schema_only" | "json_object_only" | "neither";

export interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown; tool_calls?: unknown[] }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  tools?: { type: string; function: { name: string } }[];
}

export type Plan =
  | { fault: Fault; text?: string }
  | { text: string; usage?: Usage }
  | { toolCall: { name: string; arguments: object }; usage?: Usage };

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface RecordedRequest {
  body: ChatRequest;
  /** What the server did with it: the plan's kind, or the refusal of a response format. */
  answered: string;
  /** True once a response was finished or dropped; a hung request stays false. */
  done: boolean;
}

export interface FakeModelServer {
  /** Base URL to give the desk as OPENAI_COMPATIBLE_BASE_URL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Decides every later request; the default answers triage with `triage` and replies with `reply`. */
  plan(decide: (request: ChatRequest, index: number) => Plan): void;
  /** Faults for the next requests, in order, after which the default plan answers again. */
  failNext(...faults: Fault[]): void;
  formats: JsonFormats;
  close(): Promise<void>;
}

export const DEFAULT_USAGE: Usage = { promptTokens: 200, completionTokens: 40 };

/** Whether a request is a triage call: it asks for a classification as JSON. */
export function isTriageRequest(request: ChatRequest): boolean {
  return JSON.stringify(request.messages[0]?.content ?? "").includes("You classify one message");
}

function usageBody(usage: Usage) {
  return { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens };
}

function refusesFormat(formats: JsonFormats, request: ChatRequest): string | null {
  const type = request.response_format?.type;
  if (!type || type === "text") return null;
  if (formats === "neither") return `response_format ${type} is not supported`;
  if (formats === "json_schema_only" && type !== "json_schema") return "response_format must be json_schema";
  if (formats === "json_object_only" && type !== "json_object") return "response_format json_schema is not supported";
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

export async function startFakeModelServer(options: {
  triage: () => object;
  reply: (request: ChatRequest) => string;
  formats?: JsonFormats;
}): Promise<FakeModelServer> {
  const requests: RecordedRequest[] = [];
  const queuedFaults: Fault[] = [];
  const defaultPlan = (request: ChatRequest): Plan =>
    isTriageRequest(request) ? { text: JSON.stringify(options.triage()) } : { text: options.reply(request) };
  let decide: (request: ChatRequest, index: number) => Plan = defaultPlan;
  const sockets = new Set<Socket>();

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.parse(await readBody(req)) as ChatRequest;
    const recorded: RecordedRequest = { body, answered: "", done: false };
    requests.push(recorded);
    const finish = () => (recorded.done = true);
    const refusal = refusesFormat(fake.formats, body);
    if (refusal) {
      recorded.answered = "format_refused";
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: refusal, type: "invalid_request_error" } }), finish);
      return;
    }
    const queued = queuedFaults.shift();
    const plan: Plan = queued ? { fault: queued } : decide(body, requests.length - 1);
    recorded.answered = "fault" in plan ? plan.fault : "toolCall" in plan ? "tool_call" : "text";
    if ("fault" in plan) {
      switch (plan.fault) {
        case "http_500":
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "upstream model crashed", type: "server_error" } }), finish);
          return;
        case "http_400":
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "context length exceeded", type: "invalid_request_error" } }), finish);
          return;
        case "hang":
          return;
        case "malformed_json":
          return answer(res, body, { text: plan.text ?? '{"intent": "track_order", "confidence": 0.9, "alternatives": [' }, finish);
        case "schema_mismatch":
          return answer(res, body, { text: plan.text ?? JSON.stringify({ label: "track_order", score: "high" }) }, finish);
        case "empty_reply":
          return answer(res, body, { text: "" }, finish);
        case "dropped_stream": {
          const partial = plan.text ?? "I'm sorry,";
          if (!body.stream) {
            res.socket?.destroy();
            finish();
            return;
          }
          res.writeHead(200, { "content-type": "text/event-stream" });
          res.write(`data: ${JSON.stringify(chunk(body, { role: "assistant", content: partial }, null))}\n\n`, () => {
            // The model process died mid-reply: the connection closes without a finish reason or [DONE].
            res.socket?.destroy();
            finish();
          });
          return;
        }
      }
    }
    answer(res, body, plan, finish);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeModelServer = {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    formats: options.formats ?? "json_schema_and_object",
    plan(next) {
      decide = next;
    },
    failNext(...faults) {
      queuedFaults.push(...faults);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}

let chunkCounter = 0;
function chunk(request: ChatRequest, delta: object, finishReason: string | null) {
  return {
    id: `chatcmpl-${++chunkCounter}`,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

function answer(res: ServerResponse, request: ChatRequest, plan: Exclude<Plan, { fault: Fault }>, finish: () => void): void {
  const usage = plan.usage ?? DEFAULT_USAGE;
  const toolCall = "toolCall" in plan ? { id: `call_${++chunkCounter}`, type: "function", function: { name: plan.toolCall.name, arguments: JSON.stringify(plan.toolCall.arguments) } } : null;
  const text = "text" in plan ? plan.text : null;
  const finishReason = toolCall ? "tool_calls" : "stop";
  if (!request.stream) {
    const message = { role: "assistant", content: text, ...(toolCall ? { tool_calls: [toolCall] } : {}) };
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ id: `chatcmpl-${++chunkCounter}`, object: "chat.completion", created: Math.floor(Date.now() / 1000), model: request.model, choices: [{ index: 0, message, finish_reason: finishReason }], usage: usageBody(usage) }),
      finish,
    );
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const events: object[] = [chunk(request, { role: "assistant", content: "" }, null)];
  if (toolCall) events.push(chunk(request, { tool_calls: [{ index: 0, ...toolCall }] }, null));
  // Words one by one, the way a model streams them.
  for (const piece of (text ?? "").match(/\S+\s*|\s+/g) ?? []) events.push(chunk(request, { content: piece }, null));
  events.push(chunk(request, {}, finishReason));
  if (request.stream_options?.include_usage) events.push({ ...chunk(request, {}, null), choices: [], usage: usageBody(usage) });
  res.end(events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join("") + "data: [DONE]\n\n", finish);
}
