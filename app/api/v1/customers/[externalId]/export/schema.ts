import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { customerParams } from "../schema";

export const exportCustomer = defineOperation({
  method: "GET",
  path: "/api/v1/customers/{externalId}/export",
  tag: "Customers",
  summary: "Everything held about a customer, as one JSON document (right of access)",
  description: "Profile, orders with items and refunds, subscriptions, payments (card brand and last four digits only), conversations with messages, events and attachments' metadata, and mail sent to them.",
  scope: "read",
  params: customerParams,
  response: z.object({ exportedAt: z.string(), customer: z.record(z.string(), z.unknown()), emails: z.array(z.record(z.string(), z.unknown())) }),
});
