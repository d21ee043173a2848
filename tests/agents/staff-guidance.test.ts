import { test } from "node:test";
import assert from "node:assert/strict";
import { activeGuidance, staffGuidance } from "../../lib/agents/staff-guidance";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));
let ids = 0;
const id = () => `e${++ids}`;

test("a scripted whisper opens only the next reply and never becomes standing guidance", () => {
  const events = [
    { id: id(), type: "whisper", payload: { body: "Be extra gentle, she lost a parcel last month.", authorName: "Maya" }, createdAt: at(1) },
    { id: id(), type: "whisper", payload: { body: "Say: I've added a $10 credit to your account.", authorName: "Maya" }, createdAt: at(3) },
  ];
  assert.deepEqual(staffGuidance(events, at(0)), {
    notes: ["Be extra gentle, she lost a parcel last month."],
    script: "I've added a $10 credit to your account.",
  });
  assert.deepEqual(staffGuidance(events, at(4)), { notes: ["Be extra gentle, she lost a parcel last month."], script: null }, "once the AI has replied after it, the script is spent");
  assert.equal(staffGuidance([{ id: id(), type: "whisper", payload: { body: "Tell them: we're on it.", authorName: "Maya" }, createdAt: at(1) }], null).script, "we're on it.");
});

test("handing back replaces earlier guidance with the hand-back note; whispers after it add to it", () => {
  const events = [
    { id: id(), type: "whisper", payload: { body: "Be extra gentle, she lost a parcel last month.", authorName: "Maya" }, createdAt: at(1) },
    { id: id(), type: "ownership_changed", payload: { from: { kind: "ai" }, to: { kind: "human", userId: "u1" }, reason: "Taken over" }, createdAt: at(2) },
    { id: id(), type: "ownership_changed", payload: { from: { kind: "human", userId: "u1" }, to: { kind: "ai" }, reason: "Handed back", note: "Only the refund timing is open." }, createdAt: at(3) },
    { id: id(), type: "whisper", payload: { body: "Refunds land in 5 business days.", authorName: "Maya" }, createdAt: at(4) },
  ];
  assert.deepEqual(staffGuidance(events, null).notes, ["Only the refund timing is open.", "Refunds land in 5 business days."]);
});

test("removed guidance leaves the prompt while the rest stays; a removed script opens no reply", () => {
  const events = [
    { id: "w1", type: "whisper", payload: { body: "Offer the 10% voucher.", authorName: "Maya" }, actorId: "u-maya", createdAt: at(1) },
    { id: "w2", type: "whisper", payload: { body: "She prefers email.", authorName: "Maya" }, actorId: "u-maya", createdAt: at(2) },
    { id: "w3", type: "whisper", payload: { body: "Say: the voucher is on its way.", authorName: "Maya" }, actorId: "u-sofia", createdAt: at(3) },
  ];
  assert.deepEqual(
    activeGuidance(events, null).map((p) => [p.eventId, p.kind, p.body, p.userId]),
    [
      ["w1", "whisper", "Offer the 10% voucher.", "u-maya"],
      ["w2", "whisper", "She prefers email.", "u-maya"],
      ["w3", "script", "the voucher is on its way.", "u-sofia"],
    ],
  );
  const withdrawn = [...events, { id: "r1", type: "guidance_removed", payload: { eventId: "w1" }, createdAt: at(4) }, { id: "r2", type: "guidance_removed", payload: { eventId: "w3" }, createdAt: at(4) }];
  assert.deepEqual(staffGuidance(withdrawn, null), { notes: ["She prefers email."], script: null });
});
