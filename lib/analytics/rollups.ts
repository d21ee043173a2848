import { Prisma, type Db } from "../db";
import { slaPolicySchema, type SlaPolicy } from "../workspace/settings";
import { factsOf } from "./conversation-facts";
import { dayOf, type AnalyticsFilters } from "./filters";
import { loadConversationsDataset, type Period } from "./load";
import { addToRollup, emptyRollupTally, settleTally, type OverviewTally, type RollupTally } from "./overview";
import {
  affectedKeys,
  foldedConversation,
  foldIntoRollups,
  rollupKey,
  sliceOfFilters,
  spansCovering,
  splitRollupKey,
  type ContributionChange,
  type FoldedConversation,
} from "./rollup-fold";

/**
 * The rollups in the database: each changed conversation re-folded from its log as its events
 * commit, a rebuild for a workspace whose rollups were never built (or were built in another
 * shape), and the overview read from them.
 *
 * Several instances fold at once. Every write is conditional on the version its writer read (of
 * the conversation's fold row and of each rollup row), and the fold rows are read before the log:
 * a writer that read an older log always finds a newer version and folds again, so a conversation
 * is never counted twice nor with a log older than the last one folded.
 */

/** Raised whenever RollupTally or the slices change shape, so rollups built in the older shape are rebuilt once. */
export const ROLLUP_SHAPE = 2;
const MAX_ATTEMPTS = 8;
const REBUILD_BATCH = 500;
const REBUILD_LEASE_MS = 30 * 60 * 1000;
/** Rows one conditional delete names (four parameters each), under the client's 999 parameters a statement on SQLite. */
const REMOVE_BATCH = 200;
const DAY_MS = 24 * 3600 * 1000;
/** A fold waits its turn behind the conversation writes that share SQLite's one connection. */
const FOLD_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** Another instance wrote the same rows since they were read. */
class FoldConflict extends Error {}

/** Lost a race (a conditional write found a newer version, or an insert found the row there), or waited too long for SQLite's one writer. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return error instanceof FoldConflict || code === "P2002" || code === "P2028";
}

function storedFold(row: { conversationId: string; day: string; contribution: Prisma.JsonValue }): FoldedConversation {
  const { slices, tally } = row.contribution as unknown as { slices: string[]; tally: RollupTally };
  return { conversationId: row.conversationId, day: row.day, slices, tally };
}

function asJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/** Deletes these rows, each only at the version it was read at; a FoldConflict when another writer changed or removed one meanwhile. */
async function removeAtVersions<Row>(table: { deleteMany(args: { where: { OR: Row[] } }): Promise<{ count: number }> }, rows: Row[]): Promise<void> {
  for (let at = 0; at < rows.length; at += REMOVE_BATCH) {
    const batch = rows.slice(at, at + REMOVE_BATCH);
    const { count } = await table.deleteMany({ where: { OR: batch } });
    if (count !== batch.length) throw new FoldConflict();
  }
}

