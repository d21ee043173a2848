import { test } from "node:test";
import assert from "node:assert/strict";
import { mayDecideApproval } from "../../lib/approvals/approval-authority";
import type { Owner } from "../../lib/events/catalogue";

const withAi: Owner = { kind: "ai" };
const inQueue: Owner = { kind: "queue", reason: "asked for a person" };
const withMaya: Owner = { kind: "human", userId: "maya" };

test("supervisors and admins decide any approval, whoever has the conversation", () => {
  const owners: Owner[] = [withAi, inQueue, withMaya];
  for (const role of ["supervisor", "admin"] as const) {
    assert.deepEqual(owners.map((owner) => mayDecideApproval({ userId: "sam", role }, owner).allowed), [true, true, true]);
  }
});

test("an agent decides only in a conversation they have taken over", () => {
  assert.equal(mayDecideApproval({ userId: "maya", role: "agent" }, withMaya).allowed, true);
  const others: Owner[] = [withAi, inQueue, { kind: "human", userId: "lukas" }];
  for (const refused of others.map((owner) => mayDecideApproval({ userId: "maya", role: "agent" }, owner))) {
    assert.equal(refused.allowed, false);
    assert.match(refused.reason, /supervisor/);
  }
});
