// The demo store's account actions are real: the AI's password-reset and email-change replies
// match an email in the outgoing mailbox whose one-time link changes the shop account once.
import { test } from "node:test";
import assert from "node:assert/strict";
import bcrypt from "bcryptjs";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { confirmEmailWithLink, PASSWORD_RESET_MINUTES, resetPasswordWithLink, sendPasswordReset } from "../../lib/business/account";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { openDemoDatabaseFor, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

async function say(conversationId: string, body: string) {
  const sent = await handleCustomerMessage({ conversationId, body });
  return sent.turn;
}

async function lastAiReply(conversationId: string) {
  return (await db.message.findFirstOrThrow({ where: { conversationId, author: "ai" }, orderBy: { seq: "desc" } })).body;
}

function tokenIn(body: string, path: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(body);
  assert.ok(match, `the email links to ${path}: ${body}`);
  return match[1]!;
}

let customersUsed = 0;

/** A customer of the demo store no earlier test wrote to or chatted as (several chats in a day would look like an anomaly). */
async function customerWithoutMail() {
  const customer = await db.customer.findFirstOrThrow({ where: { workspaceId }, orderBy: { createdAt: "asc" }, skip: 3 + customersUsed++ });
  await db.outboundEmail.deleteMany({ where: { to: customer.email } });
  return customer;
}

test("a password reset the AI says it sent is in the mailbox, and its link sets the shop password once", async () => {
  const customer = await customerWithoutMail();
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  const outcome = await say(conversation.id, "I forgot my password, please send me a reset link");
  assert.equal(outcome?.specialist, "account");
  const reply = await lastAiReply(conversation.id);
  assert.match(reply, /password-reset link/);
  assert.match(reply, new RegExp(`${PASSWORD_RESET_MINUTES} minutes`));

  const emails = await db.outboundEmail.findMany({ where: { workspaceId, to: customer.email } });
  assert.equal(emails.length, 1, "one email went to the address on file");
  assert.ok(!reply.includes(tokenIn(emails[0]!.body, "/account/reset")), "the chat never shows the link");

  const token = tokenIn(emails[0]!.body, "/account/reset");
  const used = await resetPasswordWithLink(db, token, "a new long password");
  assert.equal(used.ok, true);
  const updated = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
  assert.ok(updated.passwordHash && (await bcrypt.compare("a new long password", updated.passwordHash)), "the shop account has the new password");

  const again = await resetPasswordWithLink(db, token, "someone else's password");
  assert.equal(again.ok, false, "the link works once");
  assert.ok(await bcrypt.compare("a new long password", (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).passwordHash!));

  const action = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "action_taken" } });
  assert.equal((action.payload as { result: string }).result, "password_reset_sent");
});

test("a password-reset link stops working once it expires", async () => {
  const customer = await customerWithoutMail();
  const sentAt = new Date(Date.now() - (PASSWORD_RESET_MINUTES + 1) * 60_000);
  await sendPasswordReset(db, { workspaceId, customerId: customer.id, linkBase: "http://localhost:3000", actor: { type: "ai", id: "account" }, now: sentAt });
  const email = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId, to: customer.email } });
  const used = await resetPasswordWithLink(db, tokenIn(email.body, "/account/reset"), "a new long password");
  assert.equal(used.ok, false);
  assert.equal((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).passwordHash, customer.passwordHash);
});

test("an email change is confirmed from the new address: the account email changes once, when the link is used", async () => {
  const customer = await customerWithoutMail();
  const newEmail = "sam@example.net";
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  await say(conversation.id, `Update my account email to ${newEmail}`);
  assert.match(await lastAiReply(conversation.id), new RegExp(`confirmation link to ${newEmail}`));
  assert.equal((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email, customer.email, "nothing changes before the link is used");

  const confirmation = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId, to: newEmail } });
  const notice = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId, to: customer.email } });
  assert.match(notice.body, new RegExp(newEmail), "the old address hears of the change");
  assert.doesNotMatch(notice.body, /\/account\/confirm-email\//, "only the new address can confirm");

  const token = tokenIn(confirmation.body, "/account/confirm-email");
  const used = await confirmEmailWithLink(db, token);
  assert.deepEqual(used, { ok: true, value: { email: newEmail } });
  assert.equal((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email, newEmail);
  assert.equal((await confirmEmailWithLink(db, token)).ok, false, "the link works once");
  assert.equal(await db.auditLog.count({ where: { targetId: customer.id, action: "account.email_changed" } }), 1);
});

