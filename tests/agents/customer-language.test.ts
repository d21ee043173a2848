import { test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { claimConversation, handConversationBack } from "../../lib/console/staff-actions";
import { demoStaffMembers, openDemoDatabaseFor, startTestConversation } from "./pipeline-harness";

// A customer who writes Spanish, French or German is answered in that language, from the help
// centre's articles in it, and a person who speaks it is the one they are handed to.

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

async function say(conversationId: string, body: string) {
  const sent = await handleCustomerMessage({ conversationId, body });
  return sent.turn;
}

async function lastMessage(conversationId: string, author: "ai" | "system") {
  return (await db.message.findFirstOrThrow({ where: { conversationId, author }, orderBy: { seq: "desc" } })).body;
}

async function conversationLanguage(conversationId: string) {
  return (await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).language;
}

test("a Spanish question is answered in Spanish from the Spanish article, and the conversation is Spanish from then on", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const outcome = await say(conversation.id, "¿Cuánto tiempo tengo para devolver un artículo?");
  assert.equal(outcome?.decision.escalate, false);
  assert.equal(await conversationLanguage(conversation.id), "es");
  const reply = await lastMessage(conversation.id, "ai");
  assert.match(reply, /\]\(\/help\/return-policy\?lang=es\)/);
  assert.match(reply, /30 días/);
  assert.match(reply, /centro de ayuda/);
  const basis = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "answer_basis" } });
  assert.deepEqual((basis.payload as { language: string; article: { slug: string; language: string } }).article?.language, "es");
  assert.equal((basis.payload as { language: string }).language, "es");

  // "ok, gracias" says nothing about the language; the next question is still answered in Spanish.
  await say(conversation.id, "ok");
  assert.equal(await conversationLanguage(conversation.id), "es");
});

test("a Spanish customer asking for a person hears it in Spanish, and the brief and routing say Spanish", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const outcome = await say(conversation.id, "Quiero hablar con una persona, por favor.");
  assert.equal(outcome?.decision.action, "handoff");
  // Whether someone who speaks Spanish is online or not, the customer is told in Spanish.
  assert.match(await lastMessage(conversation.id, "system"), /persona del equipo|Te paso con/);
  const stored = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "handoff_brief" } });
  const brief = (stored.payload as unknown as { brief: HandoffBrief }).brief;
  assert.equal(brief.customer.language, "es");
  assert.equal(brief.routing.language, "es");

  // What the desk says when people join and leave is in Spanish too.
  const { supervisor } = await demoStaffMembers(db, workspaceId);
  await claimConversation(db, supervisor, conversation.id);
  assert.match(await lastMessage(conversation.id, "system"), /se ha unido a la conversación\.$/);
  await handConversationBack(db, supervisor, conversation.id, null);
  assert.match(await lastMessage(conversation.id, "system"), /te ha vuelto a pasar con nuestro asistente/);
});

test("a German customer's order status is reported in German", async () => {
  const order = await db.order.findFirstOrThrow({ where: { workspaceId, status: "shipped" } });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  await say(conversation.id, `Wo ist meine Bestellung ${order.number}?`);
  assert.equal(await conversationLanguage(conversation.id), "de");
  const reply = await lastMessage(conversation.id, "ai");
  assert.match(reply, new RegExp(`Ihre Bestellung ${order.number} .* ist verschickt und unterwegs`));
  assert.ok(reply.includes(order.trackingNumber!));
});
