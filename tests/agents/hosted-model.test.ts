import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { MockLanguageModelV4, convertArrayToReadableStream } from "ai/test";
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { classifyMessage } from "../../lib/agents/triage";
import { useModel } from "../../lib/models/provider";
import { openDemoDatabase, startTestConversation } from "./pipeline-harness";

// The same pipeline code runs against a hosted model: here the AI SDK's mock stands in for one.
const usage = { inputTokens: { total: 120, noCache: 120, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 30, text: 30, reasoning: 0 } };
const triageJson = JSON.stringify({ intent: "delivery_options", confidence: 0.93, alternatives: [{ intent: "delivery_period", confidence: 0.04 }] });

function hostedMock() {
  return new MockLanguageModelV4({
    doGenerate: async () => ({ content: [{ type: "text", text: triageJson }], finishReason: { unified: "stop", raw: undefined }, usage, warnings: [] }),
    doStream: async () => ({
      stream: convertArrayToReadableStream<LanguageModelV4StreamPart>([
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        { type: "text-delta", id: "t", delta: "Standard delivery to Canada takes " },
        { type: "text-delta", id: "t", delta: "5–8 business days." },
        { type: "text-end", id: "t" },
        { type: "finish", finishReason: { unified: "stop", raw: undefined }, usage },
      ]),
    }),
  });
}

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
});
after(async () => close());

test("triage reads a hosted model's structured output", async () => {
  const { triage, usage: used } = await classifyMessage(hostedMock(), "what delivery options do you have?", []);
  assert.equal(triage.intent, "delivery_options");
  assert.equal(triage.confidence, 0.93);
  assert.equal(used.inputTokens, 120);
});

test("a hosted model's streamed reply is stored, and its token use and cost are recorded", async () => {
  const model = hostedMock();
  useModel({ model, provider: "openai", modelId: "gpt-4o-mini", pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6 } });
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body: "do you ship to Canada and how long does it take?" });
  const outcome = await sent.turn;
  assert.equal(outcome?.decision.escalate, false, outcome?.decision.reason);
  const reply = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "ai" } });
  assert.equal(reply.body, "Standard delivery to Canada takes 5–8 business days.");
  // The specialist's prompt carried the help-centre article the model must answer from.
  const prompt = JSON.stringify(model.doStreamCalls[0].prompt);
  assert.match(prompt, /delivery/i);
  const usageEvents = await db.conversationEvent.findMany({ where: { conversationId: conversation.id, type: "model_usage" } });
  assert.equal(usageEvents.length, 2, "triage and the reply each record their use");
  const reply_usage = usageEvents.map((e) => e.payload as { inputTokens: number; costUsd: number }).find((p) => p.inputTokens === 120)!;
  assert.ok(Math.abs(reply_usage.costUsd - (120 * 0.15 + 30 * 0.6) / 1_000_000) < 1e-12);
});