test("an email change to an address another account has is refused, and the AI says so", async () => {
  const customer = await customerWithoutMail();
  const other = await db.customer.findFirstOrThrow({ where: { workspaceId, id: { not: customer.id } } });
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  await say(conversation.id, `Update my account email to ${other.email}`);
  const reply = await lastAiReply(conversation.id);
  assert.match(reply, /couldn't change your account email/);
  assert.doesNotMatch(reply, /I've sent/);
  assert.equal(await db.outboundEmail.count({ where: { workspaceId, to: other.email, subject: "Confirm your new email address" } }), 0);
});

test("with no system connected for password resets, the AI says it cannot, sends nothing, and the brief does not mark it a success", async () => {
  const customer = await customerWithoutMail();
  await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: { actions: { passwordReset: { type: "none" } } } } });
  try {
    const conversation = await startTestConversation(db, workspaceId, customer.id, true);
    const outcome = await say(conversation.id, "I forgot my password, please send me a reset link");
    const reply = await lastAiReply(conversation.id);
    assert.match(reply, /can't send you a password-reset link myself/);
    assert.match(reply, /nothing has been changed/);
    assert.equal(await db.outboundEmail.count({ where: { workspaceId, to: customer.email } }), 0);
    assert.equal(outcome?.decision.primaryTrigger, "action_failed");
    const brief = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "handoff_brief" } });
    const actions = (brief.payload as unknown as { brief: HandoffBrief }).brief.actions_taken;
    assert.deepEqual(actions.map((a) => [a.action, a.result]), [["sendPasswordReset", "failed"]]);
    assert.match(actions[0]!.detail, /no business system is connected/);
  } finally {
    await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: null as never } });
  }
});

test("a production desk that does not know its public address sends no link that would not open, and says so", async () => {
  const customer = await customerWithoutMail();
  const saved = { mode: process.env.DESK_MODE, url: process.env.DESK_PUBLIC_URL, nextauth: process.env.NEXTAUTH_URL };
  process.env.DESK_MODE = "production";
  delete process.env.DESK_PUBLIC_URL;
  delete process.env.NEXTAUTH_URL;
  try {
    const conversation = await startTestConversation(db, workspaceId, customer.id, true);
    await say(conversation.id, "I forgot my password, please send me a reset link");
    assert.match(await lastAiReply(conversation.id), /can't send you a password-reset link myself/);
    assert.equal(await db.outboundEmail.count({ where: { workspaceId, to: customer.email } }), 0);
    const brief = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "handoff_brief" } });
    assert.match(JSON.stringify(brief.payload), /DESK_PUBLIC_URL is not set/);
  } finally {
    for (const [key, value] of [["DESK_MODE", saved.mode], ["DESK_PUBLIC_URL", saved.url], ["NEXTAUTH_URL", saved.nextauth]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});

test("a reset link opened twice at once sets one password", async () => {
  const customer = await customerWithoutMail();
  await sendPasswordReset(db, { workspaceId, customerId: customer.id, linkBase: "http://localhost:3000", actor: { type: "ai", id: "account" } });
  const email = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId, to: customer.email } });
  const token = tokenIn(email.body, "/account/reset");
  const results = await Promise.all([resetPasswordWithLink(db, token, "first long password"), resetPasswordWithLink(db, token, "second long password")]);
  assert.equal(results.filter((r) => r.ok).length, 1);
  const hash = (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).passwordHash!;
  const winner = results[0]!.ok ? "first long password" : "second long password";
  assert.ok(await bcrypt.compare(winner, hash), "the password is the one whose request won");
  assert.equal(await db.auditLog.count({ where: { targetId: customer.id, action: "account.password_reset" } }), 1);
});
