import { Prisma } from "@/lib/db";
import { audit } from "@/lib/business/audit";
import { summarySelect } from "@/lib/api/conversations";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { toConversationSummary, toCustomer } from "@/lib/api/resources";
import { eraseCustomer as eraseCustomerData } from "@/lib/business/customer-data-requests";
import { findCustomer } from "@/lib/api/customers";
import { eraseCustomer, readCustomer, upsertCustomer } from "./schema";

export const PUT = apiRoute(upsertCustomer, async ({ db, token, params, body }) => {
  const fields = {
    name: body.name,
    email: body.email,
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.tier ? { tier: body.tier } : {}),
    ...(body.language ? { language: body.language } : {}),
    ...(body.attributes ? { attributes: body.attributes } : {}),
  };
  try {
    const stored = await db.$transaction(async (tx) => {
      const key = { workspaceId_externalId: { workspaceId: token.workspaceId, externalId: params.externalId } };
      const existed = await tx.customer.findUnique({ where: key, select: { id: true } });
      const customer = await tx.customer.upsert({ where: key, create: { workspaceId: token.workspaceId, externalId: params.externalId, ...fields }, update: fields });
      // Which fields were written, not their values: the audit log keeps no personal data.
      await audit(tx, {
        workspaceId: token.workspaceId,
        actorType: "system",
        actorId: null,
        action: existed ? "customer.updated" : "customer.created",
        targetType: "customer",
        targetId: customer.id,
        detail: { via: `api_token:${token.id}`, fields: Object.keys(fields) },
      });
      return customer;
    });
    return toCustomer(stored);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError("conflict", `Another customer of this workspace already has the email ${body.email}.`);
    }
    throw error;
  }
});

export const GET = apiRoute(readCustomer, async ({ db, token, params }) => {
  const found = await findCustomer(db, token.workspaceId, params.externalId);
  const conversations = await db.conversation.findMany({ where: { customerId: found.id }, select: summarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return { ...toCustomer(found), conversations: conversations.map(toConversationSummary) };
});

export const DELETE = apiRoute(eraseCustomer, async ({ db, token, params }) => {
  const found = await findCustomer(db, token.workspaceId, params.externalId);
  const counts = await eraseCustomerData(db, token.workspaceId, found.id, { actorType: "system", actorId: null, via: `api_token:${token.id}` });
  return { erased: true as const, counts };
});
