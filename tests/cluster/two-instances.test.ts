// Two desk instances on one PostgreSQL database with Redis, driven at the same moment over HTTP
// and sockets the way customers, staff and attackers reach a deployment behind a load balancer.
// Whatever must happen once (a refund, an owner, a decision, a handoff, a turn, a code check) must
// happen once across both, because each instance only knows its own memory.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Db, Workspace } from "../../lib/db/index";
import { decideRefundEligibility } from "../../lib/business/refund-policy";
import { formatMoney } from "../../lib/business/money";
import { demoPasswords, demoStaff } from "../../lib/demo/people";
import { identityHash } from "../../lib/widget/identity";
import { parseWorkspaceSettings } from "../../lib/workspace/settings";
import {
  attachChat,
  clusterSuiteOptions,
  DeskCluster,
  eventually,
  missingServices,
  openChat,
  postJson,
  signIn,
  staffSocket,
  warmIntentModel,
  type DeskInstance,
  type DeskSocket,
  type WidgetChat,
} from "./harness";

const missing = await missingServices();

const allWeek = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [["00:00", "24:00"]]]));

describe("two instances on one PostgreSQL database with Redis", clusterSuiteOptions(missing), () => {
  const cluster = new DeskCluster();
  const sockets: { close(): void }[] = [];
  let one: DeskInstance;
  let two: DeskInstance;
  let db: Db;
  let workspace: Workspace;
  const usedCustomers = new Set<string>();

  before(async () => {
    if (missing) throw new Error(`CI=true but the concurrency suite cannot run: ${missing}`);
    await warmIntentModel();
    [one, two] = await cluster.add(2);
    // The first instance seeds the demo store alone; instances racing for the first start have their own test.
    await cluster.start([one]);
    await cluster.start([two]);
    db = await cluster.database();
    workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
    // Handoffs queue for a person live whatever the hour the suite runs at, instead of going to the after-hours path.
    const admin = await signIn(one, "admin@lumen.example", demoPasswords.admin);
    const response = await fetch(`${one.url}/api/workspace/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json", origin: one.url, cookie: admin },
      body: JSON.stringify({ businessHours: allWeek }),
    });
    assert.equal(response.status, 200, `opening the desk around the clock: ${await response.text()}`);
  });

  after(async () => {
    for (const socket of sockets) socket.close();
    if (!missing) await cluster.stop();
  });

  function keep<T extends { close(): void }>(socket: T): T {
    sockets.push(socket);
    return socket;
  }

  async function chat(instance: DeskInstance, body: Record<string, unknown> = {}): Promise<WidgetChat> {
    return keep(await openChat(instance, body));
  }

  async function staff(instance: DeskInstance, email: string): Promise<DeskSocket> {
    const person = demoStaff.find((s) => s.email === email)!;
    return keep(await staffSocket(instance, await signIn(instance, email, demoPasswords[person.role])));
  }

  /** A demo shopper signed in on the host site, and one of their delivered orders the store would still refund. */
  async function shopperWithOrder(kind: "within the AI's limit" | "above the AI's limit") {
    const limit = parseWorkspaceSettings(workspace).authority.refundCents;
    const orders = await db.order.findMany({
      where: { workspaceId: workspace.id, status: "delivered", refundedCents: 0, totalCents: kind === "within the AI's limit" ? { lte: limit } : { gt: limit }, customer: { externalId: { not: null } } },
      include: { customer: true },
      orderBy: { number: "asc" },
    });
    const order = orders.find((o) => !usedCustomers.has(o.customerId) && decideRefundEligibility(o, new Date(), null).eligible);
    assert.ok(order, `the demo store has a refundable delivered order ${kind}`);
    usedCustomers.add(order.customerId);
    const userId = order.customer.externalId!;
    // What the shop's own server would compute for its signed-in customer, with the workspace's widget secret.
    return { identity: { userId, userHash: identityHash(userId, workspace.widgetSecret) }, order };
  }

  /** Ids of the customer messages that have a decision trail (a classification), once per trail. */
  async function turnsTaken(conversationId: string): Promise<string[]> {
    const events = await db.conversationEvent.findMany({ where: { conversationId, type: "classification" }, select: { payload: true } });
    return events.map((e) => (e.payload as { messageId: string }).messageId);
  }

  test("one customer asking in six chats at once for the same refund is paid once, and only a chat that was paid is told so", async () => {
    const { identity, order } = await shopperWithOrder("within the AI's limit");
    const chats = await Promise.all([one, two, one, two, one, two].map((instance) => chat(instance, identity)));
    const acks = await Promise.all(chats.map((c) => c.say(`I'd like a refund for order #${order.number}, please.`)));
    assert.ok(acks.every((a) => a.ok), `every message was taken: ${JSON.stringify(acks)}`);
    // Six chats of one customer within seconds may rightly be handed to a person (the contact
    // anomaly trigger): that chat's answer is the desk's notice instead of the AI's.
    const replies = await Promise.all(chats.map((c) => c.waitForMessage("the answer to the refund request", (m) => m.author === "ai" || m.author === "system")));

    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    const paid = after.refunds.filter((r) => r.status === "completed");
    const paidCents = paid.reduce((sum, r) => sum + r.amountCents, 0);
    assert.ok(paidCents <= order.totalCents, `refunded ${formatMoney(paidCents)} on a ${formatMoney(order.totalCents)} order (${paid.length} refunds)`);
    assert.ok(after.refundedCents <= order.totalCents, `the order's refunded total ${formatMoney(after.refundedCents)} is within its ${formatMoney(order.totalCents)}`);
    assert.ok(paid.length <= 1, `the order was refunded ${paid.length} times`);
    const toldRefunded = replies.filter((m) => /I've refunded/i.test(m.body));
    assert.equal(toldRefunded.length, paid.length, `chats told "refunded" for ${paid.length} payment(s):\n${replies.map((m) => `  ${m.body}`).join("\n")}`);
  });

  test("200 guesses of an email code at once across both instances: five are checked, the rest refused, and the right code is refused after", async () => {
    const customer = await db.customer.findFirstOrThrow({ where: { workspaceId: workspace.id, id: { notIn: [...usedCustomers] } }, orderBy: { email: "asc" } });
    usedCustomers.add(customer.id);
    const visitor = await chat(one);
    const asked = await postJson(one, "/api/widget/verification", { email: customer.email }, visitor.token);
    assert.equal(asked.status, 202, JSON.stringify(asked.json));
    const email = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId: workspace.id, to: customer.email }, orderBy: { createdAt: "desc" } });
    const code = email.body.match(/\b(\d{6})\b/)?.[1];
    assert.ok(code, "the email carries the code");

    const wrong = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
    // The right code rides at the back of the burst: a desk that checks at most five guesses has
    // refused everything by then, while one that checks each guess against a stale count lets it in.
    const guesses = Array.from({ length: 200 }, (_, i) => ([150, 175, 199].includes(i) ? code : wrong(i)));
    const answers = await Promise.all(guesses.map((guess, i) => postJson(i % 2 ? two : one, "/api/widget/verification/confirm", { code: guess }, visitor.token)));

    const verified = answers.filter((a) => a.status === 200);
    assert.equal(verified.length, 0, `a guess in the burst verified the chat: ${JSON.stringify(verified)}`);
    const checked = answers.filter((a) => a.json.reason === "wrong");
    assert.ok(checked.length <= 5, `${checked.length} guesses were checked`);
    const refused = answers.filter((a) => a.json.reason === "too_many_attempts" || a.status === 429);
    assert.equal(checked.length + refused.length, guesses.length, `every other guess is refused as too many: ${JSON.stringify(answers.filter((a) => !checked.includes(a) && !refused.includes(a)).slice(0, 3))}`);

    // Each guess compared with the code is counted on it, so the count says how many were checked,
    // whichever answer a guess got.
    const stored = await db.verificationCode.findFirstOrThrow({ where: { conversationId: visitor.conversationId } });
    assert.ok(stored.attempts <= 5, `${stored.attempts} guesses were compared with the code`);

    const late = await postJson(two, "/api/widget/verification/confirm", { code }, visitor.token);
    assert.notEqual(late.status, 200, "the right code after the burst is refused");
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: visitor.conversationId } });
    assert.equal(conversation.customerId, null, "the chat is not tied to the customer");
  });

  test("three claims of one queued conversation at once on different instances: one owner, and the customer hears once who joined", async () => {
    const customer = await chat(two);
    assert.ok((await customer.say("I want to talk to a real person right now, please.")).ok);
    await eventually("the conversation to wait in the queue", async () => (await db.conversation.findUniqueOrThrow({ where: { id: customer.conversationId } })).status === "waiting_human");

    const people = [
      { email: "maya@lumen.example", socket: await staff(one, "maya@lumen.example") },
      { email: "camille@lumen.example", socket: await staff(two, "camille@lumen.example") },
      { email: "maya@lumen.example", socket: await staff(two, "maya@lumen.example") },
    ];
    const acks = await Promise.all(people.map((p) => p.socket.timeout(30_000).emitWithAck("console:claim", { conversationId: customer.conversationId })));

    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: customer.conversationId }, include: { assignee: true } });
    assert.ok(conversation.assignee, "someone has it");
    const takeovers = (await db.conversationEvent.findMany({ where: { conversationId: customer.conversationId, type: "ownership_changed" } })).filter(
      (e) => (e.payload as { to?: { kind?: string } }).to?.kind === "human",
    );
    assert.equal(takeovers.length, 1, "one change of owner to a person");
    const toldOk = people.filter((_, i) => acks[i]!.ok).map((p) => p.email);
    assert.ok(toldOk.length >= 1 && toldOk.every((email) => email === conversation.assignee!.email), `only the owner (${conversation.assignee.email}) is told they have it; told: ${toldOk}`);

    const joined = await db.message.findMany({ where: { conversationId: customer.conversationId, author: "system", body: { contains: "joined the conversation" } } });
    assert.equal(joined.length, 1, `the customer was told: ${joined.map((m) => m.body).join(" / ")}`);
    await customer.waitForMessage("the joined notice", (m) => m.id === joined[0]!.id);
  });

  /** A refund above the AI's limit, waiting for a person: the chat, the order and the approval request. */
  async function pendingApproval() {
    const { identity, order } = await shopperWithOrder("above the AI's limit");
    const customer = await chat(one, identity);
    const amount = formatMoney(order.totalCents, order.currency);
    assert.ok((await customer.say(`I want a refund of ${amount} for order #${order.number}, it arrived broken.`)).ok);
    await customer.waitForMessage("the AI passing the refund to the team", (m) => m.author === "ai" && /review/i.test(m.body));
    const request = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: customer.conversationId, type: "approval_requested" }, orderBy: { createdAt: "asc" } });
    return { customer, order, request };
  }

  /** The supervisor on one instance and the admin on the other decide the same request at the same moment. */
  async function decideFromBoth(conversationId: string, approvalEventId: string, decision: { decision: "approve" } | { decision: "deny"; reason: string }) {
    const deciders = [await staff(one, "supervisor@lumen.example"), await staff(two, "admin@lumen.example")];
    const acks = await Promise.all(deciders.map((socket) => socket.timeout(30_000).emitWithAck("console:decide_approval", { conversationId, approvalEventId, ...decision })));
    assert.ok(acks.some((a) => a.ok), `one decision went through: ${JSON.stringify(acks)}`);
    assert.equal(await db.conversationEvent.count({ where: { conversationId, type: "approval_decided" } }), 1, "one approval_decided event");
  }

  test("one approval approved at once from both instances: one decision, one notice to the customer, money paid once", async () => {
    const { customer, order, request } = await pendingApproval();
    await decideFromBoth(customer.conversationId, request.id, { decision: "approve" });

    const notices = await db.message.findMany({ where: { conversationId: customer.conversationId, body: { contains: "approved your refund" } } });
    assert.equal(notices.length, 1, `the customer was told: ${notices.map((m) => m.body).join(" / ")}`);
    const paid = await db.refund.findMany({ where: { orderId: order.id, status: "completed" } });
    assert.equal(paid.length, 1, "one refund paid");
    assert.ok(paid[0]!.amountCents <= order.totalCents);
    await customer.waitForMessage("the approval notice", (m) => m.id === notices[0]!.id);
  });

  test("one approval denied at once from both instances: one decision, one notice to the customer, nothing paid", async () => {
    const { customer, order, request } = await pendingApproval();
    const reason = "The courier's photo shows the parcel intact.";
    await decideFromBoth(customer.conversationId, request.id, { decision: "deny", reason });

    const notices = await db.message.findMany({ where: { conversationId: customer.conversationId, body: { contains: reason } } });
    assert.equal(notices.length, 1, `the customer was told: ${notices.map((m) => m.body).join(" / ")}`);
    assert.equal(await db.refund.count({ where: { orderId: order.id, status: "completed" } }), 0, "nothing paid");
    await customer.waitForMessage("the denial notice", (m) => m.id === notices[0]!.id);
  });

  test("one chat written to on both instances at once is handed off once", async () => {
    const first = await chat(one);
    const second = keep(await attachChat(two, first));
    const acks = await Promise.all([first.say("This is ridiculous, get me a human now."), second.say("I want to speak to a real person!")]);
    assert.ok(acks.every((a) => a.ok), JSON.stringify(acks));
    const messageIds = acks.map((a) => a.messageId!);
    await eventually("both messages' turns", async () => {
      const taken = await turnsTaken(first.conversationId);
      return messageIds.every((id) => taken.includes(id));
    });

    const events = await db.conversationEvent.findMany({ where: { conversationId: first.conversationId, type: { in: ["handoff_brief", "ownership_changed"] } } });
    assert.equal(events.filter((e) => e.type === "handoff_brief").length, 1, "one handoff brief");
    assert.equal(events.filter((e) => e.type === "ownership_changed" && (e.payload as { to?: { kind?: string } }).to?.kind === "queue").length, 1, "queued once");
  });

  test("messages acknowledged by an instance that is then killed get exactly one AI turn each", async () => {
    const customer = await chat(one);
    const questions = ["How long does shipping take?", "What is your returns policy?", "Do you ship to Canada?", "Can I pay with PayPal?", "Do you have gift cards?"];
    const acks = await Promise.all(questions.map((q) => customer.say(q)));
    await one.crash();
    assert.ok(acks.every((a) => a.ok), JSON.stringify(acks));
    const acknowledged = acks.map((a) => a.messageId!);

    one.start();
    await one.healthy();
    await eventually(
      "a turn for every acknowledged message, with none still owed",
      async () => {
        const taken = await turnsTaken(customer.conversationId);
        const owed = await db.message.count({ where: { conversationId: customer.conversationId, turnPending: true } });
        return owed === 0 && acknowledged.every((id) => taken.includes(id));
      },
      90_000,
    );
    const taken = await turnsTaken(customer.conversationId);
    for (const id of acknowledged) assert.equal(taken.filter((t) => t === id).length, 1, `message ${id} had one turn`);
  });
});
