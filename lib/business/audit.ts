import type { Db, Prisma } from "../db";

export interface AuditEntry {
  workspaceId: string;
  actorType: "customer" | "ai" | "user" | "system";
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  detail: Prisma.InputJsonValue;
}

/** Every change to a business record is written in the same transaction as the change itself. */
export function audit(db: Db | Prisma.TransactionClient, entry: AuditEntry) {
  return db.auditLog.create({ data: entry });
}
