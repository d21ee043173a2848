import { Prisma, type Db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import type { RollupTally } from "./overview";
import type { FoldedConversation } from "./rollup-fold";

/**
 * The rollup and fold rows as the folds read and write them, in plain SQL that SQLite and
 * PostgreSQL both run. A fold writes dozens of rows of nested tallies (three spans in each of a
 * conversation's slices); through the model API, building those statements cost the event loop
 * more than everything else in a fold, so they are written here as the statements themselves.
 */

/** Another writer changed, removed or created some of these rows since they were read: fold again. */
export class FoldConflict extends Error {}

/** Runs an insert, reporting a key another writer took meanwhile as a FoldConflict. */
async function inserting(statement: Promise<number>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    throw isUniqueViolation(error) ? new FoldConflict("Another writer inserted one of these rows.", { cause: error }) : error;
  }
}

/** A client or the transaction a fold writes in. */
type Sql = Pick<Db, "$queryRaw" | "$executeRaw">;

/** Rows one statement names, keeping its parameters under the 999 SQLite allows a statement. */
const ROWS_PER_STATEMENT = 150;

export interface StoredRollup {
  day: string;
  slice: string;
  tally: RollupTally;
  version: number;
}

export interface StoredFold {
  folded: FoldedConversation;
  version: number;
}

/** A Json column as the driver returns it: text on SQLite, already parsed on PostgreSQL. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

function inBatches<T>(rows: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) batches.push(rows.slice(at, at + ROWS_PER_STATEMENT));
  return batches;
}

/** The conversations' fold rows: what each last added to the rollups, and at which version. */
export async function readFolds(db: Sql, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, StoredFold>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ conversationId: string; day: string; contribution: unknown; version: number }[]>`
    SELECT "conversationId", "day", "contribution", "version" FROM "AnalyticsConversationFold"
    WHERE "workspaceId" = ${workspaceId} AND "conversationId" IN (${Prisma.join(conversationIds)})`;
  return new Map(
    rows.map((row) => {
      const { slices, tally } = jsonColumn<{ slices: string[]; tally: RollupTally }>(row.contribution);
      return [row.conversationId, { folded: { conversationId: row.conversationId, day: row.day, slices, tally }, version: Number(row.version) }];
    }),
  );
}

/** Only the versions of the conversations' fold rows. */
export async function readFoldVersions(db: Sql, conversationIds: readonly string[]): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ conversationId: string; version: number }[]>`
    SELECT "conversationId", "version" FROM "AnalyticsConversationFold" WHERE "conversationId" IN (${Prisma.join(conversationIds)})`;
  return new Map(rows.map((row) => [row.conversationId, Number(row.version)]));
}

/** The workspace's rollups of these spans and slices (every combination of them that exists). */
export async function readRollups(db: Sql, workspaceId: string, spans: readonly string[], slices: readonly string[]): Promise<StoredRollup[]> {
  const rows = await db.$queryRaw<{ day: string; slice: string; tally: unknown; version: number }[]>`
    SELECT "day", "slice", "tally", "version" FROM "AnalyticsRollup"
    WHERE "workspaceId" = ${workspaceId} AND "day" IN (${Prisma.join(spans)}) AND "slice" IN (${Prisma.join(slices)})`;
  return rows.map((row) => ({ day: row.day, slice: row.slice, tally: jsonColumn<RollupTally>(row.tally), version: Number(row.version) }));
}

/** Deletes these rollups, each only at the version it was read at; a FoldConflict when one was changed or removed meanwhile. */
export async function removeRollups(db: Sql, workspaceId: string, rows: readonly Pick<StoredRollup, "day" | "slice" | "version">[]): Promise<void> {
  for (const batch of inBatches(rows)) {
    const matches = batch.map((row) => Prisma.sql`("day" = ${row.day} AND "slice" = ${row.slice} AND "version" = ${row.version})`);
    const count = await db.$executeRaw`DELETE FROM "AnalyticsRollup" WHERE "workspaceId" = ${workspaceId} AND (${Prisma.join(matches, " OR ")})`;
    if (count !== batch.length) throw new FoldConflict("Another writer changed one of these rollups.");
  }
}

export async function insertRollups(db: Sql, workspaceId: string, rows: readonly StoredRollup[], builtAt: Date): Promise<void> {
  for (const batch of inBatches(rows)) {
    const values = batch.map((row) => Prisma.sql`(${workspaceId}, ${row.day}, ${row.slice}, ${JSON.stringify(row.tally)}, ${row.version}, ${builtAt})`);
    await inserting(db.$executeRaw`INSERT INTO "AnalyticsRollup" ("workspaceId", "day", "slice", "tally", "version", "builtAt") VALUES ${Prisma.join(values)}`);
  }
}

/** Deletes these conversations' fold rows, each only at the version it was read at; a FoldConflict when one was refolded meanwhile. */
export async function removeFolds(db: Sql, rows: readonly { conversationId: string; version: number }[]): Promise<void> {
  for (const batch of inBatches(rows)) {
    const matches = batch.map((row) => Prisma.sql`("conversationId" = ${row.conversationId} AND "version" = ${row.version})`);
    const count = await db.$executeRaw`DELETE FROM "AnalyticsConversationFold" WHERE ${Prisma.join(matches, " OR ")}`;
    if (count !== batch.length) throw new FoldConflict("Another writer refolded one of these conversations.");
  }
}

export async function insertFolds(db: Sql, workspaceId: string, rows: readonly StoredFold[], foldedAt: Date): Promise<void> {
  for (const batch of inBatches(rows)) {
    const values = batch.map(
      ({ folded, version }) =>
        Prisma.sql`(${folded.conversationId}, ${workspaceId}, ${folded.day}, ${JSON.stringify({ slices: folded.slices, tally: folded.tally })}, ${version}, ${foldedAt})`,
    );
    await inserting(
      db.$executeRaw`INSERT INTO "AnalyticsConversationFold" ("conversationId", "workspaceId", "day", "contribution", "version", "foldedAt") VALUES ${Prisma.join(values)}`,
    );
  }
}
