import type { Db, Prisma } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { roleAtLeast } from "../auth/roles";
import { audit } from "../business/audit";
import { StaffActionError, type StaffMember } from "../console/staff-actions";
import type { SupervisorAlertView } from "../realtime/events";
import type { FiredAlert } from "./rules";
import { alertSource, queueWebhookDeliveries } from "../webhooks/outbox";

/**
 * Stored alerts. An alert stays open until a supervisor acknowledges it, and while it is open the
 * same condition raises nothing new; acknowledged, it may be raised again if it still holds.
 */

const viewSelect = {
  id: true,
  rule: true,
  key: true,
  message: true,
  detail: true,
  raisedAt: true,
  acknowledgedAt: true,
  acknowledgedBy: { select: { name: true } },
} satisfies Prisma.SupervisorAlertSelect;

type StoredAlert = Prisma.SupervisorAlertGetPayload<{ select: typeof viewSelect }>;

function toView(alert: StoredAlert): SupervisorAlertView {
  const detail = alert.detail as { conversationId?: unknown };
  return {
    id: alert.id,
    rule: alert.rule,
    key: alert.key,
    message: alert.message,
    conversationId: typeof detail.conversationId === "string" ? detail.conversationId : null,
    raisedAt: alert.raisedAt.toISOString(),
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: alert.acknowledgedBy?.name ?? null,
  };
}

/** Stores each fired alert that is not already open; returns only the new ones, to be announced. */
export async function raiseAlerts(db: Db, workspaceId: string, fired: readonly FiredAlert[], now: Date): Promise<SupervisorAlertView[]> {
  if (fired.length === 0) return [];
  try {
    return await db.$transaction(async (tx) => {
      const open = await tx.supervisorAlert.findMany({ where: { workspaceId, openKey: { in: fired.map((f) => f.key) } }, select: { openKey: true } });
      const openKeys = new Set(open.map((a) => a.openKey));
      const raised: StoredAlert[] = [];
      for (const alert of fired) {
        if (openKeys.has(alert.key)) continue;
        openKeys.add(alert.key);
        raised.push(
          await tx.supervisorAlert.create({
            data: {
              workspaceId,
              rule: alert.rule,
              key: alert.key,
              openKey: alert.key,
              message: alert.message,
              detail: { ...alert.detail, ...(alert.conversationId ? { conversationId: alert.conversationId } : {}) },
              raisedAt: now,
            },
            select: viewSelect,
          }),
        );
      }
      const views = raised.map(toView);
      await queueWebhookDeliveries(tx, workspaceId, views.map((view) => alertSource(workspaceId, view)));
      return views;
    });
  } catch (error) {
    // Another evaluation raised one of these alerts at the same moment and announced it; whatever
    // else this one found is raised by the next evaluation.
    if (isUniqueViolation(error)) return [];
    throw error;
  }
}

/** Records which supervisor acknowledged an open alert, and when; refused for agents and for an alert already acknowledged. */
export async function acknowledgeAlert(db: Db, staff: StaffMember, alertId: string, now: Date = new Date()): Promise<SupervisorAlertView> {
  if (!roleAtLeast(staff.role, "supervisor")) throw new StaffActionError("Only supervisors and admins acknowledge alerts.");
  return db.$transaction(async (tx) => {
    const alert = await tx.supervisorAlert.findFirst({ where: { id: alertId, workspaceId: staff.workspaceId }, select: viewSelect });
    if (!alert) throw new StaffActionError("No such alert.");
    const { count } = await tx.supervisorAlert.updateMany({
      where: { id: alertId, openKey: { not: null } },
      data: { openKey: null, acknowledgedAt: now, acknowledgedById: staff.userId },
    });
    if (count === 0) throw new StaffActionError(`${alert.acknowledgedBy?.name ?? "Someone"} acknowledged this alert already.`);
    await audit(tx, {
      workspaceId: staff.workspaceId,
      actorType: "user",
      actorId: staff.userId,
      action: "alert.acknowledged",
      targetType: "supervisor_alert",
      targetId: alertId,
      detail: { key: alert.key, raisedAt: alert.raisedAt.toISOString() },
    });
    return toView(await tx.supervisorAlert.findUniqueOrThrow({ where: { id: alertId }, select: viewSelect }));
  });
}

/** Open alerts (newest first), or the most recently raised acknowledged ones. */
export async function listAlerts(db: Db, workspaceId: string, which: "open" | "acknowledged", take = 100): Promise<SupervisorAlertView[]> {
  const alerts = await db.supervisorAlert.findMany({
    where: { workspaceId, openKey: which === "open" ? { not: null } : null },
    orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
    take,
    select: viewSelect,
  });
  return alerts.map(toView);
}
