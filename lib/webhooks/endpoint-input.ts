import { z } from "zod";
import { webhookEventTypes } from "./event-types";

/** What an admin gives for a webhook endpoint; shared by the admin page's form and its route handlers. */
export const webhookUrl = z
  .url({ protocol: /^https?$/, error: "Give the full http:// or https:// address that receives the events." })
  .max(2000);

export const webhookEndpointInput = z.strictObject({
  url: webhookUrl,
  eventTypes: z.array(z.enum(webhookEventTypes)).min(1, "Choose at least one event.").max(webhookEventTypes.length),
});

export const webhookEndpointChange = z.strictObject({
  url: webhookUrl.optional(),
  eventTypes: webhookEndpointInput.shape.eventTypes.optional(),
  active: z.boolean().optional(),
});

export type WebhookEndpointInput = z.infer<typeof webhookEndpointInput>;
export type WebhookEndpointChange = z.infer<typeof webhookEndpointChange>;