/** False when another writer folded one of these conversations since its fold row was read: nothing was written, fold again. */
async function foldOnce(db: Db, workspaceId: string, conversationIds: readonly string[], now: Date): Promise<boolean> {
  // Read before the log: see the module comment.
  const rows = await db.analyticsConversationFold.findMany({ where: { workspaceId, conversationId: { in: [...conversationIds] } } });
  const before = new Map(rows.map((row) => [row.conversationId, { folded: storedFold(row), version: row.version }]));
  const after = new Map(factsOf(await loadConversationsDataset(db, workspaceId, conversationIds)).map((facts) => [facts.id, foldedConversation(facts)]));
  const changes: (ContributionChange & { version: number | null })[] = [];
  for (const id of conversationIds) {
    const old = before.get(id);
    const next = after.get(id) ?? null;
    if (JSON.stringify(old?.folded ?? null) !== JSON.stringify(next)) changes.push({ before: old?.folded ?? null, after: next, version: old?.version ?? null });
  }
  if (changes.length === 0) return true;
  const keys = [...affectedKeys(changes)].map(splitRollupKey);
  const days = [...new Set(keys.map((key) => key.span))];
  const slices = [...new Set(keys.map((key) => key.slice))];
  return db.$transaction(async (tx) => {
    // Checked before any write: on SQLite a rolled-back transaction would also take back the
    // writes other requests made on the same connection meanwhile, so losing a race must not roll back.
    const changedIds = changes.map((c) => (c.after ?? c.before)!.conversationId);
    const versionsNow = new Map(
      (await tx.analyticsConversationFold.findMany({ where: { conversationId: { in: changedIds } }, select: { conversationId: true, version: true } })).map((row) => [row.conversationId, row.version]),
    );
    if (changes.some((c) => (versionsNow.get((c.after ?? c.before)!.conversationId) ?? null) !== c.version)) return false;
    const stored = await tx.analyticsRollup.findMany({ where: { workspaceId, day: { in: days }, slice: { in: slices } } });
    const current = new Map(stored.map((row) => [rollupKey(row.day, row.slice), row]));
    const next = foldIntoRollups(new Map(stored.map((row) => [rollupKey(row.day, row.slice), row.tally as unknown as RollupTally])), changes);
    // Every changed row is taken out and written anew, each in one statement however many rows a
    // fold touches (three spans in each of a conversation's slices). The removal is conditional on
    // each row's version: one that another writer changed meanwhile is missing from the count, and
    // a row another writer created meanwhile fails the insert on its key; either way the fold starts again.
    const replaced = [...next.keys()].flatMap((key) => current.get(key) ?? []);
    await removeAtVersions(tx.analyticsRollup, replaced.map(({ day, slice, version }) => ({ workspaceId, day, slice, version })));
    const rollups = [...next].flatMap(([key, tally]): Prisma.AnalyticsRollupCreateManyInput[] => {
      if (!tally) return [];
      const { span, slice } = splitRollupKey(key);
      return [{ workspaceId, day: span, slice, tally: asJson(tally), version: (current.get(key)?.version ?? -1) + 1, builtAt: now }];
    });
    if (rollups.length > 0) await tx.analyticsRollup.createMany({ data: rollups });
    const refolded = changes.flatMap(({ before: old, after, version }) => (version === null ? [] : [{ conversationId: (after ?? old)!.conversationId, version }]));
    await removeAtVersions(tx.analyticsConversationFold, refolded);
    const folds = changes.flatMap(({ after: folded, version }): Prisma.AnalyticsConversationFoldCreateManyInput[] =>
      folded ? [{ conversationId: folded.conversationId, workspaceId, day: folded.day, contribution: asJson({ slices: folded.slices, tally: folded.tally }), version: (version ?? -1) + 1, foldedAt: now }] : [],
    );
    if (folds.length > 0) await tx.analyticsConversationFold.createMany({ data: folds });
    return true;
  }, FOLD_TRANSACTION);
}

/**
 * Re-folds these conversations of the workspace from their logs into the rollups: those that
 * changed take their old contribution out and put the new one in; an erased one only takes its
 * contribution out. Safe to run for the same conversations on several instances at once.
 */
export async function foldConversations(db: Db, workspaceId: string, conversationIds: readonly string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await foldOnce(db, workspaceId, conversationIds, new Date())) return;
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
    if (attempt >= MAX_ATTEMPTS) throw new Error(`Folding ${conversationIds.length} conversation(s) lost the race ${attempt} times.`);
  }
}

/**
 * Folds every conversation of the workspace again from its log: a repair, and how a bulk import
 * that wrote events without the write path's listener catches up. Conversations go in order of
 * their start, so each batch writes the rollups of a day or two.
 */
export async function refoldWorkspace(db: Db, workspaceId: string): Promise<void> {
  let after: { id: string; createdAt: Date } | null = null;
  for (;;) {
    const batch: { id: string; createdAt: Date }[] = await db.conversation.findMany({
      where: { workspaceId, ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}) },
      select: { id: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: REBUILD_BATCH,
    });
    if (batch.length === 0) break;
    await foldConversations(
      db,
      workspaceId,
      batch.map((c) => c.id),
    );
    after = batch[batch.length - 1]!;
  }
  // Conversations erased since their last fold take their numbers out.
  let lastFolded: string | undefined;
  for (;;) {
    const folds: { conversationId: string }[] = await db.analyticsConversationFold.findMany({
      where: { workspaceId, ...(lastFolded ? { conversationId: { gt: lastFolded } } : {}) },
      select: { conversationId: true },
      orderBy: { conversationId: "asc" },
      take: REBUILD_BATCH,
    });
    if (folds.length === 0) return;
    const ids = folds.map((f) => f.conversationId);
    const existing = new Set((await db.conversation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((c) => c.id));
    const erased = ids.filter((id) => !existing.has(id));
    if (erased.length > 0) await foldConversations(db, workspaceId, erased);
    lastFolded = ids[ids.length - 1];
  }
}

/** From an empty start: for a database whose rollups were never built, or were built in another shape. */
export async function rebuildRollups(db: Db, workspaceId: string): Promise<void> {
  await db.$transaction([db.analyticsConversationFold.deleteMany({ where: { workspaceId } }), db.analyticsRollup.deleteMany({ where: { workspaceId } })]);
  await refoldWorkspace(db, workspaceId);
}

/** Workspaces this process has seen built in this shape: once built, rollups stay built, so a rebuild need not be asked about again. */
const builtHere = new Set<string>();

