import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { conversationSummary, customer } from "@/lib/api/resources";
import { userText } from "@/lib/validation/user-text";

export const customerParams = z.strictObject({ externalId: z.string().min(1).max(200).describe("Your own id for the customer.") });

export const upsertCustomer = defineOperation({
  method: "PUT",
  path: "/api/v1/customers/{externalId}",
  tag: "Customers",
  summary: "Create or update a customer by your own id for them",
  description: "Fields left out keep their stored value on an update. The email is unique within the workspace.",
  scope: "write",
  params: customerParams,
  body: z.strictObject({
    name: userText("The name").trim().min(1).max(200),
    email: z.email().max(320),
    phone: z.string().trim().max(40).nullable().optional(),
    tier: customer.shape.tier.optional(),
    language: z.string().regex(/^[a-z]{2}$/, "Use a two-letter language code such as en.").optional(),
    attributes: z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).optional().describe("Shown to agents in the handoff brief."),
  }),
  response: customer,
});

export const readCustomer = defineOperation({
  method: "GET",
  path: "/api/v1/customers/{externalId}",
  tag: "Customers",
  summary: "A customer with their conversations",
  scope: "read",
  params: customerParams,
  response: customer.extend({ conversations: z.array(conversationSummary) }),
});

export const eraseCustomer = defineOperation({
  method: "DELETE",
  path: "/api/v1/customers/{externalId}",
  tag: "Customers",
  summary: "Erase a customer and all their data (right to erasure)",
  description: "Deletes the customer, their conversations with every message and event, orders, subscriptions, payments, mail sent to them and webhook deliveries not yet sent. Cannot be undone.",
  scope: "write",
  params: customerParams,
  response: z.object({
    erased: z.literal(true),
    counts: z.object({ conversations: z.number(), orders: z.number(), subscriptions: z.number(), payments: z.number(), emails: z.number(), webhookDeliveries: z.number() }),
  }),
});
