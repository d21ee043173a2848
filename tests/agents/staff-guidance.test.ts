import { test } from "node:test";
import assert from "node:assert/strict";
import { staffGuidance } from "../../lib/agents/staff-guidance";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

test("whispers and hand-back notes guide the AI; a scripted whisper opens only the next reply", () => {
  const events = [
    { type: "whisper", payload: { body: "Be extra gentle, she lost a parcel last month." }, createdAt: at(1) },
    { type: "ownership_changed", payload: { from: { kind: "human", userId: "u1" }, to: { kind: "ai" }, reason: "Handed back", note: "Only the refund timing is open." }, createdAt: at(2) },
    { type: "whisper", payload: { body: "Say: I've added a $10 credit to your account." }, createdAt: at(3) },
  ];
  assert.deepEqual(staffGuidance(events, at(0)), {
    notes: ["Be extra gentle, she lost a parcel last month.", "Only the refund timing is open.", "Say: I've added a $10 credit to your account."],
    script: "I've added a $10 credit to your account.",
  });
  assert.equal(staffGuidance(events, at(4)).script, null, "once the AI has replied after it, the script is spent");
  assert.equal(staffGuidance([{ type: "whisper", payload: { body: "Tell them: we're on it." }, createdAt: at(1) }], null).script, "we're on it.");
});
