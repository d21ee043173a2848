// Team management against a fresh database: invitations through the outgoing mail (once, until
// they expire), deactivation (no sign-in, no session, conversations back in the queue with the
// reason), password reset by link and a person's own password and name.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { after, before, describe, test } from "node:test";
import bcrypt from "bcryptjs";
import { disconnectDb, getDb, type Db } from "../../lib/db/index";
import { currentOwner } from "../../lib/conversation/ownership";
import { appendEvent, loadConversationLog } from "../../lib/conversation/log";
import { loadAgentAvailability } from "../../lib/handoff/team";
import { acceptInvitation, INVITATION_TTL_MS, inviteMember, openInvitation, revokeInvitation } from "../../lib/team/invitations";
import { deactivateMember, reactivateMember } from "../../lib/team/deactivation";
import { changeOwnName, changeOwnPassword, TeamChangeRefused, updateMemberProfile } from "../../lib/team/members";
import { memberProfileSchema } from "../../lib/team/schemas";
import { FORGOT_PASSWORD_LIMITS, PASSWORD_RESET_TTL_MS, requestPasswordReset, resetPassword, sendPasswordReset } from "../../lib/team/password-reset";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const { verifyStaffCredentials } = createRequire(import.meta.url)("../../lib/auth/options.ts") as typeof import("../../lib/auth/options");

const BASE = "https://desk.example";
const PASSWORD = "correct horse battery";

