import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { acknowledgeAlert, listAlerts, raiseAlerts } from "../../lib/alerts/alert-store";
import { checkWorkspaceAlerts } from "../../lib/alerts/alert-watch";
import type { FiredAlert } from "../../lib/alerts/rules";
import { StaffActionError, type StaffMember } from "../../lib/console/staff-actions";
import { demoStaffMembers, openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let supervisor: StaffMember;
let agent: StaffMember;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  ({ supervisor, agent } = await demoStaffMembers(db, workspaceId));
});
after(async () => close());

const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

function fired(key: string): FiredAlert {
  return { rule: "csat_falling", key, message: `Condition ${key}.`, conversationId: null, detail: { drop: 0.8 } };
}

test("a condition raises one alert while it is open, and a new one once acknowledged if it still holds", async () => {
  const now = new Date();
  const [first] = await raiseAlerts(db, workspaceId, [fired("store:a")], now);
  assert.ok(first);
  assert.equal(first.acknowledgedAt, null);
  assert.deepEqual(await raiseAlerts(db, workspaceId, [fired("store:a")], later(now, 30)), []);

  const acknowledged = await acknowledgeAlert(db, supervisor, first.id, later(now, 40));
  assert.equal(acknowledged.acknowledgedAt, later(now, 40).toISOString());
  const supervisorName = (await db.user.findUniqueOrThrow({ where: { id: supervisor.userId } })).name;
  assert.equal(acknowledged.acknowledgedBy, supervisorName);
  const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId, action: "alert.acknowledged", targetId: first.id } });
  assert.equal(entry.actorId, supervisor.userId);

  const [again] = await raiseAlerts(db, workspaceId, [fired("store:a")], later(now, 60));
  assert.ok(again);
  assert.notEqual(again.id, first.id);
  const open = await listAlerts(db, workspaceId, "open");
  assert.deepEqual(open.filter((a) => a.key === "store:a").map((a) => a.id), [again.id]);
});

test("several conditions at once: each already open is skipped, the others are raised", async () => {
  const now = new Date();
  await raiseAlerts(db, workspaceId, [fired("store:b")], now);
  const raised = await raiseAlerts(db, workspaceId, [fired("store:b"), fired("store:c"), fired("store:c")], now);
  assert.deepEqual(raised.map((a) => a.key), ["store:c"]);
});

test("only a supervisor acknowledges, only once, and only their own workspace's alert", async () => {
  const [alert] = await raiseAlerts(db, workspaceId, [fired("store:d")], new Date());
  await assert.rejects(acknowledgeAlert(db, agent, alert!.id), (e: unknown) => e instanceof StaffActionError && /Only supervisors/.test(e.message));
  await assert.rejects(acknowledgeAlert(db, { ...supervisor, workspaceId: "elsewhere" }, alert!.id), /No such alert/);
  await acknowledgeAlert(db, supervisor, alert!.id);
  await assert.rejects(acknowledgeAlert(db, { ...supervisor, role: "admin" }, alert!.id), /acknowledged this alert already/);
});

test("customers asking for a person with no agent online raise the unstaffed-queue alert once, and the SLA warning near each target", async () => {
  const start = new Date();
  assert.equal(await db.user.count({ where: { workspaceId, role: "agent", presence: "online" } }), 0);
  const conversations = [];
  for (let i = 0; i < 3; i++) {
    const conversation = await startTestConversation(db, workspaceId, null, false);
    await (await handleCustomerMessage({ conversationId: conversation.id, body: "I want to talk to a human", now: start })).turn;
    conversations.push(conversation.id);
  }
  assert.equal(await db.conversation.count({ where: { id: { in: conversations }, status: "waiting_human" } }), 3);

  // Outside opening hours nobody is expected online: the customers are answered later, unalarmed.
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  await db.workspace.update({ where: { id: workspaceId }, data: { businessHours: Object.fromEntries(days.map((day) => [day, []])) } });
  assert.deepEqual(await checkWorkspaceAlerts(db, workspaceId, later(start, 4)), []);

  await db.workspace.update({ where: { id: workspaceId }, data: { businessHours: Object.fromEntries(days.map((day) => [day, [["00:00", "24:00"]]])) } });
  const raised = await checkWorkspaceAlerts(db, workspaceId, later(start, 5));
  assert.deepEqual(raised.map((a) => a.key), ["unstaffed_queue"]);
  assert.equal(raised[0]!.message, "3 customers are waiting in the queue and no agent is online.");
  assert.deepEqual(await checkWorkspaceAlerts(db, workspaceId, later(start, 35)), []);

  // Anonymous visitors are on the free tier: a person's first reply is due within an hour.
  const nearTarget = await checkWorkspaceAlerts(db, workspaceId, later(start, 3600 - 30));
  assert.deepEqual(nearTarget.map((a) => a.key).sort(), conversations.map((id) => `sla_breach_imminent:${id}`).sort());
  assert.ok(nearTarget.every((a) => a.conversationId && a.message.includes("target passes in 30 s")));
});
