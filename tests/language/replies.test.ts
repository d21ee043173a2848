import { test } from "node:test";
import assert from "node:assert/strict";
import { composeArticleAnswer, composeFromToolResult, composeReply } from "../../lib/models/offline/reply-composer";
import type { DeskArticle } from "../../lib/models/desk-call";
import type { OrderView } from "../../lib/agents/tool-results";

const lampArticle: DeskArticle = {
  slug: "smart-lamp-wifi-setup",
  language: "en",
  title: "Aurora Smart Lamp won't connect to Wi-Fi",
  body: "The Aurora Smart Lamp connects to **2.4 GHz Wi-Fi only**.",
  section: null,
  confidence: 0.9,
};

const order: OrderView = { number: "4519", status: "shipped", placedAt: "2026-11-20", totalCents: 4990, currency: "EUR", trackingNumber: "1Z999", items: ["Aurora Smart Lamp"] };

test("an article in the customer's language is quoted with a link to that translation", () => {
  const reply = composeArticleAnswer({ ...lampArticle, language: "es", title: "La lámpara no se conecta", body: "Solo funciona con wifi de 2,4 GHz." }, "es");
  assert.match(reply, /^Solo funciona con wifi de 2,4 GHz\./);
  assert.match(reply, /Más información en nuestro centro de ayuda: \[La lámpara no se conecta\]\(\/help\/smart-lamp-wifi-setup\?lang=es\)$/);
});

test("with only an English article, the customer hears so in their language and is offered a person who speaks it", () => {
  const french = composeArticleAnswer(lampArticle, "fr");
  assert.match(french, /^Nous n'avons pas encore d'article en français/);
  assert.match(french, /\]\(\/help\/smart-lamp-wifi-setup\)/);
  assert.match(french, /un membre de l'équipe qui parle français/);
  assert.match(composeArticleAnswer(lampArticle, "de"), /jemand aus dem Team, der Deutsch spricht/);
  // An English customer simply gets the article.
  assert.doesNotMatch(composeArticleAnswer(lampArticle, "en"), /^\n|\n$/);
  assert.match(composeArticleAnswer(lampArticle, "en"), /^The Aurora Smart Lamp/);
});

test("action results are reported in the customer's language, with amounts in their format", () => {
  assert.equal(composeFromToolResult({ kind: "order_status", order }, "de"), "Ihre Bestellung 4519 (Aurora Smart Lamp) ist verschickt und unterwegs. Die Sendungsnummer lautet **1Z999**.");
  assert.equal(composeFromToolResult({ kind: "order_status", order }, "es"), "Tu pedido 4519 (Aurora Smart Lamp) ya ha salido y está en camino. El número de seguimiento es **1Z999**.");
  assert.match(composeFromToolResult({ kind: "refund_completed", order, amountCents: 4990, duplicate: false }, "fr"), /je vous ai remboursé 49,90\s€ pour la commande 4519/);
  assert.match(composeFromToolResult({ kind: "refund_completed", order, amountCents: 4990, duplicate: false }, "en"), /refunded €49\.90 for order 4519/);
  // A language the desk does not write in falls back to English.
  assert.match(composeFromToolResult({ kind: "no_subscription" }, "it"), /^I don't see a Lumen Plus membership/);
});

test("greetings and unclear requests are answered in the customer's language", () => {
  const call = { task: "reply" as const, agent: "engagement", intent: "greeting", entities: [], articles: [], customer: { firstName: "Lena", verified: false, language: "de" }, offersMembership: false };
  assert.match(composeReply(call, "Hallo"), /^Hallo Lena! Ich helfe Ihnen/);
  assert.match(composeReply({ ...call, agent: "transactions", intent: "track_order", customer: { ...call.customer, language: "fr" } }, "euh"), /^Je veux être sûr de bien faire/);
});

test("a request no action carries out is answered from the article the desk was given for it", () => {
  const deletion: DeskArticle = { slug: "delete-account-and-data", language: "en", title: "Delete your account", body: "You can delete your account under Settings → Privacy.", section: null, confidence: 0.95 };
  const call = { task: "reply" as const, agent: "account", intent: "delete_account", entities: [], articles: [deletion], customer: { firstName: null, verified: true, language: "en" }, offersMembership: false };
  assert.match(composeReply(call, "delete my account"), /^You can delete your account under Settings/);
  assert.match(composeReply(call, "delete my account"), /\]\(\/help\/delete-account-and-data\)/);
  // Without one, the specialist asks what to do rather than guessing.
  assert.match(composeReply({ ...call, articles: [] }, "delete my account"), /^I want to be sure I do the right thing/);
});