function teamManagement(provider: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`team management on ${provider}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;
    let n = 0;

    before(async () => {
      database = await open();
      process.env.DATABASE_URL = database.url;
      db = await getDb();
    });
    after(async () => {
      await disconnectDb();
      await database?.drop();
    });

    async function team() {
      const workspace = await createWorkspace(db, `team-${++n}`);
      const admin = await db.user.create({
        data: { workspaceId: workspace.id, email: `admin-${n}@team.example`, name: "Ada Admin", passwordHash: await bcrypt.hash(PASSWORD, 4), role: "admin", skills: [], languages: ["en"] },
      });
      return { workspace, admin, actor: { id: admin.id, workspaceId: workspace.id } };
    }

    async function linkIn(workspaceId: string, to: string): Promise<string> {
      const mail = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId, to }, orderBy: { createdAt: "desc" } });
      const token = /\/signin\/(?:invitation|reset)\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
      assert.ok(token, mail.body);
      return token;
    }

    const signIn = (email: string, password: string) => verifyStaffCredentials({ email, password }, `10.0.0.${n}`);

    test("an invitation arrives by email and its link makes the account once", async () => {
      const { workspace, actor } = await team();
      const email = `new-${n}@team.example`;
      await inviteMember(db, actor, { email, role: "supervisor" }, BASE);
      const mail = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId: workspace.id, to: email } });
      assert.match(mail.subject, /Ada Admin invited you/);
      assert.match(mail.sender ?? "", /team-\d+/);
      const token = await linkIn(workspace.id, email);
      assert.deepEqual(await openInvitation(db, token), { email, role: "supervisor", workspaceName: workspace.name });

      const [first, second] = await Promise.all([
        acceptInvitation(db, token, { name: "Sam Super", password: PASSWORD }),
        acceptInvitation(db, token, { name: "Someone Else", password: PASSWORD }),
      ]);
      assert.equal([first, second].filter((o) => o.ok).length, 1);
      assert.equal(await openInvitation(db, token), null);
      const signedIn = await signIn(email, PASSWORD);
      assert.equal(signedIn?.role, "supervisor");
      assert.equal(await db.user.count({ where: { email } }), 1);
      assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: { in: ["team.member_invited", "team.invitation_accepted"] } } }), 2);
    });

    test("a withdrawn invitation's link stops working", async () => {
      const { workspace, actor } = await team();
      const email = `withdrawn-${n}@team.example`;
      await inviteMember(db, actor, { email, role: "agent" }, BASE);
      const token = await linkIn(workspace.id, email);
      assert.equal(await revokeInvitation(db, actor, email), 1);
      assert.equal(await openInvitation(db, token), null);
      assert.equal((await acceptInvitation(db, token, { name: "Wes Withdrawn", password: PASSWORD })).ok, false);
      await assert.rejects(revokeInvitation(db, actor, email), /no open invitation/);
      assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: "team.invitation_revoked" } }), 1);
    });

    test("an invitation expires, and an address with an account is not invited", async () => {
      const { workspace, actor, admin } = await team();
      const email = `late-${n}@team.example`;
      const sent = new Date("2026-11-01T10:00:00Z");
      await inviteMember(db, actor, { email, role: "agent" }, BASE, sent);
      const token = await linkIn(workspace.id, email);
      const outcome = await acceptInvitation(db, token, { name: "Late Larry", password: PASSWORD }, new Date(sent.getTime() + INVITATION_TTL_MS + 1000));
      assert.equal(outcome.ok, false);
      assert.equal(await db.user.count({ where: { email } }), 0);
      await assert.rejects(inviteMember(db, actor, { email: admin.email, role: "agent" }, BASE), TeamChangeRefused);
    });

    test("a deactivated person cannot sign in or be routed to, and their chats go back to the queue with the reason", async () => {
      const { workspace, actor } = await team();
      const agent = await db.user.create({
        data: { workspaceId: workspace.id, email: `leaving-${n}@team.example`, name: "Lee Leaving", passwordHash: await bcrypt.hash(PASSWORD, 4), role: "agent", skills: ["orders"], languages: ["en"], presence: "online" },
      });
      const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, status: "with_human", assigneeId: agent.id } });
      await appendEvent(db, { workspaceId: workspace.id, conversationId: conversation.id, type: "ownership_changed", payload: { from: { kind: "ai" }, to: { kind: "human", userId: agent.id }, reason: "Routed to Lee." }, actor: { type: "system" } });
      assert.ok(await signIn(agent.email, PASSWORD));

      const { requeued } = await deactivateMember(db, actor, agent.id);
      assert.deepEqual(requeued, [conversation.id]);
      assert.equal(await signIn(agent.email, PASSWORD), null);
      assert.deepEqual((await loadAgentAvailability(db, workspace.id)).map((a) => a.id), []);
      const log = await loadConversationLog(db, conversation.id);
      assert.equal(log.conversation.status, "waiting_human");
      assert.equal(log.conversation.assigneeId, null);
      const owner = currentOwner(log.events);
      assert.equal(owner.kind, "queue");
      assert.match(owner.kind === "queue" ? owner.reason : "", /Lee Leaving was deactivated by Ada Admin/);
      // Deactivating again changes nothing and writes no second audit row.
      await deactivateMember(db, actor, agent.id);
      assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: "team.member_deactivated" } }), 1);

      await reactivateMember(db, actor, agent.id);
      assert.ok(await signIn(agent.email, PASSWORD));
    });

    test("the only admin cannot be deactivated or demoted, nor can anyone deactivate themselves", async () => {
      const { actor, admin } = await team();
      await assert.rejects(deactivateMember(db, actor, admin.id), /yourself/);
      const profile = memberProfileSchema.parse({ role: "agent", skills: ["orders"], languages: ["en"], seniority: "junior", maxConcurrentChats: 3 });
      await assert.rejects(updateMemberProfile(db, actor, admin.id, profile), /only admin/);
    });

    test("two admins demoting or deactivating each other at once leave the workspace an admin", async () => {
      const { workspace, admin, actor } = await team();
      const second = await db.user.create({ data: { workspaceId: workspace.id, email: `second-${n}@team.example`, name: "Bo Second", passwordHash: "x", role: "admin", skills: [], languages: ["en"] } });
      const asSecond = { id: second.id, workspaceId: workspace.id };
      const demote = memberProfileSchema.parse({ role: "agent", skills: [], languages: ["en"], seniority: "junior", maxConcurrentChats: 3 });
      const outcomes = await Promise.allSettled([updateMemberProfile(db, actor, second.id, demote), deactivateMember(db, asSecond, admin.id)]);
      assert.equal(outcomes.filter((o) => o.status === "fulfilled").length, 1, JSON.stringify(outcomes));
      assert.equal(await db.user.count({ where: { workspaceId: workspace.id, role: "admin", active: true } }), 1);
    });

    test("an admin of one workspace cannot touch another workspace's people", async () => {
      const { actor } = await team();
      const other = await team();
      const profile = memberProfileSchema.parse({ role: "agent", skills: [], languages: ["en"], seniority: "junior", maxConcurrentChats: 3 });
      await assert.rejects(updateMemberProfile(db, actor, other.admin.id, profile), /No such person/);
      await assert.rejects(deactivateMember(db, actor, other.admin.id), /No such person/);
      await assert.rejects(sendPasswordReset(db, actor, other.admin.id, BASE), /No such person/);
      const untouched = await db.user.findUniqueOrThrow({ where: { id: other.admin.id } });
      assert.deepEqual({ role: untouched.role, active: untouched.active }, { role: "admin", active: true });
      assert.equal(await db.outboundEmail.count({ where: { to: other.admin.email } }), 0);
    });

    test("an admin sets role, skills, languages, seniority and chat limit; routing sees them", async () => {
      const { workspace, actor } = await team();
      const agent = await db.user.create({ data: { workspaceId: workspace.id, email: `vip-${n}@team.example`, name: "Vic Vip", passwordHash: "x", role: "agent", skills: [], languages: ["en"] } });
      await updateMemberProfile(db, actor, agent.id, { role: "agent", skills: ["vip", "billing"], languages: ["en", "de"], seniority: "senior", maxConcurrentChats: 5 });
      const [seen] = await loadAgentAvailability(db, workspace.id);
      assert.deepEqual({ skills: seen?.skills, languages: seen?.languages, seniority: seen?.seniority, max: seen?.maxConcurrentChats }, { skills: ["vip", "billing"], languages: ["en", "de"], seniority: "senior", max: 5 });
      assert.equal(memberProfileSchema.safeParse({ role: "agent", skills: ["juggling"], languages: ["en"], seniority: "junior", maxConcurrentChats: 3 }).success, false);
      assert.equal(memberProfileSchema.safeParse({ role: "agent", skills: [], languages: ["en"], seniority: "junior", maxConcurrentChats: 0 }).success, false);
      const row = await db.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "team.member_changed", targetId: agent.id } });
      assert.deepEqual((row.detail as { after: { skills: string[] } }).after.skills, ["vip", "billing"]);
    });

    test("a reset link sets a new password once and expires after an hour", async () => {
      const { workspace, actor } = await team();
      const agent = await db.user.create({ data: { workspaceId: workspace.id, email: `forgot-${n}@team.example`, name: "Fay Forgot", passwordHash: await bcrypt.hash(PASSWORD, 4), role: "agent", skills: [], languages: ["en"] } });
      await sendPasswordReset(db, actor, agent.id, BASE);
      const token = await linkIn(workspace.id, agent.email);
      assert.deepEqual(await resetPassword(db, token, "a brand new password"), { ok: true, email: agent.email });
      assert.equal((await resetPassword(db, token, "yet another password")).ok, false);
      assert.ok(await signIn(agent.email, "a brand new password"));
      assert.equal(await signIn(agent.email, PASSWORD), null);

      const sent = new Date("2026-11-01T10:00:00Z");
      await sendPasswordReset(db, actor, agent.id, BASE, sent);
      const late = await linkIn(workspace.id, agent.email);
      assert.equal((await resetPassword(db, late, "too late password", new Date(sent.getTime() + PASSWORD_RESET_TTL_MS + 1))).ok, false);
      assert.ok(await signIn(agent.email, "a brand new password"));
    });

    test("a forgotten password: a link for an active person's address, the same answer for any other, and a limit per account", async () => {
      const { workspace } = await team();
      const agent = await db.user.create({ data: { workspaceId: workspace.id, email: `self-${n}@team.example`, name: "Sol Self", passwordHash: await bcrypt.hash(PASSWORD, 4), role: "agent", skills: [], languages: ["en"] } });
      const address = `192.0.2.${n}`;
      assert.deepEqual(await requestPasswordReset(db, agent.email, address, BASE), { ok: true });
      assert.deepEqual(await requestPasswordReset(db, `nobody-${n}@team.example`, address, BASE), { ok: true });
      assert.equal(await db.outboundEmail.count({ where: { to: `nobody-${n}@team.example` } }), 0);
      const token = await linkIn(workspace.id, agent.email);
      assert.ok((await db.outboundEmail.findFirstOrThrow({ where: { to: agent.email } })).body.startsWith(`Hi Sol Self,\n\nSomeone, hopefully you,`));
      assert.deepEqual(await resetPassword(db, token, "my own new password"), { ok: true, email: agent.email });
      assert.ok(await signIn(agent.email, "my own new password"));

      // Past three requests an hour the account gets no more email, and the answer does not say so.
      for (let i = 0; i < 4; i++) assert.deepEqual(await requestPasswordReset(db, agent.email, `198.51.100.${i}`, BASE), { ok: true });
      assert.equal(await db.outboundEmail.count({ where: { to: agent.email } }), FORGOT_PASSWORD_LIMITS.perEmail);
    });

    test("a person changes their own name, and their password only with the current one", async () => {
      const { workspace, admin, actor } = await team();
      await assert.rejects(changeOwnPassword(db, actor, { currentPassword: "not it", newPassword: "a fresh long password" }), /current password/);
      await changeOwnPassword(db, actor, { currentPassword: PASSWORD, newPassword: "a fresh long password" });
      assert.ok(await signIn(admin.email, "a fresh long password"));
      await changeOwnName(db, actor, "Ada Lovelace");
      assert.equal((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name, "Ada Lovelace");
      assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: { in: ["account.password_changed", "account.name_changed"] } } }), 2);
    });
  });
}

teamManagement("SQLite", sqliteDatabase);
teamManagement("PostgreSQL", () => postgresDatabase("team"), await postgresSkip());
