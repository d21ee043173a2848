// The console inbox: search over messages and customers, filters, unread counts per person,
// last-message previews and labels that tell anonymous visitors apart.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../lib/db/index";
import { loadInbox } from "../../lib/console/inbox";
import { parseInboxFilters, visitorLabel } from "../../lib/console/inbox-filters";
import { markConversationRead } from "../../lib/console/read-markers";
import { messagePreview } from "../../lib/console/message-preview";
import { appendEvent, recordMessage } from "../../lib/conversation/log";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { createWorkspace, postgresDatabase, postgresSkip, openDatabaseFor, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

function briefOutline(escalation: Pick<HandoffBrief["escalation"], "trigger" | "reason" | "urgency" | "sla_due_at">): HandoffBrief {
  const outline = { handoff_id: "H-1", created_at: new Date().toISOString(), customer: { name: null }, escalation, routing: { assigned_agent_id: null } };
  return outline as unknown as HandoffBrief;
}

function on(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`the inbox on ${name}`, { skip }, () => {
    let db: Db;
    openDatabaseFor(open, (client) => (db = client));

    async function desk(slug: string) {
      const workspace = await createWorkspace(db, slug);
      const person = (name: string) =>
        db.user.create({ data: { workspaceId: workspace.id, email: `${name}@${slug}.example`, name, passwordHash: "x", role: "agent", skills: [], languages: ["en"], presence: "online" } });
      const [ada, ben] = [await person("Ada"), await person("Ben")];
      const customer = (name: string, email: string, tier: "free" | "premium") => db.customer.create({ data: { workspaceId: workspace.id, name, email, tier } });
      const chat = async (data: { customerId?: string; language?: string; pageUrl?: string; pageTitle?: string; status?: "open" | "waiting_human" | "with_human" | "resolved"; assigneeId?: string }, lines: [author: "customer" | "ai" | "human" | "system", body: string][]) => {
        const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, ...data } });
        for (const [author, body] of lines) await recordMessage(db, { conversationId: conversation.id, author, body });
        return conversation;
      };
      return { workspace, ada, ben, customer, chat, me: { id: ada.id, workspaceId: workspace.id } };
    }

    test("search finds conversations by the customer's name, their email and words anyone wrote in the chat, ignoring case", async () => {
      const { customer, chat, me } = await desk(`inbox-search-${name.toLowerCase()}`);
      const maya = await customer("Maya Ortega", "maya@shop.example", "premium");
      const lee = await customer("Lee Park", "lee@shop.example", "free");
      const damaged = await chat({ customerId: maya.id }, [["customer", "My blender arrived CRACKED"], ["ai", "Sorry to hear that, I can arrange a replacement."]]);
      const invoice = await chat({ customerId: lee.id }, [["customer", "Where is my invoice?"]]);

      const ids = async (q: string) => (await loadInbox(db, me, "all", parseInboxFilters({ q }))).map((r) => r.id);
      assert.deepEqual(await ids("cracked"), [damaged.id]);
      assert.deepEqual(await ids("replacement"), [damaged.id]);
      assert.deepEqual(await ids("maya ORTEGA"), [damaged.id]);
      assert.deepEqual(await ids("lee@shop"), [invoice.id]);
      assert.deepEqual(await ids("refund"), []);
      assert.equal((await loadInbox(db, me, "all", parseInboxFilters({}))).length, 2);
    });

    test("filters narrow by status, assignee, trigger, language, tier and page, and a chosen status reaches resolved conversations", async () => {
      const { workspace, customer, chat, me, ben } = await desk(`inbox-filters-${name.toLowerCase()}`);
      const vip = await customer("Vic", "vic@shop.example", "premium");
      const spanish = await chat({ language: "es", pageUrl: "https://shop.example/checkout", pageTitle: "Checkout" }, [["customer", "Hola"]]);
      const premium = await chat({ customerId: vip.id, status: "waiting_human" }, [["customer", "Person please"]]);
      const bens = await chat({ status: "with_human", assigneeId: ben.id, pageUrl: "https://shop.example/returns" }, [["customer", "Return?"]]);
      const closed = await chat({ status: "resolved" }, [["customer", "Thanks!"]]);
      await appendEvent(db, {
        workspaceId: workspace.id,
        conversationId: premium.id,
        type: "handoff_brief",
        // The parts of a stored brief the inbox reads; the rest of a real brief does not matter here.
        payload: { brief: briefOutline({ trigger: "customer_request", reason: "Asked for a person", urgency: "medium", sla_due_at: null }) },
        actor: { type: "system" },
      });

      const ids = async (params: Record<string, string>, view: "all" | "mine" | "waiting" = "all") => (await loadInbox(db, me, view, parseInboxFilters(params))).map((r) => r.id).sort();
      assert.deepEqual(await ids({ language: "es" }), [spanish.id]);
      assert.deepEqual(await ids({ tier: "premium" }), [premium.id]);
      assert.deepEqual(await ids({ trigger: "customer_request" }), [premium.id]);
      assert.deepEqual(await ids({ trigger: "sentiment" }), []);
      assert.deepEqual(await ids({ assignee: ben.id }), [bens.id]);
      assert.deepEqual(await ids({ assignee: "unassigned", status: "waiting_human" }), [premium.id]);
      assert.deepEqual(await ids({ page: "checkout" }), [spanish.id]);
      assert.deepEqual(await ids({ page: "/returns" }), [bens.id]);
      assert.deepEqual(await ids({}), [spanish.id, premium.id, bens.id].sort());
      assert.deepEqual(await ids({ status: "resolved" }), [closed.id]);
      // Unreadable values are dropped, not applied: the inbox still opens.
      assert.deepEqual(parseInboxFilters({ tier: "platinum", status: "deleted", language: "English!", q: "  " }), {});
    });

    test("unread counts are per person, count only the customer's messages since that person last read, and a read marker never moves back", async () => {
      const { chat, me, ben, workspace } = await desk(`inbox-unread-${name.toLowerCase()}`);
      const conversation = await chat({}, [["customer", "Hi"], ["ai", "Hello! How can I help?"], ["customer", "My parcel is late"]]);
      const unreadFor = async (userId: string) => (await loadInbox(db, { id: userId, workspaceId: workspace.id }, "all")).find((r) => r.id === conversation.id)!.unread;
      assert.equal(await unreadFor(me.id), 2);

      await markConversationRead(db, me.id, conversation.id, 3);
      assert.equal(await unreadFor(me.id), 0);
      assert.equal(await unreadFor(ben.id), 2);

      await recordMessage(db, { conversationId: conversation.id, author: "customer", body: "Hello?" });
      await recordMessage(db, { conversationId: conversation.id, author: "ai", body: "Checking now." });
      assert.equal(await unreadFor(me.id), 1);

      // A page rendered from an older read does not mark fewer messages read.
      await markConversationRead(db, me.id, conversation.id, 2);
      assert.equal(await unreadFor(me.id), 1);
      await Promise.all([markConversationRead(db, me.id, conversation.id, 5), markConversationRead(db, ben.id, conversation.id, 5), markConversationRead(db, ben.id, conversation.id, 4)]);
      assert.equal(await unreadFor(me.id), 0);
      assert.equal(await unreadFor(ben.id), 0);
    });

    test("each row previews the last message as plain words and labels anonymous visitors by the email they left, else their page", async () => {
      const { chat, me, workspace, customer } = await desk(`inbox-labels-${name.toLowerCase()}`);
      const known = await customer("Noor Haddad", "noor@shop.example", "free");
      const named = await chat({ customerId: known.id }, [["customer", "hi"], ["ai", "See **30 days of delivery** in [Our return policy](/help/return-policy)."]]);
      const onPage = await chat({ pageUrl: "https://shop.example/pricing", pageTitle: "Pricing" }, [["customer", "How much is Pro?"]]);
      const bare = await chat({ pageUrl: "https://shop.example/cart?x=1" }, [["customer", "hello"]]);
      const leftEmail = await chat({ pageTitle: "Pricing" }, [["customer", "call me"]]);
      await appendEvent(db, { workspaceId: workspace.id, conversationId: leftEmail.id, type: "async_requested", payload: { kind: "email", email: "sam@mail.example", note: null, previousStatus: "open" }, actor: { type: "customer" } });

      const rows = new Map((await loadInbox(db, me, "all")).map((r) => [r.id, r]));
      assert.equal(rows.get(named.id)!.label, "Noor Haddad");
      assert.deepEqual(rows.get(named.id)!.preview, { author: "ai", text: "See 30 days of delivery in Our return policy." });
      assert.equal(rows.get(onPage.id)!.label, "Visitor on “Pricing”");
      assert.deepEqual(rows.get(onPage.id)!.preview, { author: "customer", text: "How much is Pro?" });
      assert.equal(rows.get(bare.id)!.label, "Visitor on shop.example/cart");
      assert.equal(rows.get(leftEmail.id)!.label, "sam@mail.example");
      assert.equal(visitorLabel({ contactEmail: null, pageTitle: null, pageUrl: "not a url" }), "Visitor");
      assert.equal(messagePreview("x".repeat(300)).length, 120);
    });
  });
}

on("SQLite", sqliteDatabase);
on("PostgreSQL", () => postgresDatabase("inbox"), await postgresSkip());
