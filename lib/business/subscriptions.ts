import type { Db } from "../db";
import { audit } from "./audit";

export const membershipPlans = { basic: 4_99, pro: 9_99, premium: 19_99 } as const;
export type MembershipPlan = keyof typeof membershipPlans;

export async function activeSubscription(db: Db, customerId: string) {
  return db.subscription.findFirst({
    where: { customerId, status: { in: ["active", "past_due", "paused"] } },
    orderBy: { startedAt: "desc" },
  });
}

/** Cancelling twice is harmless: the second request reports the first cancellation. */
export async function cancelSubscription(
  db: Db,
  input: { workspaceId: string; subscriptionId: string; actor: { type: "ai" | "user"; id: string } },
): Promise<{ alreadyCancelled: boolean; plan: string; endsAt: Date }> {
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUniqueOrThrow({ where: { id: input.subscriptionId } });
    if (subscription.status === "cancelled") {
      return { alreadyCancelled: true, plan: subscription.plan, endsAt: subscription.currentPeriodEnd };
    }
    await tx.subscription.update({ where: { id: subscription.id }, data: { status: "cancelled", cancelledAt: new Date() } });
    await audit(tx, {
      workspaceId: input.workspaceId,
      actorType: input.actor.type,
      actorId: input.actor.id,
      action: "subscription.cancelled",
      targetType: "subscription",
      targetId: subscription.id,
      detail: { plan: subscription.plan },
    });
    return { alreadyCancelled: false, plan: subscription.plan, endsAt: subscription.currentPeriodEnd };
  });
}

/** Plan changes take effect at the next billing period, as the help centre says. */
export async function changePlan(
  db: Db,
  input: { workspaceId: string; subscriptionId: string; plan: MembershipPlan; actor: { type: "ai" | "user"; id: string } },
): Promise<{ changed: boolean; from: string; to: MembershipPlan; effectiveAt: Date }> {
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUniqueOrThrow({ where: { id: input.subscriptionId } });
    if (subscription.plan === input.plan) {
      return { changed: false, from: subscription.plan, to: input.plan, effectiveAt: subscription.currentPeriodEnd };
    }
    await tx.subscription.update({
      where: { id: subscription.id },
      data: { plan: input.plan, priceCents: membershipPlans[input.plan] },
    });
    await audit(tx, {
      workspaceId: input.workspaceId,
      actorType: input.actor.type,
      actorId: input.actor.id,
      action: "subscription.plan_changed",
      targetType: "subscription",
      targetId: subscription.id,
      detail: { from: subscription.plan, to: input.plan },
    });
    return { changed: true, from: subscription.plan, to: input.plan, effectiveAt: subscription.currentPeriodEnd };
  });
}
