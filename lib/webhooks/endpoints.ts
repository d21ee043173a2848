import type { Db, Prisma } from "../db";
import { audit } from "../business/audit";
import type { WebhookEndpointChange, WebhookEndpointInput } from "./endpoint-input";
import { newWebhookSecret } from "./signing";

/**
 * What an admin does with webhook endpoints: subscribe a URL, change or pause it, rotate its
 * secret, resend a delivery. Each change is audited in the same transaction. A secret is shown
 * once, when it is made; the admin page shows only its first characters afterwards.
 */

export class WebhookAdminError extends Error {
  constructor(
    readonly reason: "not_found" | "conflict",
    message: string,
  ) {
    super(message);
  }
}

export interface Admin {
  userId: string;
  workspaceId: string;
}

/** How long deliveries are signed with the old secret too after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

function auditEntry(admin: Admin, action: string, targetId: string, detail: Record<string, unknown>) {
  return { workspaceId: admin.workspaceId, actorType: "user" as const, actorId: admin.userId, action, targetType: "webhook_endpoint", targetId, detail };
}

export async function createWebhookEndpoint(db: Db, admin: Admin, input: WebhookEndpointInput) {
  const secret = newWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { workspaceId: admin.workspaceId, url: input.url, eventTypes: input.eventTypes, secret } });
    await audit(tx, auditEntry(admin, "webhook.endpoint_created", created.id, { url: input.url, eventTypes: input.eventTypes }));
    return created;
  });
  return { id: endpoint.id, secret };
}

async function ownEndpoint(db: Db | Prisma.TransactionClient, admin: Admin, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId: admin.workspaceId } });
  if (!endpoint) throw new WebhookAdminError("not_found", "No such webhook endpoint.");
  return endpoint;
}

export async function changeWebhookEndpoint(db: Db, admin: Admin, endpointId: string, change: WebhookEndpointChange): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await ownEndpoint(tx, admin, endpointId);
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: change });
    await audit(tx, auditEntry(admin, "webhook.endpoint_changed", endpointId, { before: { url: before.url, eventTypes: before.eventTypes, active: before.active }, change }));
  });
}

export async function deleteWebhookEndpoint(db: Db, admin: Admin, endpointId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const endpoint = await ownEndpoint(tx, admin, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await audit(tx, auditEntry(admin, "webhook.endpoint_deleted", endpointId, { url: endpoint.url }));
  });
}

/** A new secret; the old one keeps signing too until the overlap ends, so the receiver can switch without losing deliveries. */
export async function rotateWebhookSecret(db: Db, admin: Admin, endpointId: string, now = new Date()): Promise<{ secret: string; previousValidUntil: Date }> {
  const secret = newWebhookSecret();
  const previousValidUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  await db.$transaction(async (tx) => {
    const endpoint = await ownEndpoint(tx, admin, endpointId);
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { secret, previousSecret: endpoint.secret, previousSecretUntil: previousValidUntil } });
    await audit(tx, auditEntry(admin, "webhook.secret_rotated", endpointId, { previousValidUntil: previousValidUntil.toISOString() }));
  });
  return { secret, previousValidUntil };
}

/** Sends a delivery again (delivered or given up) with a fresh day of retries; it keeps its place in its conversation's order. */
export async function resendWebhookDelivery(db: Db, admin: Admin, deliveryId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId: admin.workspaceId } });
    if (!delivery) throw new WebhookAdminError("not_found", "No such delivery.");
    if (delivery.status === "pending") throw new WebhookAdminError("conflict", "This delivery is still being sent.");
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "pending", attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null } });
    await audit(tx, { ...auditEntry(admin, "webhook.delivery_resent", delivery.endpointId, { deliveryId, eventType: delivery.eventType, previousStatus: delivery.status }) });
  });
}

/** The endpoints of a workspace as the admin page shows them: never the secret, only its start. */
export async function listWebhookEndpoints(db: Db, workspaceId: string) {
  const endpoints = await db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return endpoints.map((e) => ({
    id: e.id,
    url: e.url,
    eventTypes: Array.isArray(e.eventTypes) ? (e.eventTypes as string[]) : [],
    active: e.active,
    secretStart: e.secret.slice(0, 12),
    rotationOverlapUntil: e.previousSecret && e.previousSecretUntil ? e.previousSecretUntil.toISOString() : null,
    createdAt: e.createdAt.toISOString(),
  }));
}

export async function recentWebhookDeliveries(db: Db, workspaceId: string, take = 50) {
  const deliveries = await db.webhookDelivery.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { endpoint: { select: { url: true } } },
  });
  return deliveries.map((d) => ({
    id: d.id,
    url: d.endpoint.url,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  }));
}
