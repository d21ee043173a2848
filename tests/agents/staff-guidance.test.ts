import { test } from "node:test";
import assert from "node:assert/strict";
import { staffGuidance } from "../../lib/agents/staff-guidance";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

test("a scripted whisper opens only the next reply and never becomes standing guidance", () => {
  const events = [
    { type: "whisper", payload: { body: "Be extra gentle, she lost a parcel last month." }, createdAt: at(1) },
    { type: "whisper", payload: { body: "Say: I've added a $10 credit to your account." }, createdAt: at(3) },
  ];
  assert.deepEqual(staffGuidance(events, at(0)), {
    notes: ["Be extra gentle, she lost a parcel last month."],
    script: "I've added a $10 credit to your account.",
  });
  assert.deepEqual(staffGuidance(events, at(4)), { notes: ["Be extra gentle, she lost a parcel last month."], script: null }, "once the AI has replied after it, the script is spent");
  assert.equal(staffGuidance([{ type: "whisper", payload: { body: "Tell them: we're on it." }, createdAt: at(1) }], null).script, "we're on it.");
});

test("handing back replaces earlier guidance with the hand-back note; whispers after it add to it", () => {
  const events = [
    { type: "whisper", payload: { body: "Be extra gentle, she lost a parcel last month." }, createdAt: at(1) },
    { type: "ownership_changed", payload: { from: { kind: "ai" }, to: { kind: "human", userId: "u1" }, reason: "Taken over" }, createdAt: at(2) },
    { type: "ownership_changed", payload: { from: { kind: "human", userId: "u1" }, to: { kind: "ai" }, reason: "Handed back", note: "Only the refund timing is open." }, createdAt: at(3) },
    { type: "whisper", payload: { body: "Refunds land in 5 business days." }, createdAt: at(4) },
  ];
  assert.deepEqual(staffGuidance(events, null).notes, ["Only the refund timing is open.", "Refunds land in 5 business days."]);
});
