// The two databases races are run on, and a small store to race over. SQLite is a fresh file;
// PostgreSQL is a fresh schema of postgresql://postgres@127.0.0.1:5432/test (override with
// TEST_POSTGRES_URL), dropped afterwards, and skipped with its reason when unreachable, except
// with CI=true (CI has PostgreSQL, so there it is a failure).
import { postgresDatabase, postgresUnreachable, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";
import { createDb, type Db } from "../../lib/db/index";
import {
  defaultAuthorityLimits,
  defaultBusinessHours,
  defaultEscalationPolicy,
  defaultSlaPolicy,
  defaultWidgetSettings,
} from "../../lib/workspace/settings";

const POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";

export interface RaceDatabase {
  db: Db;
  /** The URL another process or thread opens to reach the same data. */
  url: string;
  close: () => Promise<void>;
}

export interface RaceProvider {
  name: "SQLite" | "PostgreSQL";
  /** The skip option for node:test: false to run, or the reason it cannot. */
  skip: string | false;
  open: () => Promise<RaceDatabase>;
}

/** A freshly migrated test database, opened. */
async function opened(database: TestDatabase): Promise<RaceDatabase> {
  const db = await createDb(database.url);
  return {
    db,
    url: database.url,
    close: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** SQLite, and PostgreSQL when it is reachable; `purpose` names the PostgreSQL schema. */
export async function raceProviders(purpose: string): Promise<RaceProvider[]> {
  const unreachable = await postgresUnreachable();
  const pgSkip = unreachable ? `PostgreSQL not reachable at ${POSTGRES_URL} (${unreachable}): skipped` : false;
  return [
    { name: "SQLite", skip: false, open: async () => opened(await sqliteDatabase()) },
    {
      name: "PostgreSQL",
      skip: process.env.CI === "true" ? false : pgSkip,
      open: async () => {
        if (unreachable) throw new Error(`CI=true but PostgreSQL is not reachable at ${POSTGRES_URL}: ${unreachable}`);
        return opened(await postgresDatabase(purpose));
      },
    },
  ];
}

/** Runs every call at the same moment, as requests arriving together would. */
export function atOnce<T>(calls: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(calls.map((call) => call()));
}

let sequence = 0;

/** A workspace with a supervisor, three agents and one customer, on the default settings. */
export async function smallStore(db: Db) {
  const tag = `${process.pid}-${++sequence}-${Math.random().toString(36).slice(2, 6)}`;
  const workspace = await db.workspace.create({
    data: {
      name: "Race & Co.",
      slug: `race-${tag}`,
      widgetSettings: defaultWidgetSettings,
      widgetSecret: "race-secret",
      escalationPolicy: defaultEscalationPolicy,
      businessHours: defaultBusinessHours,
      authorityLimits: defaultAuthorityLimits,
      slaPolicy: defaultSlaPolicy,
    },
  });
  const person = (name: string, role: "agent" | "supervisor") =>
    db.user.create({
      data: { workspaceId: workspace.id, email: `${name.toLowerCase()}-${tag}@race.example`, name: `${name} Example`, passwordHash: "x", role, skills: ["billing", "orders"], languages: ["en"], presence: "online" },
    });
  const supervisor = await person("Sam", "supervisor");
  const agents = [await person("Ada", "agent"), await person("Ben", "agent"), await person("Cleo", "agent")];
  const customer = await db.customer.create({ data: { workspaceId: workspace.id, externalId: `c-${tag}`, name: "Riley Buyer", email: `riley-${tag}@race.example` } });
  let orderNumber = 4500;
  return {
    workspace,
    supervisor,
    agents,
    customer,
    staff: (user: { id: string; role: "agent" | "supervisor" | "admin" }) => ({ userId: user.id, role: user.role, workspaceId: workspace.id }),
    /** An order delivered a few days ago and paid by card. */
    async order(totalCents: number, status: "paid" | "delivered" = "delivered") {
      const placedAt = new Date(Date.now() - 5 * 24 * 3600 * 1000);
      const order = await db.order.create({
        data: {
          workspaceId: workspace.id,
          customerId: customer.id,
          number: String(++orderNumber),
          status,
          totalCents,
          shippingAddress: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
          placedAt,
          deliveredAt: status === "delivered" ? new Date(placedAt.getTime() + 2 * 24 * 3600 * 1000) : null,
        },
      });
      await db.payment.create({ data: { workspaceId: workspace.id, customerId: customer.id, orderId: order.id, amountCents: totalCents, status: "succeeded", cardBrand: "visa", cardLast4: "4242" } });
      return order;
    },
    /** A conversation of the customer, who proved who they are in it. */
    async conversation() {
      const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, customerId: customer.id } });
      await db.conversationEvent.create({ data: { workspaceId: workspace.id, conversationId: conversation.id, type: "verification", payload: { verified: true, method: "identity_hash" }, actorType: "system" } });
      return conversation;
    },
  };
}