async function ensureStateRow(db: Db, workspaceId: string): Promise<void> {
  try {
    await db.analyticsRollupState.upsert({ where: { workspaceId }, create: { workspaceId, shape: 0 }, update: {} });
  } catch (error) {
    // Another instance created it at the same moment.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

/**
 * Builds the workspace's rollups if they are not built in this shape, on one instance at a time
 * (a lease in AnalyticsRollupState). False when another instance holds the lease: its caller
 * reads the log meanwhile.
 */
export async function ensureRollupsBuilt(db: Db, workspaceId: string, now = new Date()): Promise<boolean> {
  if (builtHere.has(workspaceId)) return true;
  const state = await db.analyticsRollupState.findUnique({ where: { workspaceId } });
  if (state?.shape === ROLLUP_SHAPE) {
    builtHere.add(workspaceId);
    return true;
  }
  await ensureStateRow(db, workspaceId);
  const { count } = await db.analyticsRollupState.updateMany({
    where: { workspaceId, shape: { not: ROLLUP_SHAPE }, OR: [{ rebuildingUntil: null }, { rebuildingUntil: { lt: now } }] },
    data: { rebuildingUntil: new Date(now.getTime() + REBUILD_LEASE_MS) },
  });
  if (count === 0) return (await db.analyticsRollupState.findUnique({ where: { workspaceId } }))?.shape === ROLLUP_SHAPE;
  try {
    await rebuildRollups(db, workspaceId);
    await db.analyticsRollupState.update({ where: { workspaceId }, data: { shape: ROLLUP_SHAPE, builtAt: new Date(), rebuildingUntil: null } });
    return true;
  } catch (error) {
    await db.analyticsRollupState.update({ where: { workspaceId }, data: { rebuildingUntil: null } });
    throw error;
  }
}

/** A Json column as the driver returns it: text on SQLite, already parsed on PostgreSQL. */
function jsonColumn<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

export interface RolledUpOverview {
  sla: SlaPolicy;
  timezone: string;
  /** Null while another instance builds the rollups for the first time: read the log meanwhile. */
  tallies: OverviewTally[] | null;
}

/**
 * The headline tallies of whole-day periods under one set of filters (the overview asks for a
 * period and the one before), with the workspace's SLA targets and timezone and the shape its
 * rollups are built in, in one raw query: a fresh process then compiles no query plan before it
 * answers, and each period is a handful of span rows.
 */
export async function rolledUpOverview(
  db: Db,
  workspaceId: string,
  filters: Pick<AnalyticsFilters, "tier" | "intent" | "trigger">,
  periods: readonly Period[],
  now: Date,
  { buildIfNeeded = true } = {},
): Promise<RolledUpOverview> {
  const spansByPeriod = periods.map((period) => spansCovering(dayOf(period.start), Math.round((period.end.getTime() - period.start.getTime()) / DAY_MS)));
  const rows = await db.$queryRaw<{ slaPolicy: unknown; timezone: string; shape: number | null; day: string | null; tally: unknown }[]>`
    SELECT w."slaPolicy" AS "slaPolicy", w."timezone" AS "timezone", s."shape" AS "shape", r."day" AS "day", r."tally" AS "tally"
    FROM "Workspace" w
    LEFT JOIN "AnalyticsRollupState" s ON s."workspaceId" = w."id"
    LEFT JOIN "AnalyticsRollup" r ON r."workspaceId" = w."id" AND r."slice" = ${sliceOfFilters(filters)} AND r."day" IN (${Prisma.join(spansByPeriod.flat())})
    WHERE w."id" = ${workspaceId}`;
  const workspace = rows[0];
  if (!workspace) throw new Error(`No workspace ${workspaceId}.`);
  // Without zod's compiled fast path: compiling it costs the first request of a process more than it ever saves on four small objects.
  const sla = slaPolicySchema.parse(jsonColumn(workspace.slaPolicy), { jitless: true });
  if (workspace.shape !== ROLLUP_SHAPE) {
    if (buildIfNeeded && (await ensureRollupsBuilt(db, workspaceId, now))) return rolledUpOverview(db, workspaceId, filters, periods, now, { buildIfNeeded: false });
    return { sla, timezone: workspace.timezone, tallies: null };
  }
  const tallies = new Map(rows.flatMap((row) => (row.day === null ? [] : [[row.day, jsonColumn<RollupTally>(row.tally)] as const])));
  return {
    sla,
    timezone: workspace.timezone,
    tallies: spansByPeriod.map((spans) => {
      const sum = emptyRollupTally();
      for (const span of spans) {
        const tally = tallies.get(span);
        if (tally) addToRollup(sum, tally, 1);
      }
      return settleTally(sum, sla, now);
    }),
  };
}
