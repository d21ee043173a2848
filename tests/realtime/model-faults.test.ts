import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server as HttpServer } from "node:http";
import { randomUUID } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";
import type { Db } from "../../lib/db";
import { createSocketServer } from "../../lib/realtime/server";
import { issueWidgetToken } from "../../lib/realtime/widget-token";
import type { ClientToServerEvents, ReplayedMessage, ServerToClientEvents } from "../../lib/realtime/events";
import type { DeskSocketServer } from "../../lib/realtime/hub";
import { openAICompatibleChoice, setModel } from "../../lib/models/provider";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";
import { connected } from "../../bench/socket-client";
import { isTriageRequest, startFakeModelServer, type FakeModelServer } from "../support/openai-compatible-server";

// A customer in the real widget socket while the hosted model fails on purpose: what reaches the
// customer's screen, and who has the conversation afterwards.

const PORT = 3431;
const SECRET = "model-faults-test-secret";
const MODEL = "lumen-test-model";
const SHIPPING = "do you ship to Canada and how long does it take?";
const UNAVAILABLE = "I'm sorry, I can't answer that right now because of a technical problem on our side.";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let http: HttpServer;
let sockets: DeskSocketServer;
let model: FakeModelServer;

type WidgetSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Seen = { event: "message"; message: ReplayedMessage } | { event: "typing"; typing: boolean; hungTriageSeen: boolean } | { event: "delta"; text: string };

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  const allDay: [string, string][] = [["00:00", "23:59"]];
  await db.workspace.update({
    where: { id: workspaceId },
    data: {
      businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      modelSettings: { triageTimeoutMs: 1500, replyTimeoutMs: 3000, maxRetries: 0, prices: { [MODEL]: { inputPerMillion: 1, outputPerMillion: 2 } } },
    },
  });
  // Routing reads stored presence, as it does for every widget message.
  await db.user.updateMany({ where: { workspaceId, role: "agent" }, data: { presence: "online" } });
  model = await startFakeModelServer({ triage: () => ({ intent: "delivery_options", confidence: 0.93, alternatives: [] }), reply: () => "Standard delivery to Canada takes 5–8 business days." });
  setModel(openAICompatibleChoice(model.baseURL, MODEL));
  http = createServer();
  sockets = await createSocketServer(http, SECRET);
  await new Promise<void>((resolve) => http.listen(PORT, "127.0.0.1", resolve));
});

after(async () => {
  await sockets.close();
  await model.close();
  await close();
});

