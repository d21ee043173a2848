import type { Db } from "../db";

/**
 * What a new workspace still lacks before customers can use it, read from the data itself: the
 * first admin's checklist after a production first start.
 */
export interface GettingStarted {
  hoursSet: boolean;
  languagesSet: boolean;
  publishedArticles: number;
  teamInvited: boolean;
}

export async function gettingStarted(db: Db, workspaceId: string): Promise<GettingStarted> {
  const [hours, widget, publishedArticles, staff, invitations] = await Promise.all([
    db.auditLog.count({ where: { workspaceId, action: "workspace.hours_changed" } }),
    db.auditLog.count({ where: { workspaceId, action: "workspace.widget_changed" } }),
    db.knowledgeArticle.count({ where: { workspaceId, published: true } }),
    db.user.count({ where: { workspaceId } }),
    db.oneTimeLink.count({ where: { workspaceId, purpose: "staff_invitation" } }),
  ]);
  return { hoursSet: hours > 0, languagesSet: widget > 0, publishedArticles, teamInvited: staff > 1 || invitations > 0 };
}

/** Whether the checklist still has something to do; the admin overview points to it until then. */
export function stillSettingUp(state: GettingStarted): boolean {
  return !state.hoursSet || state.publishedArticles === 0 || !state.teamInvited;
}
