export { webhookEndpointChange as changeWebhookBody, webhookEndpointInput as createWebhookBody } from "@/lib/webhooks/endpoint-input";
