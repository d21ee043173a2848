import type { Db, Prisma } from "../db";
import { roleAtLeast, type StaffRole } from "../auth/roles";
import { audit } from "../business/audit";
import type { SavedReply, SavedReplyInput } from "./saved-replies";

/**
 * Saved replies in the database. Anyone keeps personal replies; team replies are the team's
 * voice, so supervisors and admins manage them. Every change is audited.
 */

interface Staff {
  userId: string;
  role: StaffRole;
  workspaceId: string;
}

export class SavedReplyError extends Error {
  constructor(
    message: string,
    readonly status: 403 | 404 | 409,
  ) {
    super(message);
  }
}

type Row = { id: string; ownerId: string | null; shortcut: string; title: string; body: string };
const toReply = (row: Row): SavedReply => ({ id: row.id, shortcut: row.shortcut, title: row.title, body: row.body, personal: row.ownerId !== null });

/** The replies one person can use: the team's and their own. */
export async function savedRepliesFor(db: Db, staff: Pick<Staff, "userId" | "workspaceId">): Promise<SavedReply[]> {
  const rows = await db.cannedResponse.findMany({
    where: { workspaceId: staff.workspaceId, OR: [{ ownerId: null }, { ownerId: staff.userId }] },
    orderBy: [{ shortcut: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toReply);
}

function mayManage(staff: Staff, personal: boolean): boolean {
  return personal || roleAtLeast(staff.role, "supervisor");
}

type Tx = Prisma.TransactionClient;

/** A write conflict PostgreSQL detected between two serializable transactions: retrying sees the winner. */
function isWriteConflict(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === "P2034" || /TransactionWriteConflict|40001|could not serialize/i.test(message ?? "");
}

/**
 * One shortcut per team, and per person, is kept by checking and writing in one serializable
 * transaction: of two people saving the same shortcut at once (on any instance), one commits and
 * the other, retried, finds it taken.
 */
async function serializable<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable" });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= 5) throw error;
    }
  }
}

async function refuseTakenShortcut(db: Tx, staff: Staff, input: SavedReplyInput, exceptId?: string) {
  const taken = await db.cannedResponse.findFirst({
    where: { workspaceId: staff.workspaceId, shortcut: input.shortcut, ownerId: input.personal ? staff.userId : null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new SavedReplyError(`There is already a ${input.personal ? "personal" : "team"} reply with the shortcut /${input.shortcut}.`, 409);
}

export async function createSavedReply(db: Db, staff: Staff, input: SavedReplyInput): Promise<SavedReply> {
  if (!mayManage(staff, input.personal)) throw new SavedReplyError("Only supervisors and admins can add team replies; save it as a personal reply instead.", 403);
  return serializable(db, async (tx) => {
    await refuseTakenShortcut(tx, staff, input);
    const row = await tx.cannedResponse.create({
      data: { workspaceId: staff.workspaceId, ownerId: input.personal ? staff.userId : null, shortcut: input.shortcut, title: input.title, body: input.body },
    });
    await audit(tx, { workspaceId: staff.workspaceId, actorType: "user", actorId: staff.userId, action: "saved_reply.created", targetType: "canned_response", targetId: row.id, detail: { shortcut: row.shortcut, personal: input.personal } });
    return toReply(row);
  });
}

async function ownedRow(db: Db, staff: Staff, id: string): Promise<Row> {
  const row = await db.cannedResponse.findUnique({ where: { id } });
  // Someone else's personal reply, or another workspace's, answers like a missing one.
  if (!row || row.workspaceId !== staff.workspaceId || (row.ownerId !== null && row.ownerId !== staff.userId)) throw new SavedReplyError("No such saved reply.", 404);
  if (!mayManage(staff, row.ownerId !== null)) throw new SavedReplyError("Only supervisors and admins can change team replies.", 403);
  return row;
}

export async function updateSavedReply(db: Db, staff: Staff, id: string, input: SavedReplyInput): Promise<SavedReply> {
  const before = await ownedRow(db, staff, id);
  if (input.personal !== (before.ownerId !== null)) throw new SavedReplyError("A reply stays team or personal; save a new one instead.", 409);
  return serializable(db, async (tx) => {
    await refuseTakenShortcut(tx, staff, input, id);
    const row = await tx.cannedResponse.update({ where: { id }, data: { shortcut: input.shortcut, title: input.title, body: input.body } });
    await audit(tx, {
      workspaceId: staff.workspaceId,
      actorType: "user",
      actorId: staff.userId,
      action: "saved_reply.updated",
      targetType: "canned_response",
      targetId: id,
      detail: { before: { shortcut: before.shortcut, title: before.title, body: before.body }, after: { shortcut: row.shortcut, title: row.title, body: row.body } },
    });
    return toReply(row);
  });
}

export async function deleteSavedReply(db: Db, staff: Staff, id: string): Promise<void> {
  const before = await ownedRow(db, staff, id);
  await db.$transaction(async (tx) => {
    // Two people deleting at once: one deletes and audits, the other finds nothing to do.
    const { count } = await tx.cannedResponse.deleteMany({ where: { id } });
    if (count === 0) return;
    await audit(tx, { workspaceId: staff.workspaceId, actorType: "user", actorId: staff.userId, action: "saved_reply.deleted", targetType: "canned_response", targetId: id, detail: { shortcut: before.shortcut, title: before.title, body: before.body } });
  });
}
