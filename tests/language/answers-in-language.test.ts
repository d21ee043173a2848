import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  // This workspace has not translated one article yet: before any question, so the help centre is read without it.
  await db.knowledgeArticle.updateMany({ where: { workspaceId, slug: "firmware-update-failed", language: "es" }, data: { published: false } });
});
after(async () => close());

async function ask(body: string) {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body });
  const outcome = await sent.turn;
  const reply = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "ai" }, orderBy: { seq: "desc" } });
  const { language } = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { language: true } });
  return { outcome, reply: reply.body, language };
}

for (const [question, language, slug, words] of [
  ["¿Dónde puedo descargar las facturas de mis pedidos?", "es", "invoices-and-receipts", /factura/],
  ["Comment activer la double authentification sur mon compte ?", "fr", "two-factor-authentication", /authentification/],
  ["Wie kann ich meine Lumen-Plus-Mitgliedschaft pausieren?", "de", "cancel-or-pause-membership", /pausieren/],
] as const) {
  test(`a ${language} question about any part of the help centre is answered from the article written in ${language}, not handed over`, async () => {
    const { outcome, reply, language: recorded } = await ask(question);
    assert.equal(outcome?.decision.escalate, false);
    assert.equal(recorded, language);
    assert.ok(reply.includes(`](/help/${slug}?lang=${language})`), reply);
    assert.match(reply, words);
  });
}

test("when the fitting article is not written in Spanish, the reply says so in Spanish and gives the English one", async () => {
  const { reply, language } = await ask("¿Qué hago si falla la actualización del firmware de la lámpara?");
  assert.equal(language, "es");
  assert.match(reply, /en español/);
  assert.match(reply, /en inglés/);
  assert.match(reply, /alguien del equipo que habla español/);
  assert.ok(reply.includes("](/help/firmware-update-failed)"), reply);
  assert.doesNotMatch(reply, /\?lang=es/);
});
