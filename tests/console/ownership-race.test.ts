// Changes of owner decided at the same moment, on SQLite and on PostgreSQL: one applies, the
// others write nothing, and the customer hears of one.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { claimConversation, StaffActionError } from "../../lib/console/staff-actions";
import { loadConversationLog } from "../../lib/conversation/log";
import { currentOwner } from "../../lib/conversation/ownership";
import { returnToQueue } from "../../lib/conversation/transitions";
import { escalateToHuman } from "../../lib/handoff/escalate";
import { parseWorkspaceSettings } from "../../lib/workspace/settings";
import { atOnce, raceProviders, smallStore, type RaceDatabase } from "../db/race-databases";

for (const provider of await raceProviders("ownership")) {
  describe(`ownership races on ${provider.name}`, { skip: provider.skip }, () => {
    let database: RaceDatabase;
    let store: Awaited<ReturnType<typeof smallStore>>;
    before(async () => {
      database = await provider.open();
      store = await smallStore(database.db);
    });
    after(async () => database?.close());

    async function queued() {
      const conversation = await store.conversation();
      const log = await loadConversationLog(database.db, conversation.id);
      const scope = { workspaceId: store.workspace.id, conversationId: conversation.id, actor: { type: "system" as const }, at: new Date() };
      await returnToQueue(database.db, scope, { owner: currentOwner(log.events), version: log.conversation.ownerVersion }, "Asked for a person");
      return conversation;
    }

    test("four people claiming one conversation at once: one gets it, the others are told, the customer hears one \"joined\"", async () => {
      const { db } = database;
      const conversation = await queued();
      const people = [...store.agents, store.supervisor];
      const settled = await atOnce(people.map((person) => () => claimConversation(db, store.staff(person), conversation.id)));

      const won = settled.flatMap((s, i) => (s.status === "fulfilled" ? [people[i]!] : []));
      assert.equal(won.length, 1, `claims that succeeded: ${won.map((p) => p.name).join(", ")}`);
      for (const s of settled) {
        if (s.status === "rejected") assert.ok(s.reason instanceof StaffActionError && /Someone else just took|A colleague already has/.test(s.reason.message), String(s.reason));
      }
      const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      assert.equal(row.assigneeId, won[0]!.id);
      assert.equal(row.status, "with_human");
      assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "assignment" } }), 1);
      const joined = await db.message.findMany({ where: { conversationId: conversation.id, author: "system" } });
      assert.deepEqual(joined.map((m) => m.body), [`${won[0]!.name.split(" ")[0]} joined the conversation.`]);
      const log = await loadConversationLog(db, conversation.id);
      assert.deepEqual(currentOwner(log.events), { kind: "human", userId: won[0]!.id });
    });

    test("the same handoff decided on three instances at once is written once", async () => {
      const { db } = database;
      const conversation = await store.conversation();
      const { ownerVersion } = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      const settings = parseWorkspaceSettings(store.workspace);
      const escalations = await Promise.all([1, 2, 3].map(() => escalateToHuman(db, conversation.id, ownerVersion, settings, "UTC", { type: "ai", agent: "router" }, new Date())));
      assert.equal(escalations.filter((e) => e !== null).length, 1);
      assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "handoff_brief" } }), 1);
      assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "ownership_changed" } }), escalations.find((e) => e)!.routing.agentId ? 2 : 1);
    });

    test("a handoff decided before a person claimed the conversation does nothing", async () => {
      const { db } = database;
      const conversation = await store.conversation();
      const { ownerVersion } = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      await claimConversation(db, store.staff(store.agents[0]!), conversation.id);
      const escalation = await escalateToHuman(db, conversation.id, ownerVersion, parseWorkspaceSettings(store.workspace), "UTC", { type: "ai", agent: "router" }, new Date());
      assert.equal(escalation, null);
      const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      assert.deepEqual({ status: row.status, assigneeId: row.assigneeId }, { status: "with_human", assigneeId: store.agents[0]!.id });
      assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "handoff_brief" } }), 0);
    });
  });
}
