import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { warmHelpCentres } from "../../lib/agents/knowledge-base";
import { openAICompatibleChoice, setModel } from "../../lib/models/provider";
import type { ModelUsagePayload } from "../../lib/events/catalogue";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { openDemoDatabase, startTestConversation } from "./pipeline-harness";
import { isTriageRequest, startFakeModelServer, type ChatRequest, type FakeModelServer, type JsonFormats } from "../support/openai-compatible-server";

// The desk pointed at an OpenAI-compatible server on a real port, which answers well or fails on
// purpose. Every turn goes through handleCustomerMessage, as a widget message does.

const SHIPPING = "do you ship to Canada and how long does it take?";
const UNREADABLE_OFFLINE = "something is weird with my order";
const HOSTED_REPLY = "Standard delivery to Canada takes 5–8 business days.";
const MODEL = "lumen-test-model";
const NOW = new Date("2026-03-03T11:00:00Z");

let db: Db;
let workspaceId: string;
let agentIds: string[];
let close: () => Promise<void>;
const servers: FakeModelServer[] = [];

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  const allDay: [string, string][] = [["00:00", "23:59"]];
  // Short limits keep failing turns quick; the price is the workspace's own for a model the built-in table does not know.
  await db.workspace.update({
    where: { id: workspaceId },
    data: {
      // Open around the clock, so every handoff here goes to a person rather than to an email reply.
      businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      modelSettings: { triageTimeoutMs: 1500, replyTimeoutMs: 3000, maxRetries: 0, prices: { [MODEL]: { inputPerMillion: 1, outputPerMillion: 2 } } },
    },
  });
  // As the server does at start: the help-centre index is built before the first question, not inside its short triage limit.
  await warmHelpCentres(db);
  agentIds = (await db.user.findMany({ where: { workspaceId, role: "agent" }, select: { id: true } })).map((u) => u.id);
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await close();
});

function triageFor(request: ChatRequest) {
  const text = JSON.stringify(request.messages);
  if (/person|human/i.test(text)) return { intent: "contact_human_agent", confidence: 0.95, alternatives: [] };
  return { intent: "delivery_options", confidence: 0.93, alternatives: [{ intent: "delivery_period", confidence: 0.04 }] };
}

async function hostedDesk(formats: JsonFormats = "json_schema_and_object", triage: (request: ChatRequest) => object = triageFor): Promise<FakeModelServer> {
  let current: ChatRequest | null = null;
  const server = await startFakeModelServer({
    formats,
    triage: () => triage(current!),
    reply: () => HOSTED_REPLY,
  });
  const plan = (request: ChatRequest) => {
    current = request;
    return isTriageRequest(request) ? { text: JSON.stringify(triage(request)) } : { text: HOSTED_REPLY };
  };
  server.plan(plan);
  servers.push(server);
  setModel(openAICompatibleChoice(server.baseURL, MODEL));
  return server;
}

async function converse(body: string) {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body, now: NOW, agentsOnline: agentIds });
  const outcome = await sent.turn;
  const messages = await db.message.findMany({ where: { conversationId: conversation.id }, orderBy: { seq: "asc" } });
  const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: "asc" } });
  const usage = events.filter((e) => e.type === "model_usage").map((e) => e.payload as unknown as ModelUsagePayload);
  const after = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  return { conversation: after, outcome, messages, events, usage, said: messages.filter((m) => m.author !== "customer").map((m) => `${m.author}: ${m.body}`) };
}

test("a hosted model that answers well: the schema is sent, the reply streams, usage is asked for and priced", async () => {
  const server = await hostedDesk();
  const turn = await converse(SHIPPING);
  assert.deepEqual(turn.said, [`ai: ${HOSTED_REPLY}`]);
  const triageRequest = server.requests.find((r) => isTriageRequest(r.body))!;
  assert.equal(triageRequest.body.response_format?.type, "json_schema", "the triage schema itself is sent");
  assert.deepEqual(Object.keys((triageRequest.body.response_format?.json_schema?.schema as { properties: object }).properties).sort(), ["alternatives", "confidence", "intent"]);
  const replyRequest = server.requests.find((r) => !isTriageRequest(r.body))!;
  assert.equal(replyRequest.body.stream, true);
  assert.equal(replyRequest.body.stream_options?.include_usage, true, "streams ask for their usage");
  assert.match(JSON.stringify(replyRequest.body.messages), /deliver/i, "the reply is grounded in the help-centre article");
  assert.deepEqual(turn.usage.map((u) => [u.step, u.inputTokens, u.outputTokens, u.failure]), [["triage", 200, 40, null], ["knowledge", 200, 40, null]]);
  for (const u of turn.usage) assert.equal(u.costUsd, (200 * 1 + 40 * 2) / 1_000_000, "priced from the workspace's own table");
  assert.equal(turn.usage[0]!.format, "json_schema");
});

test("a server that accepts only json_object, or no response format at all, still classifies every turn", async () => {
  const objectOnly = await hostedDesk("json_object_only");
  const first = await converse(SHIPPING);
  assert.deepEqual(first.said, [`ai: ${HOSTED_REPLY}`]);
  assert.equal(first.usage[0]!.format, "json_object");
  const second = await converse(SHIPPING);
  assert.equal(second.usage[0]!.format, "json_object");
  assert.equal(objectOnly.requests.filter((r) => r.answered === "format_refused").length, 1, "a refused format is not asked for again");

  // A server with no JSON mode; the model answers in a code fence and leaves out the alternatives.
  const plain = await hostedDesk("neither", () => ({ intent: "delivery_options", confidence: 0.9 }));
  plain.plan((request) => (isTriageRequest(request) ? { text: '```json\n{"intent": "delivery_options", "confidence": "0.9"}\n```' } : { text: HOSTED_REPLY }));
  const fenced = await converse(SHIPPING);
  assert.deepEqual(fenced.said, [`ai: ${HOSTED_REPLY}`]);
  assert.equal(fenced.usage[0]!.format, "text");
  const classification = fenced.events.find((e) => e.type === "classification")!.payload as { intent: string; confidence: number; alternatives: unknown[] };
  assert.deepEqual([classification.intent, classification.confidence, classification.alternatives], ["delivery_options", 0.9, []]);
});

