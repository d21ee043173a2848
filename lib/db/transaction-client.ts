import type { Prisma } from "../generated/sqlite/client";
import type { Db } from "./client";

/**
 * Whether `db` is an open transaction's client. It has no `$disconnect`, but it does have a
 * `$transaction` of its own, which would open a nested transaction (a savepoint) if called.
 */
export function isTransactionClient(db: Db | Prisma.TransactionClient): db is Prisma.TransactionClient {
  return !("$disconnect" in db);
}
