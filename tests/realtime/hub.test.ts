import { test } from "node:test";
import assert from "node:assert/strict";
import { registerSocketServer, socketServer, withoutFanOut, type DeskSocketServer } from "../../lib/realtime/hub";
import { dispatch } from "../../lib/events/dispatcher";

// A replay of past days writes through the same code as live traffic; people signed in meanwhile must hear nothing of it.
test("nothing written inside withoutFanOut reaches a socket, and everything outside it still does", async () => {
  const sent: string[] = [];
  const fake = { to: () => ({ emit: (event: string) => sent.push(event) }) };
  registerSocketServer(fake as unknown as DeskSocketServer);
  const notice = { conversationId: "c1", customerName: null, reason: "test", handoffId: null, decidedAt: new Date(0).toISOString() };

  await withoutFanOut(async () => {
    await Promise.resolve();
    assert.equal(socketServer(), null);
    await dispatch([{ kind: "conversation_assigned", workspaceId: "w1", agentId: "agent-1", notice }]);
  });
  assert.deepEqual(sent, []);

  await dispatch([{ kind: "conversation_assigned", workspaceId: "w1", agentId: "agent-1", notice }]);
  assert.deepEqual(sent, ["assignment:created"]);
});
