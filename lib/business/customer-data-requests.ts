import type { Db } from "../db";
import { audit } from "./audit";
import { removeStoredFiles } from "../attachments/attachments";
import { attachmentStorage } from "../attachments/storage";
import { dispatch } from "../events/dispatcher";

/**
 * A customer's data requests (GDPR articles 15 and 17): everything the desk holds about them, as
 * one document, and erasure of all of it. Erasure keeps no personal data behind, not even in the
 * audit entry that records it, and removes webhook deliveries still carrying their messages.
 */

export async function exportCustomerData(db: Db, workspaceId: string, customerId: string) {
  const customer = await db.customer.findFirstOrThrow({
    where: { id: customerId, workspaceId },
    include: {
      orders: { include: { items: { include: { product: { select: { sku: true, name: true } } } }, refunds: true }, orderBy: { placedAt: "asc" } },
      subscriptions: { orderBy: { startedAt: "asc" } },
      payments: { orderBy: { createdAt: "asc" } },
      conversations: {
        orderBy: { createdAt: "asc" },
        include: { messages: { orderBy: { seq: "asc" } }, events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, attachments: true },
      },
    },
  });
  const { passwordHash: _secret, ...profile } = customer;
  const emails = await db.outboundEmail.findMany({ where: { workspaceId, to: customer.email }, orderBy: { createdAt: "asc" } });
  return { exportedAt: new Date().toISOString(), customer: { ...profile, hasPassword: Boolean(customer.passwordHash) }, emails };
}

export interface ErasureCounts {
  conversations: number;
  orders: number;
  subscriptions: number;
  payments: number;
  emails: number;
  webhookDeliveries: number;
}

export async function eraseCustomer(db: Db, workspaceId: string, customerId: string, requestedBy: { actorType: "user" | "system"; actorId: string | null; via: string }): Promise<ErasureCounts> {
  const { counts, files, conversationIds } = await db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirstOrThrow({ where: { id: customerId, workspaceId }, select: { id: true, email: true } });
    const conversationIds = (await tx.conversation.findMany({ where: { customerId }, select: { id: true } })).map((c) => c.id);
    const webhookDeliveries = (await tx.webhookDelivery.deleteMany({ where: { workspaceId, orderKey: { in: conversationIds } } })).count;
    const files = (await tx.attachment.findMany({ where: { conversationId: { in: conversationIds } }, select: { storageKey: true } })).map((a) => a.storageKey);
    // Messages, events, codes, attachments and read markers go with their conversations.
    const conversations = (await tx.conversation.deleteMany({ where: { id: { in: conversationIds } } })).count;
    const payments = (await tx.payment.deleteMany({ where: { customerId } })).count;
    const orders = (await tx.order.deleteMany({ where: { customerId } })).count;
    const subscriptions = (await tx.subscription.deleteMany({ where: { customerId } })).count;
    const emails = (await tx.outboundEmail.deleteMany({ where: { workspaceId, to: customer.email } })).count;
    await tx.customer.delete({ where: { id: customerId } });
    const counts = { conversations, orders, subscriptions, payments, emails, webhookDeliveries };
    await audit(tx, { workspaceId, actorType: requestedBy.actorType, actorId: requestedBy.actorId, action: "customer.erased", targetType: "customer", targetId: customerId, detail: { via: requestedBy.via, ...counts } });
    return { counts, files, conversationIds };
  });
  void dispatch([{ kind: "conversations_erased", workspaceId, conversationIds }], db);
  // The photos and PDFs they sent go too, once their rows are gone for good.
  await removeStoredFiles(attachmentStorage(), files);
  return counts;
}
