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
} from "./rollup-fold";
import { FoldConflict, insertFolds, insertRollups, jsonColumn, readFolds, readFoldVersions, readRollups, removeFolds, removeRollups } from "./rollup-store";

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
const DAY_MS = 24 * 3600 * 1000;
/** A fold waits its turn behind the conversation writes that share SQLite's one connection. */
const FOLD_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** Lost a race (a conditional write found a newer version, or an insert found the row there), or waited too long for SQLite's one writer. */
function isRetryable(error: unknown): boolean {
  return error instanceof FoldConflict || (error as { code?: string } | null)?.code === "P2028";
}

/**
 * Lets whatever else waits on the event loop go first. On SQLite every query answers at once, so
 * a fold would otherwise run from its first read to its commit as one block the loop cannot
 * interrupt; paused between its reads, a turn's next step or a socket's message is served meanwhile.
 */
const letOthersFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

/** False when another writer folded one of these conversations since its fold row was read: nothing was written, fold again. */
async function foldOnce(db: Db, workspaceId: string, conversationIds: readonly string[], now: Date): Promise<boolean> {
  await letOthersFirst();
  // Read before the log: see the module comment.
  const before = await readFolds(db, workspaceId, conversationIds);
  await letOthersFirst();
  const dataset = await loadConversationsDataset(db, workspaceId, conversationIds);
  await letOthersFirst();
  const after = new Map(factsOf(dataset).map((facts) => [facts.id, foldedConversation(facts)]));
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
  await letOthersFirst();
  return db.$transaction(async (tx) => {
    // Checked before any write: on SQLite a rolled-back transaction would also take back the
    // writes other requests made on the same connection meanwhile, so losing a race must not roll back.
    const versionsNow = await readFoldVersions(tx, changes.map((c) => (c.after ?? c.before)!.conversationId));
    if (changes.some((c) => (versionsNow.get((c.after ?? c.before)!.conversationId) ?? null) !== c.version)) return false;
    const stored = await readRollups(tx, workspaceId, days, slices);
    const current = new Map(stored.map((row) => [rollupKey(row.day, row.slice), row]));
    const next = foldIntoRollups(new Map(stored.map((row) => [rollupKey(row.day, row.slice), row.tally])), changes);
    // Every changed row is taken out and written anew, in a statement per 150 rows however many a
    // fold touches (three spans in each of a conversation's slices). The removal is conditional on
    // each row's version: one that another writer changed meanwhile is missing from the count, and
    // a row another writer created meanwhile fails the insert on its key; either way the fold starts again.
    const replaced = [...next.keys()].flatMap((key) => current.get(key) ?? []);
    await removeRollups(tx, workspaceId, replaced);
    const rollups = [...next].flatMap(([key, tally]) => {
      if (!tally) return [];
      const { span, slice } = splitRollupKey(key);
      return [{ day: span, slice, tally, version: (current.get(key)?.version ?? -1) + 1 }];
    });
    await insertRollups(tx, workspaceId, rollups, now);
    const refolded = changes.flatMap(({ before: old, after, version }) => (version === null ? [] : [{ conversationId: (after ?? old)!.conversationId, version }]));
    await removeFolds(tx, refolded);
    await insertFolds(
      tx,
      workspaceId,
      changes.flatMap(({ after: folded, version }) => (folded ? [{ folded, version: (version ?? -1) + 1 }] : [])),
      now,
    );
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
