import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { gettingStarted, stillSettingUp } from "@/lib/setup/getting-started";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import Link from "next/link";
import { Badge, Card, CardBody, CardHeader, Table, Td, Th } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";

export const metadata: Metadata = { title: "Admin" };

function list(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : "—";
}

function money(cents: number): string {
  return (cents / 100).toLocaleString("en-US", { style: "currency", currency: "USD" });
}

function duration(seconds: number): string {
  return seconds >= 3600 ? `${seconds / 3600} h` : `${seconds / 60} min`;
}

export default async function AdminPage() {
  const staff = await requireStaffPage("admin", "/admin");
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: staff.workspaceId },
    include: { users: { orderBy: [{ role: "desc" }, { name: "asc" }] } },
  });
  const settings = parseWorkspaceSettings(workspace);
  const setup = await gettingStarted(db, staff.workspaceId);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{workspace.name}: administration</h1>
      <AdminTabs current="/admin" />
      {stillSettingUp(setup) ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="getting-started">
          This workspace is not ready for customers yet.{" "}
          <Link href="/admin/setup" className="font-medium underline">
            Finish getting started
          </Link>{" "}
          (hours, help centre, team, the widget snippet).
        </p>
      ) : null}
      <Card>
        <CardHeader
          title="Team"
          description="Who can take handoffs, with which skills and languages."
          actions={
            <Link href="/admin/team" className="text-sm font-medium text-brand-700 underline">
              Invite and edit
            </Link>
          }
        />
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Role</Th>
              <Th>Skills</Th>
              <Th>Languages</Th>
              <Th>Seniority</Th>
              <Th>Max chats</Th>
              <Th>Presence</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {workspace.users.map((u) => (
              <tr key={u.id}>
                <Td>
                  <div className="font-medium text-slate-900">{u.name}</div>
                  <div className="text-xs text-slate-500">{u.email}</div>
                </Td>
                <Td>
                  <Badge tone={u.role === "agent" ? "neutral" : "brand"}>{u.role}</Badge>
                </Td>
                <Td>{list(u.skills)}</Td>
                <Td>{list(u.languages)}</Td>
                <Td>{u.seniority}</Td>
                <Td>{u.maxConcurrentChats}</Td>
                <Td>{u.active ? u.presence : "deactivated"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader title="Escalation thresholds" description="When the AI hands a conversation to a person." />
          <CardBody>
            <dl className="grid grid-cols-2 gap-y-2 text-sm">
              <dt className="text-slate-500">Confidence floor</dt>
              <dd>{settings.escalation.confidenceFloor}</dd>
              <dt className="text-slate-500">Sentiment floor</dt>
              <dd>{settings.escalation.sentimentFloor}</dd>
              <dt className="text-slate-500">Sentiment decline</dt>
              <dd>{settings.escalation.sentimentDecline}</dd>
              <dt className="text-slate-500">Complexity threshold</dt>
              <dd>{settings.escalation.complexityThreshold}</dd>
              <dt className="text-slate-500">Max AI agent hops</dt>
              <dd>{settings.escalation.maxAgentHops}</dd>
              <dt className="text-slate-500">Anomaly factor</dt>
              <dd>{settings.escalation.anomalyFactor}×</dd>
              <dt className="text-slate-500">Always to a person</dt>
              <dd>{settings.escalation.riskCategories.join(", ")}</dd>
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Service levels and authority"
            description={`Business hours in ${workspace.timezone}.`}
            actions={
              <Link href="/admin/settings" className="text-sm font-medium text-brand-700 underline">
                Edit settings
              </Link>
            }
          />
          <CardBody>
            <Table>
              <thead>
                <tr>
                  <Th>Tier</Th>
                  <Th>First response</Th>
                  <Th>Resolution</Th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(settings.sla) as (keyof typeof settings.sla)[]).map((tier) => (
                  <tr key={tier}>
                    <Td>{tier}</Td>
                    <Td>{duration(settings.sla[tier].firstResponseSeconds)}</Td>
                    <Td>{duration(settings.sla[tier].resolutionSeconds)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <p className="mt-4 text-sm text-slate-600">
              The AI may refund up to {money(settings.authority.refundCents)} and give goodwill credit up to{" "}
              {money(settings.authority.goodwillCreditCents)} without approval.
            </p>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
