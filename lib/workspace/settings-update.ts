import type { Db, Prisma } from "../db";
import { audit } from "../business/audit";
import type { SettingsPatch } from "./settings-sections";

/**
 * Saves what an admin changed, one audit row per part with its before and after, in the same
 * transaction. Every reader (routing, the widget, the pipeline, the retention sweep) reads the
 * workspace row when it acts, so a save applies on every instance from the next request on.
 */

type Column = keyof Prisma.WorkspaceUpdateInput;

/** Which workspace column each part of the patch is stored in, and the audit action naming it. */
const parts: Record<keyof SettingsPatch, { column: Column; action: string }> = {
  name: { column: "name", action: "workspace.name_changed" },
  businessHours: { column: "businessHours", action: "workspace.hours_changed" },
  timezone: { column: "timezone", action: "workspace.hours_changed" },
  sla: { column: "slaPolicy", action: "workspace.sla_changed" },
  authority: { column: "authorityLimits", action: "workspace.authority_changed" },
  widget: { column: "widgetSettings", action: "workspace.widget_changed" },
  email: { column: "emailSettings", action: "workspace.email_changed" },
  retention: { column: "retentionPolicy", action: "workspace.retention_changed" },
};

export async function updateWorkspaceSettings(db: Db, actor: { id: string; workspaceId: string }, patch: SettingsPatch): Promise<string[]> {
  const changed = (Object.keys(patch) as (keyof SettingsPatch)[]).filter((key) => patch[key] !== undefined);
  if (changed.length === 0) return [];
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
    const data: Record<string, unknown> = {};
    for (const key of changed) data[parts[key].column] = patch[key];
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: data as Prisma.WorkspaceUpdateInput });
    for (const key of changed) {
      const column = parts[key].column as keyof typeof before;
      await audit(tx, {
        workspaceId: actor.workspaceId,
        actorType: "user",
        actorId: actor.id,
        action: parts[key].action,
        targetType: "workspace",
        targetId: actor.workspaceId,
        detail: { setting: key, before: before[column] ?? null, after: patch[key] },
      });
    }
  });
  return changed;
}