/** A widget on a new conversation; everything the customer's socket receives is kept in order. */
async function widget() {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const widgetToken = issueWidgetToken({ conversationId: conversation.id, workspaceId, expiresAt: Date.now() + 3600_000 }, SECRET);
  const socket: WidgetSocket = connect(`http://127.0.0.1:${PORT}`, { path: "/socket.io", auth: { widgetToken }, transports: ["websocket"], reconnection: false });
  const seen: Seen[] = [];
  const waiters: (() => void)[] = [];
  const note = (entry: Seen) => {
    seen.push(entry);
    for (const wake of waiters.splice(0)) wake();
  };
  // Whether the model server has been sent a triage call that it holds without answering.
  const hungTriageSeen = () => model.requests.some((r) => isTriageRequest(r.body) && r.answered === "hang");
  socket.on("message:created", ({ message }) => note({ event: "message", message }));
  socket.on("reply:typing", ({ typing }) => note({ event: "typing", typing, hungTriageSeen: hungTriageSeen() }));
  socket.on("reply:delta", ({ text }) => note({ event: "delta", text }));
  await connected(socket);

  async function until(done: (seen: readonly Seen[]) => boolean): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!done(seen)) {
      const left = deadline - Date.now();
      if (left <= 0) assert.fail(`the customer's socket never got what was awaited; it got: ${JSON.stringify(seen)}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }
  async function send(body: string) {
    const ack = await socket.emitWithAck("message:send", { clientMessageId: randomUUID().replaceAll("-", ""), body });
    assert.equal(ack.ok, true, JSON.stringify(ack));
  }
  const said = () => seen.flatMap((s) => (s.event === "message" && s.message.author !== "customer" ? [`${s.message.author}: ${s.message.body}`] : []));
  return { conversationId: conversation.id, socket, seen, until, send, said };
}

test("an HTTP 500 from the model: the customer's socket gets the offline engine's true answer, with typing shown meanwhile", async () => {
  model.plan(() => ({ fault: "http_500" }));
  const customer = await widget();
  await customer.send(SHIPPING);
  await customer.until(() => customer.said().length > 0);
  assert.match(customer.said()[0]!, /^ai: .*(deliver|ship)/i, customer.said()[0]);
  const typing = customer.seen.filter((s) => s.event === "typing");
  assert.equal(typing[0]?.typing, true, "the customer saw the desk at work before any answer");
  assert.ok(customer.seen.indexOf(typing[0]!) < customer.seen.findIndex((s) => s.event === "message" && s.message.author === "ai"));
  await customer.until((seen) => seen.some((s) => s.event === "typing" && !s.typing));
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: customer.conversationId } });
  assert.equal(conversation.status, "open", "the AI answered; nobody had to be called");
  customer.socket.close();
});

test("a dropped stream with nothing to fall back on: the customer is told the truth and a person is assigned with a model_failure brief", async () => {
  // The hosted triage reads the message as a password question; the offline engine reads it as an
  // order question and no help-centre article fits it, so nothing can stand in.
  model.plan((request) => (isTriageRequest(request) ? { text: JSON.stringify({ intent: "recover_password", confidence: 0.96, alternatives: [] }) } : { fault: "dropped_stream" }));
  const customer = await widget();
  await customer.send("something is weird with my order");
  await customer.until(() => customer.said().some((line) => /handing this to/.test(line)));
  assert.equal(customer.said()[0], `system: ${UNAVAILABLE}`);
  assert.match(customer.said()[1]!, /^system: I'm handing this to \w+ from our team/);
  assert.ok(!customer.said().some((line) => line.startsWith("ai: ")), "no broken half-reply is kept as a message");

  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: customer.conversationId } });
  assert.equal(conversation.status, "with_human");
  assert.ok(conversation.assigneeId);
  const briefEvent = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: customer.conversationId, type: "handoff_brief" } });
  const brief = (briefEvent.payload as unknown as { brief: HandoffBrief }).brief;
  assert.equal(brief.escalation.trigger, "model_failure");
  assert.equal(brief.routing.assigned_agent_id, conversation.assigneeId);
  assert.doesNotMatch(brief.context.summary, /replied/, "the brief does not claim an answer the customer never got");
  customer.socket.close();
});

test("a dropped stream the offline engine can stand in for: the customer gets a whole, true answer", async () => {
  model.plan((request) => (isTriageRequest(request) ? { text: JSON.stringify({ intent: "delivery_options", confidence: 0.93, alternatives: [] }) } : { fault: "dropped_stream" }));
  const customer = await widget();
  await customer.send(SHIPPING);
  await customer.until(() => customer.said().length > 0);
  assert.match(customer.said()[0]!, /^ai: .*(deliver|ship)/i);
  assert.doesNotMatch(customer.said()[0]!, /^ai: I'm sorry,/);
  customer.socket.close();
});

test("the customer sees typing while the model is still working on the turn", async () => {
  // The first triage call hangs until the desk's time limit; the answer then comes from the fallback.
  let hung = false;
  model.plan((request) => {
    if (isTriageRequest(request) && !hung) {
      hung = true;
      return { fault: "hang" };
    }
    return isTriageRequest(request) ? { text: JSON.stringify({ intent: "delivery_options", confidence: 0.93, alternatives: [] }) } : { text: "Standard delivery to Canada takes 5–8 business days." };
  });
  const customer = await widget();
  await customer.send(SHIPPING);
  await customer.until(() => customer.said().length > 0);
  const typing = customer.seen.flatMap((s) => (s.event === "typing" ? [s] : []));
  assert.equal(typing[0]?.typing, true, "typing came on for the turn");
  const stopped = typing.find((s) => !s.typing);
  assert.ok(stopped?.hungTriageSeen, "typing stayed on until the model call the server held had been given up");
  customer.socket.close();
});
