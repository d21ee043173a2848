import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isStaffRole } from "@/lib/auth/roles";
import { AGENT_SKILLS, type AgentSkill } from "@/lib/handoff/routing";
import { pendingInvitations } from "@/lib/team/invitations";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { InviteForm } from "@/components/admin/invite-form";
import { MemberEditor } from "@/components/admin/member-editor";
import { RevokeInvitationButton } from "@/components/admin/revoke-invitation-button";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export default async function TeamPage() {
  const staff = await requireStaffPage("admin", "/admin/team");
  const db = await getDb();
  const [users, invitations] = await Promise.all([
    db.user.findMany({ where: { workspaceId: staff.workspaceId }, orderBy: [{ active: "desc" }, { name: "asc" }] }),
    pendingInvitations(db, staff.workspaceId),
  ]);
  return (
    <div className="space-y-6">
      <AdminTabs current="/admin/team" />
      <Card>
        <CardHeader title="Invite someone" description="They get an email with a link to choose their name and password." />
        <CardBody>
          <InviteForm />
          {invitations.length > 0 ? (
            <ul className="mt-4 space-y-1 text-sm text-slate-600" aria-label="Open invitations">
              {invitations.map((i) => (
                <li key={`${i.email}-${i.expiresAt.toISOString()}`} className="flex flex-wrap items-center gap-2">
                  {i.email} ({i.role}) — invited, link valid until <time dateTime={i.expiresAt.toISOString()}>{i.expiresAt.toUTCString()}</time>
                  <RevokeInvitationButton email={i.email} />
                </li>
              ))}
            </ul>
          ) : null}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Team" description="Routing gives conversations to active agents with the skills and language, VIPs to senior and lead agents, up to each chat limit." />
        <CardBody className="divide-y divide-slate-100">
          {users.map((u) => (
            <MemberEditor
              key={u.id}
              isSelf={u.id === staff.id}
              member={{
                id: u.id,
                name: u.name,
                email: u.email,
                active: u.active,
                role: isStaffRole(u.role) ? u.role : "agent",
                skills: strings(u.skills).filter((s): s is AgentSkill => (AGENT_SKILLS as readonly string[]).includes(s)),
                languages: strings(u.languages),
                seniority: u.seniority,
                maxConcurrentChats: u.maxConcurrentChats,
              }}
            />
          ))}
        </CardBody>
      </Card>
    </div>
  );
}
