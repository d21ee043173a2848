// The sign-in throttle under attack, on SQLite and on PostgreSQL: parallel guesses, a second
// instance of the desk sharing the database, one address guessing many accounts, and an owner
// who must still get in from their own device.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import bcrypt from "bcryptjs";
import { disconnectDb, getDb } from "../../lib/db/index";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

// next-auth 4 is CommonJS: required, its default exports resolve as they do in Next's bundle.
const { verifyStaffCredentials } = createRequire(import.meta.url)("../../lib/auth/options.ts") as typeof import("../../lib/auth/options");

type Outcome = "signed_in" | "wrong" | "refused";

async function attempt(email: string, password: string, address: string): Promise<Outcome> {
  try {
    return (await verifyStaffCredentials({ email, password }, address)) ? "signed_in" : "wrong";
  } catch (error) {
    assert.match((error as Error).message, /Too many failed sign-in attempts/);
    return "refused";
  }
}

const tally = (outcomes: Outcome[]) => ({
  signedIn: outcomes.filter((o) => o === "signed_in").length,
  compared: outcomes.filter((o) => o !== "refused").length,
});

/** Attempts made by another process on the same database, as a second instance would. */
async function fromAnotherInstance(url: string, input: { email: string; password: string; address: string; times: number }): Promise<Outcome[]> {
  const script = path.join(import.meta.dirname, "other-instance-sign-in.ts");
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script, JSON.stringify(input)], {
    env: { ...process.env, DATABASE_URL: url },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "[]") as Outcome[];
}

function throttleRaces(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`sign-in throttle on ${name}`, { skip }, () => {
    let database: TestDatabase;
    let n = 0;
    const PASSWORD = "correct horse battery staple";

    /** A staff account of its own for each test, so one test's counters never help another. */
    async function staff(): Promise<string> {
      const db = await getDb();
      const workspace = await createWorkspace(db, `throttle-${++n}`);
      const email = `owner-${n}@throttle.example`;
      await db.user.create({
        data: { workspaceId: workspace.id, email, name: "Owner", passwordHash: await bcrypt.hash(PASSWORD, 4), role: "admin", skills: [], languages: ["en"] },
      });
      return email;
    }

    before(async () => {
      database = await open();
      await disconnectDb();
      process.env.DATABASE_URL = database.url;
    });
    after(async () => {
      await disconnectDb();
      await database?.drop();
    });

    test("of 40 parallel wrong guesses from one address at most 5 are compared; the owner elsewhere still signs in", async () => {
      const email = await staff();
      const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(email, `guess-${i}`, "198.51.100.1")));
      const { compared, signedIn } = tally(guesses);
      assert.equal(signedIn, 0);
      assert.ok(compared >= 1 && compared <= 5, `${compared} of 40 guesses were compared`);

      // The guessing address now waits, even with the right password…
      assert.equal(await attempt(email, PASSWORD, "198.51.100.1"), "refused");
      // …but the account is not locked: its owner signs in from their own address.
      assert.equal(await attempt(email, PASSWORD, "203.0.113.5"), "signed_in");
    });

    test("the right password among 30 wrong ones, after another instance used up the allowance, does not sign in", async () => {
      const email = await staff();
      const address = "198.51.100.2";
      const earlier = await fromAnotherInstance(database.url, { email, password: "wrong", address, times: 5 });
      assert.deepEqual(earlier, ["wrong", "wrong", "wrong", "wrong", "wrong"]);

      const burst = await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => attempt(email, `guess-${i}`, address)),
        attempt(email, PASSWORD, address),
      ]);
      assert.deepEqual(tally(burst), { signedIn: 0, compared: 0 });
      assert.equal(await attempt(email, PASSWORD, "203.0.113.6"), "signed_in");
    });

    test("one address guessing 40 accounts at once is compared at most 30 times", async () => {
      const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`nobody-${n}-${i}@throttle.example`, "guess", "198.51.100.3")));
      const { compared } = tally(guesses);
      assert.ok(compared <= 30, `${compared} of 40 guesses were compared`);
      assert.ok(compared >= 5, `${compared} of 40 guesses were compared`);
    });

    test("someone who mistypes a few times and then gets it right starts again from a clean slate", async () => {
      const email = await staff();
      const address = "198.51.100.4";
      for (let i = 0; i < 4; i++) assert.equal(await attempt(email, "typo", address), "wrong");
      assert.equal(await attempt(email, PASSWORD, address), "signed_in");
      for (let i = 0; i < 4; i++) assert.equal(await attempt(email, "typo", address), "wrong");
      assert.equal(await attempt(email, PASSWORD, address), "signed_in");
    });
  });
}

throttleRaces("SQLite", sqliteDatabase);
throttleRaces("PostgreSQL", () => postgresDatabase("signin"), await postgresSkip());
