import type { Db } from "../db";
import { ApiError } from "./errors";

/** A customer of the token's workspace by the business's own id for them. */
export async function findCustomer(db: Db, workspaceId: string, externalId: string) {
  const found = await db.customer.findUnique({ where: { workspaceId_externalId: { workspaceId, externalId } } });
  if (!found) throw new ApiError("not_found", `No customer with external id ${externalId} in this workspace.`);
  return found;
}
