import { getDb, Prisma, type Db } from "../db";
import { audit } from "../business/audit";
import { removeStoredFiles } from "../attachments/attachments";
import { attachmentStorage } from "../attachments/storage";
import { retentionPolicySchema, type RetentionPolicy } from "./settings";

/**
 * Applies each workspace's retention policy: resolved conversations (with their messages,
 * events, attachments and read markers, which cascade, and the attachments' stored files) and
 * sent email past their limit are deleted. Every instance runs the sweep's timer; a lease row claimed by a conditional write
 * lets one of them sweep per period.
 */

const DAY_MS = 24 * 3600 * 1000;
const SWEEP_EVERY_MS = 3600 * 1000;
const LEASE_KEY = "sweep:retention";

export interface RetentionCutoffs {
  conversationsResolvedBefore: Date | null;
  emailSentBefore: Date | null;
}

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const before = (days: number | null) => (days === null ? null : new Date(now.getTime() - days * DAY_MS));
  return { conversationsResolvedBefore: before(policy.resolvedConversationDays), emailSentBefore: before(policy.sentEmailDays) };
}

/** True for the one caller that may sweep now: nobody swept within the period. */
export async function claimSweep(db: Db, now: Date, everyMs = SWEEP_EVERY_MS): Promise<boolean> {
  const { count } = await db.rateLimit.updateMany({ where: { key: LEASE_KEY, windowStartedAt: { lte: new Date(now.getTime() - everyMs) } }, data: { windowStartedAt: now } });
  if (count === 1) return true;
  try {
    await db.rateLimit.create({ data: { key: LEASE_KEY, hits: 0, windowStartedAt: now } });
    return true;
  } catch (error) {
    // The row exists: another instance swept within the period (or just claimed it).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

export interface SweepResult {
  workspaceId: string;
  conversations: number;
  emails: number;
}

export async function sweepExpiredData(db: Db, now = new Date()): Promise<SweepResult[]> {
  const workspaces = await db.workspace.findMany({ select: { id: true, retentionPolicy: true } });
  const results: SweepResult[] = [];
  for (const workspace of workspaces) {
    if (workspace.retentionPolicy === null) continue;
    const cutoffs = retentionCutoffs(retentionPolicySchema.parse(workspace.retentionPolicy ?? {}), now);
    const { files, ...result } = await db.$transaction(async (tx) => {
      const expired = cutoffs.conversationsResolvedBefore ? { workspaceId: workspace.id, status: "resolved" as const, resolvedAt: { lt: cutoffs.conversationsResolvedBefore } } : null;
      const files = expired ? (await tx.attachment.findMany({ where: { conversation: expired }, select: { storageKey: true } })).map((a) => a.storageKey) : [];
      const conversations = expired ? (await tx.conversation.deleteMany({ where: expired })).count : 0;
      const emails = cutoffs.emailSentBefore ? (await tx.outboundEmail.deleteMany({ where: { workspaceId: workspace.id, createdAt: { lt: cutoffs.emailSentBefore } } })).count : 0;
      if (conversations + emails > 0) {
        await audit(tx, { workspaceId: workspace.id, actorType: "system", actorId: null, action: "retention.swept", targetType: "workspace", targetId: workspace.id, detail: { conversations, emails } });
      }
      return { workspaceId: workspace.id, conversations, emails, files };
    });
    await removeStoredFiles(attachmentStorage(), files);
    results.push(result);
  }
  return results;
}

/** Starts the hourly sweep in the server process; the returned function stops it. */
export function startRetentionSweep(everyMs = SWEEP_EVERY_MS): () => void {
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    getDb()
      .then(async (db) => {
        const now = new Date();
        if (await claimSweep(db, now, everyMs)) await sweepExpiredData(db, now);
      })
      .catch((error: unknown) => console.error("The retention sweep failed:", error))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  sweep();
  return () => clearInterval(timer);
}
