import type { Prisma } from "@/lib/db";
import { handleCustomerMessage } from "@/lib/agents/pipeline";
import { appendEvent } from "@/lib/conversation/log";
import { conversationDetail, summarySelect } from "@/lib/api/conversations";
import { afterPosition, decodeCursor, newestFirst, pageOf } from "@/lib/api/cursor";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { toConversationSummary } from "@/lib/api/resources";
import { createConversation, listConversations } from "./schema";

export const GET = apiRoute(listConversations, async ({ db, token, query }) => {
  const where: Prisma.ConversationWhereInput = {
    workspaceId: token.workspaceId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.assigneeId ? { assigneeId: query.assigneeId } : {}),
    ...(query.customerExternalId ? { customer: { externalId: query.customerExternalId } } : {}),
    ...(query.createdAfter || query.createdBefore ? { createdAt: { ...(query.createdAfter ? { gte: new Date(query.createdAfter) } : {}), ...(query.createdBefore ? { lt: new Date(query.createdBefore) } : {}) } } : {}),
  };
  const rows = await db.conversation.findMany({
    where: query.cursor ? { AND: [where, afterPosition(decodeCursor(query.cursor))] } : where,
    select: summarySelect,
    orderBy: newestFirst,
    take: query.limit + 1,
  });
  const { rows: pageRows, nextCursor } = pageOf(rows, query.limit);
  return { data: pageRows.map(toConversationSummary), nextCursor };
});

export const POST = apiRoute(createConversation, async ({ db, token, body, now }) => {
  const customer = body.customerExternalId
    ? await db.customer.findUnique({ where: { workspaceId_externalId: { workspaceId: token.workspaceId, externalId: body.customerExternalId } }, select: { id: true } })
    : null;
  if (body.customerExternalId && !customer) throw new ApiError("not_found", `No customer with external id ${body.customerExternalId}; create them first with PUT /api/v1/customers/{externalId}.`);
  const conversation = await db.conversation.create({ data: { workspaceId: token.workspaceId, customerId: customer?.id ?? null, channel: "api", language: body.language, createdAt: now } });
  await appendEvent(db, {
    workspaceId: token.workspaceId,
    conversationId: conversation.id,
    type: "conversation_started",
    payload: { channel: "api", language: body.language, identified: Boolean(customer) },
    actor: { type: "system" },
    at: now,
  });
  if (customer) {
    // The business's own server named the customer, as a verified widget sign-in does: the AI may act on their account.
    await appendEvent(db, {
      workspaceId: token.workspaceId,
      conversationId: conversation.id,
      type: "verification",
      payload: { method: "api_token", customerId: customer.id, verified: true },
      actor: { type: "system" },
      at: now,
    });
  }
  if (body.message) {
    const { turn } = await handleCustomerMessage({ conversationId: conversation.id, body: body.message });
    // The AI's turn is owed in the database already; it is answered whether or not the caller waits.
    void turn.catch(() => {});
  }
  return conversationDetail(db, token.workspaceId, conversation.id);
});
