// The email one-time code under parallel guessing, on SQLite and on PostgreSQL: the attempt limit
// holds however many guesses arrive at once, and a right code verifies the chat once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createDb, type Db } from "../../lib/db/index";
import { confirmVerificationCode, requestVerificationCode } from "../../lib/widget/email-verification";
import { MAX_ATTEMPTS } from "../../lib/widget/verification-code";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const SECRET = "code-race-secret";

function codeRaces(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`email code guessing on ${name}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;
    let n = 0;

    /** A chat whose customer has just been emailed a code; returns the chat and the emailed code. */
    async function chatAwaitingCode() {
      const workspace = await createWorkspace(db, `codes-${++n}`);
      const email = `shopper-${n}@codes.example`;
      await db.customer.create({ data: { workspaceId: workspace.id, name: "Rosa Diaz", email } });
      const conversation = await db.conversation.create({ data: { workspaceId: workspace.id } });
      const claims = { conversationId: conversation.id, workspaceId: workspace.id, expiresAt: Date.now() + 3_600_000 };
      assert.deepEqual(await requestVerificationCode(db, claims, email, SECRET), { ok: true });
      const mail = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId: workspace.id, to: email } });
      const code = /verification code is (\d{6})/.exec(mail.body)?.[1];
      assert.ok(code, mail.body);
      return { claims, code, conversationId: conversation.id };
    }

    const wrongCodes = (right: string, count: number) =>
      Array.from({ length: count }, (_, i) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, "0"));

    before(async () => {
      database = await open();
      db = await createDb(database.url);
    });
    after(async () => {
      await db?.$disconnect();
      await database?.drop();
    });

    test(`200 parallel wrong guesses are checked at most ${MAX_ATTEMPTS} times, and then the right code is refused`, async () => {
      const { claims, code, conversationId } = await chatAwaitingCode();
      const outcomes = await Promise.all(wrongCodes(code, 200).map((guess) => confirmVerificationCode(db, claims, guess, SECRET)));
      assert.equal(outcomes.filter((o) => o.ok).length, 0);
      // Every guess the desk compares is counted on the code; the rest were turned away unread.
      const stored = await db.verificationCode.findFirstOrThrow({ where: { conversationId } });
      assert.equal(stored.attempts, MAX_ATTEMPTS, `${stored.attempts} guesses were checked`);
      assert.ok(outcomes.filter((o) => !o.ok && o.reason === "too_many_attempts").length >= 200 - MAX_ATTEMPTS);

      assert.deepEqual(await confirmVerificationCode(db, claims, code, SECRET), { ok: false, reason: "too_many_attempts" });
      const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
      assert.equal(conversation.customerId, null, "the chat was not verified");
    });

    test("the right code sent from several tabs at once verifies the chat once", async () => {
      const { claims, code, conversationId } = await chatAwaitingCode();
      const outcomes = await Promise.all(Array.from({ length: MAX_ATTEMPTS }, () => confirmVerificationCode(db, claims, code, SECRET)));
      assert.equal(outcomes.filter((o) => o.ok).length, 1);
      const events = await db.conversationEvent.findMany({ where: { conversationId, type: "verification" } });
      assert.equal(events.filter((e) => (e.payload as { stage?: string }).stage === "verified").length, 1);
    });

    test("a customer who mistypes is told how many tries are left and still gets in", async () => {
      const { claims, code } = await chatAwaitingCode();
      const [typo] = wrongCodes(code, 1);
      assert.deepEqual(await confirmVerificationCode(db, claims, typo, SECRET), { ok: false, reason: "wrong", attemptsLeft: MAX_ATTEMPTS - 1 });
      assert.deepEqual(await confirmVerificationCode(db, claims, code, SECRET), { ok: true, name: "Rosa" });
      assert.deepEqual(await confirmVerificationCode(db, claims, code, SECRET), { ok: false, reason: "used" });
    });
  });
}

codeRaces("SQLite", sqliteDatabase);
codeRaces("PostgreSQL", () => postgresDatabase("codes"), await postgresSkip());
