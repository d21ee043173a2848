import { findCustomer } from "@/lib/api/customers";
import { apiRoute } from "@/lib/api/operation";
import { exportCustomerData } from "@/lib/business/customer-data-requests";
import { exportCustomer } from "./schema";

export const GET = apiRoute(exportCustomer, async ({ db, token, params }) => {
  const found = await findCustomer(db, token.workspaceId, params.externalId);
  // Dates become ISO strings, as in every other answer of the API.
  return JSON.parse(JSON.stringify(await exportCustomerData(db, token.workspaceId, found.id)));
});