test("malformed JSON gets one repair attempt; JSON of the wrong shape twice falls back to the offline classifier", async () => {
  const server = await hostedDesk();
  server.failNext("malformed_json");
  const repaired = await converse(SHIPPING);
  assert.deepEqual(repaired.said, [`ai: ${HOSTED_REPLY}`]);
  assert.equal(server.requests.filter((r) => isTriageRequest(r.body)).length, 2, "the broken answer and its repair");
  assert.match(JSON.stringify(server.requests[1]!.body.messages), /cannot be used/);
  assert.equal(repaired.usage[0]!.inputTokens, 400, "both attempts are counted");

  server.failNext("schema_mismatch", "schema_mismatch");
  const mismatched = await converse(SHIPPING);
  assert.deepEqual(mismatched.said, [`ai: ${HOSTED_REPLY}`], "the model still writes the reply; only triage was unusable");
  assert.equal(mismatched.usage[0]!.failure?.kind, "invalid_output");
  assert.equal(mismatched.usage[0]!.inputTokens, 400, "tokens of unusable answers are recorded too");
  assert.equal((mismatched.events.find((e) => e.type === "classification")!.payload as { intent: string }).intent.startsWith("deliver"), true, "the offline classifier stood in");
});

test("a model server that is down or hangs: the offline engine answers from the help centre", async () => {
  for (const fault of ["http_500", "hang", "http_400"] as const) {
    const server = await hostedDesk();
    server.plan(() => ({ fault }));
    const turn = await converse(SHIPPING);
    assert.equal(turn.said.length, 1, `${fault}: ${turn.said.join(" | ")}`);
    assert.match(turn.said[0]!, /^ai: .*(deliver|ship)/i, `${fault}: the offline engine answered: ${turn.said[0]}`);
    assert.equal(turn.conversation.status, "open", fault);
    assert.ok(turn.usage.length >= 1 && turn.usage.every((u) => u.failure !== null), `${fault}: each failed call is recorded`);
    assert.equal(turn.usage[0]!.failure!.kind, fault === "hang" ? "timeout" : "http_error");
  }
});

test("'I want to talk to a human' during an outage still hands over to a person with the brief", async () => {
  const server = await hostedDesk();
  server.plan(() => ({ fault: "http_500" }));
  const turn = await converse("I want to talk to a human");
  assert.equal(turn.outcome?.decision.primaryTrigger, "customer_request");
  assert.equal(turn.conversation.status, "with_human");
  assert.ok(turn.conversation.assigneeId && agentIds.includes(turn.conversation.assigneeId));
  assert.ok(turn.events.some((e) => e.type === "handoff_brief"));
  assert.match(turn.said.at(-1)!, /^system: I'm handing this to \w+/);
});

test("a reply that breaks off, comes back empty or is refused is answered by the offline engine instead", async () => {
  for (const fault of ["dropped_stream", "empty_reply", "http_400"] as const) {
    const server = await hostedDesk();
    server.plan((request) => (isTriageRequest(request) ? { text: JSON.stringify(triageFor(request)) } : { fault }));
    const turn = await converse(SHIPPING);
    assert.equal(turn.said.length, 1, `${fault}: ${turn.said.join(" | ")}`);
    assert.match(turn.said[0]!, /^ai: .*(deliver|ship)/i, fault);
    assert.doesNotMatch(turn.said[0]!, /^ai: I'm sorry,/, `${fault}: nothing of the broken reply is kept`);
    assert.equal(turn.usage.find((u) => u.step === "knowledge")?.failure?.kind, fault === "http_400" ? "http_error" : fault, JSON.stringify(turn.usage));
  }
});

test("when no model can answer, the customer is told so and a person takes over with the failure in the brief", async () => {
  // The hosted triage reads the message as a password question; the offline engine reads it as
  // something else and no help-centre article fits it, so nothing can stand in.
  const server = await hostedDesk("json_schema_and_object", () => ({ intent: "recover_password", confidence: 0.96, alternatives: [] }));
  server.plan((request) => (isTriageRequest(request) ? { text: JSON.stringify({ intent: "recover_password", confidence: 0.96, alternatives: [] }) } : { fault: "dropped_stream" }));
  const turn = await converse(UNREADABLE_OFFLINE);
  assert.equal(turn.outcome?.decision.primaryTrigger, "model_failure");
  assert.equal(turn.said[0], "system: I'm sorry, I can't answer that right now because of a technical problem on our side.");
  assert.match(turn.said[1]!, /^system: I'm handing this to \w+/);
  assert.equal(turn.conversation.status, "with_human");
  const brief = (turn.events.findLast((e) => e.type === "handoff_brief")!.payload as unknown as { brief: HandoffBrief }).brief;
  assert.match(JSON.stringify(brief), /model failed/);
  assert.match(JSON.stringify(brief), /dropped stream/);
});

test("a hosted model is told to reply in the language the customer writes", async () => {
  const server = await hostedDesk();
  const turn = await converse("¿Hacéis envíos a Canadá? ¿Cuánto tarda la entrega estándar?");
  assert.equal(turn.conversation.language, "es");
  const replyRequest = server.requests.find((r) => !isTriageRequest(r.body))!;
  assert.match(JSON.stringify(replyRequest.body.messages), /The customer writes in Spanish: reply in that language/);
});
