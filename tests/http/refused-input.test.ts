import { test } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { addLabelledExamplesBody } from "../../app/api/admin/labelled-examples/schema";
import { briefFeedbackBody } from "../../app/api/conversations/[id]/brief-feedback/schema";
import { alertRulesBody } from "../../app/api/supervisor/alert-rules/schema";
import { escalationPolicyBody } from "../../app/api/supervisor/escalation-policy/schema";
import { settingsPatchBody } from "../../app/api/workspace/settings/schema";
import { csatBody } from "../../app/api/widget/csat/schema";
import { widgetSessionBody } from "../../app/api/widget/session/schema";
import { ticketBody } from "../../app/api/widget/ticket/schema";
import { readBody } from "../../lib/http/json-body";
import { messageSendPayload } from "../../lib/realtime/events";
import { handBackPayload, remarkPayload, reopenPayload, replyPayload, resolvePayload, transferPayload } from "../../lib/realtime/console-payloads";
import { customerSendFailure } from "../../lib/realtime/send-failure";
import { defaultAlertRules, defaultEscalationPolicy, parseWorkspaceSettings, defaultBusinessHours } from "../../lib/workspace/settings";

const NUL = "\u0000";

function refusal(schema: z.ZodType, value: unknown): string {
  const parsed = schema.safeParse(value);
  assert.equal(parsed.success, false, `accepted ${JSON.stringify(value)}`);
  return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
}

test("text with a NUL character, which PostgreSQL cannot store, is refused with a reason wherever people type", () => {
  const cases: [z.ZodType, unknown][] = [
    [widgetSessionBody, { workspace: "lumen", pageTitle: `Shop${NUL}` }],
    [widgetSessionBody, { workspace: "lumen", pageUrl: `https://shop.example/${NUL}` }],
    [widgetSessionBody, { workspace: "lumen", userId: `cus${NUL}1` }],
    [ticketBody, { kind: "email", email: "a@b.example", note: `call me${NUL}` }],
    [csatBody, { score: 4, comment: `fine${NUL}` }],
    [addLabelledExamplesBody, { examples: [{ text: `where is${NUL} my order`, intent: "track_order" }] }],
    [briefFeedbackBody, { handoffId: "h1", useful: false, note: `missing${NUL}` }],
    [messageSendPayload, { clientMessageId: "abcdefgh12", body: `hello${NUL}` }],
    [replyPayload, { conversationId: "c1", body: `hi${NUL}` }],
    [remarkPayload, { conversationId: "c1", kind: "note", body: `x${NUL}` }],
    [resolvePayload, { conversationId: "c1", outcome: "solved", note: `x${NUL}` }],
    [escalationPolicyBody, { policy: { ...defaultEscalationPolicy, riskCategories: [`legal${NUL}`] } }],
  ];
  for (const [schema, value] of cases) assert.match(refusal(schema, value), /NUL character/);
  // The same text without it passes.
  assert.equal(messageSendPayload.safeParse({ clientMessageId: "abcdefgh12", body: "hello" }).success, true);
});

test("a console action without a note is accepted whether the note is left out, empty or null", () => {
  for (const note of [undefined, "", null]) {
    const reopen = reopenPayload.safeParse({ conversationId: "c1", note });
    assert.ok(reopen.success, JSON.stringify(note));
    assert.equal(reopen.data.note, null);
    assert.ok(handBackPayload.safeParse({ conversationId: "c1", note }).success);
    assert.ok(transferPayload.safeParse({ conversationId: "c1", toUserId: null, note }).success);
  }
  assert.equal(reopenPayload.parse({ conversationId: "c1", note: "  came back  " }).note, "came back");
});

test("alert rules with an unknown key are refused by name instead of silently reset to the defaults", () => {
  assert.match(refusal(alertRulesBody, { rules: { $ne: null } }), /\$ne/);
  assert.match(refusal(alertRulesBody, { rules: { escalationRate: { above: 0.5, abovee: 1 } } }), /abovee/);
  assert.match(refusal(escalationPolicyBody, { policy: { ...defaultEscalationPolicy, extra: 1 } }), /extra/);
  assert.match(refusal(settingsPatchBody, { businessHours: { ...defaultBusinessHours, holiday: [] } }), /holiday/);
  // Leaving rules out still means their defaults, and stored settings still read.
  assert.deepEqual(alertRulesBody.parse({ rules: {} }).rules, defaultAlertRules);
  const stored = { widgetSettings: { color: "#000000", position: "left", greeting: "Hi", languages: ["en"] }, escalationPolicy: defaultEscalationPolicy, businessHours: defaultBusinessHours, authorityLimits: { refundCents: 1, goodwillCreditCents: 1, largeCancellationCents: 1 }, slaPolicy: { free: { firstResponseSeconds: 1, resolutionSeconds: 1 }, pro: { firstResponseSeconds: 1, resolutionSeconds: 1 }, premium: { firstResponseSeconds: 1, resolutionSeconds: 1 }, enterprise: { firstResponseSeconds: 1, resolutionSeconds: 1 } }, alertRules: null, modelSettings: null };
  assert.deepEqual(parseWorkspaceSettings(stored).alerts, defaultAlertRules);
});

test("a JSON API refuses a body not sent as application/json with 415, and names what is wrong in a 400", async () => {
  const post = (body: string, contentType: string | null) =>
    readBody(new Request("http://desk.test/api/supervisor/alert-rules", { method: "PUT", body, headers: contentType ? { "content-type": contentType } : {} }), alertRulesBody);

  const plain = await post(JSON.stringify({ rules: {} }), "text/plain");
  assert.equal(plain.error?.status, 415);
  assert.match((await plain.error!.json()).error, /application\/json/);
  assert.equal((await post(JSON.stringify({ rules: {} }), null)).error?.status, 415);
  assert.equal((await post("rules=1", "application/x-www-form-urlencoded")).error?.status, 415);

  const ok = await post(JSON.stringify({ rules: {} }), "application/json; charset=utf-8");
  assert.deepEqual(ok.data?.rules, defaultAlertRules);
  const wrong = await post(JSON.stringify({ rules: { $ne: null } }), "application/json");
  assert.equal(wrong.error?.status, 400);
  assert.match((await wrong.error!.json()).error, /rules: .*\$ne/);
});

test("a customer is promised a resend only when the database was out of reach, never for a message it refuses", () => {
  const unreachable = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
  assert.deepEqual(customerSendFailure(unreachable), { error: "The message could not be saved yet; it will be resent.", retryable: true });
  const poolTimeout = new Error("wrapped", { cause: Object.assign(new Error("pool"), { code: "P2024" }) });
  assert.equal(customerSendFailure(poolTimeout).retryable, true);

  const refused = Object.assign(new Error("Raw query failed. Code: `22021`. invalid byte sequence"), { code: "P2010" });
  const answer = customerSendFailure(refused);
  assert.equal(answer.retryable, false);
  assert.doesNotMatch(answer.error, /resent/);
  assert.equal(customerSendFailure(new TypeError("boom")).retryable, false);
});
