// Data-access code shared by the SQLite and PostgreSQL tests: the same calls must behave the
// same on both providers.
import assert from "node:assert/strict";
import { ActorType, ConversationStatus, MessageAuthor, Prisma, Role, type Db } from "../../lib/db/index";
import { isUniqueViolation } from "../../lib/db/unique-violation";
import { insertEvents } from "../../lib/conversation/event-insert";

export async function exerciseDataAccess(db: Db): Promise<void> {
  const slug = `acme-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const created = await db.workspace.create({
    data: {
      name: "Acme",
      slug,
      widgetSettings: { color: "#0f766e", position: "right", languages: ["en", "es"] },
      widgetSecret: "secret",
      escalationPolicy: { frustration: 0.7 },
      businessHours: { mon: ["09:00", "17:00"] },
      authorityLimits: { refundCents: 5000 },
      slaPolicy: { pro: { firstResponse: 300 } },
    },
  });
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug } });
  assert.equal(workspace.id, created.id);
  assert.equal(workspace.timezone, "UTC");
  assert.deepEqual(workspace.widgetSettings, { color: "#0f766e", position: "right", languages: ["en", "es"] });
  assert.ok(workspace.createdAt instanceof Date);

  // Enums, Json lists, relations, defaults.
  const agent = await db.user.create({
    data: {
      workspaceId: workspace.id,
      email: `${slug}@example.com`,
      name: "Ana",
      passwordHash: "x",
      role: Role.supervisor,
      skills: ["billing", "orders"],
      languages: ["en"],
    },
  });
  assert.equal(agent.role, "supervisor");
  assert.equal(agent.presence, "offline");
  assert.deepEqual(agent.skills, ["billing", "orders"]);

  // An interactive transaction: the conversation projection and its messages together.
  const conversation = await db.$transaction(async (tx) => {
    const c = await tx.conversation.create({ data: { workspaceId: workspace.id, assigneeId: agent.id } });
    for (const [seq, body] of ["Hi", "Where is order 4512?"].entries()) {
      await tx.message.create({
        data: { conversationId: c.id, seq: seq + 1, author: MessageAuthor.customer, body, clientMessageId: `m${seq}` },
      });
    }
    return tx.conversation.update({
      where: { id: c.id },
      data: { lastSeq: 2, status: ConversationStatus.waiting_human },
    });
  });
  const loaded = await db.conversation.findUniqueOrThrow({
    where: { id: conversation.id },
    include: { messages: { orderBy: { seq: "asc" } }, assignee: true },
  });
  assert.equal(loaded.status, "waiting_human");
  assert.deepEqual(
    loaded.messages.map((m) => m.body),
    ["Hi", "Where is order 4512?"],
  );
  assert.equal(loaded.assignee?.email, agent.email);

  // Unique constraints surface as P2002 (the widget's resend de-duplication relies on it).
  await assert.rejects(
    db.message.create({
      data: { conversationId: conversation.id, seq: 3, author: MessageAuthor.customer, body: "dup", clientMessageId: "m0" },
    }),
    (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002",
  );
  // Foreign keys are enforced (SQLite only does so when asked to).
  await assert.rejects(
    db.message.create({ data: { conversationId: "missing", seq: 1, author: MessageAuthor.ai, body: "x" } }),
    (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2003",
  );
  // Events of one moment written as one plain INSERT read back as they were given, in that order,
  // and a taken once-key is a unique violation as from Prisma's own queries.
  const moment = new Date("2026-03-04T05:06:07.089Z");
  const rows = ["classification", "turn_signals", "escalation_decision"].map((type, n) => ({
    workspaceId: workspace.id,
    conversationId: conversation.id,
    type,
    payload: { n, text: 'é "quoted"', list: [1, { nested: null }] },
    actorType: ActorType.ai,
    actorId: "triage",
    createdAt: moment,
  }));
  const stored = await insertEvents(db, [...rows, { ...rows[0]!, type: "note", createdAt: undefined, onceKey: `once-${slug}` }]);
  const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  assert.deepEqual(events, stored);
  assert.deepEqual(
    events.map((e) => [e.type, e.payload]),
    [...rows.map((row) => [row.type, row.payload]), ["note", rows[0]!.payload]],
  );
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, createdAt: { gte: moment, lte: moment } } }), 3);
  await assert.rejects(insertEvents(db, [{ ...rows[1]!, onceKey: `once-${slug}` }]), isUniqueViolation);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id } }), 4);

  // Cascading deletes.
  await db.workspace.delete({ where: { id: workspace.id } });
  assert.equal(await db.message.count({ where: { conversationId: conversation.id } }), 0);
}
