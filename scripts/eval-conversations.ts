// `npm run eval:conversations -- --file <jsonl>`: replays scripted conversations through the full
// pipeline on the offline engine, in a scratch copy of the demo store, and scores when and why
// each one was handed to a person against what the script expects.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openScratchDemoStore } from "./scratch-demo-store";

const { values } = parseArgs({ options: { file: { type: "string" } } });
if (!values.file) {
  console.error("usage: npm run eval:conversations -- --file <conversations.jsonl>");
  process.exit(2);
}
const store = await openScratchDemoStore();
const { parseScriptedConversations, scoreReplays, scriptedTurnContext } = await import("../lib/agents/scripted-conversations");
const { handleCustomerMessage } = await import("../lib/agents/pipeline");

const scripts = parseScriptedConversations(readFileSync(values.file, "utf8"));
const results = [];

for (const [index, script] of scripts.entries()) {
  const conversation = await store.startConversation({ ...script.customer, language: script.language, index });
  let escalatedAt: number | null = null;
  let trigger = null;
  for (const [turnIndex, text] of script.turns.entries()) {
    const now = new Date();
    const sent = await handleCustomerMessage({ conversationId: conversation.id, body: text, context: scriptedTurnContext(script, turnIndex, now), now });
    const outcome = await sent.turn;
    if (outcome?.decision.escalate) {
      escalatedAt = turnIndex + 1;
      trigger = outcome.decision.primaryTrigger;
      break;
    }
  }
  const result = { id: script.id, expected: script.expect, escalatedAt, trigger };
  results.push(result);
  const expected = script.expect.escalate ? `turn ${script.expect.turn} ${script.expect.trigger}` : "no escalation";
  const got = escalatedAt ? `turn ${escalatedAt} ${trigger}` : "no escalation";
  const ok = script.expect.escalate
    ? escalatedAt !== null && Math.abs(escalatedAt - (script.expect.turn ?? 0)) <= 1 && trigger === script.expect.trigger
    : escalatedAt === null;
  console.log(`${ok ? "ok  " : "MISS"} ${script.id.padEnd(8)} expected ${expected.padEnd(32)} got ${got}`);
}

const score = scoreReplays(results);
console.log(`\nescalation precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)}, trigger accuracy ${score.triggerAccuracy.toFixed(3)} over ${score.n} conversations`);
console.log(JSON.stringify({ precision: score.precision, recall: score.recall, f1: score.f1, trigger_accuracy: score.triggerAccuracy, n: score.n }));
await store.close();
