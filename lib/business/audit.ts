import type { Db, Prisma } from "../db";
import { asJson } from "../db/json";

export interface AuditEntry {
  workspaceId: string;
  actorType: "customer" | "ai" | "user" | "system";
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** What changed, e.g. `{ before, after }`; stored as the JSON it serialises to. */
  detail: Record<string, unknown>;
}

/** Every change to a business record is written in the same transaction as the change itself. */
export function audit(db: Db | Prisma.TransactionClient, entry: AuditEntry) {
  return db.auditLog.create({ data: { ...entry, detail: asJson(entry.detail) } });
}
