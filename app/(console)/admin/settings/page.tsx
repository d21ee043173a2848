import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { AuthorityForm, BusinessHoursForm, EmailForm, RetentionForm, SlaForm, WidgetForm, WorkspaceNameForm } from "@/components/admin/settings-forms";
import { WidgetSnippet } from "@/components/admin/widget-snippet";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

/** Every workspace setting an admin may change; each form saves its own part, audited. */
export default async function SettingsPage() {
  const staff = await requireStaffPage("admin", "/admin/settings");
  const workspace = await (await getDb()).workspace.findUniqueOrThrow({ where: { id: staff.workspaceId } });
  const settings = parseWorkspaceSettings(workspace);
  return (
    <div className="space-y-6">
      <AdminTabs current="/admin/settings" />
      <WorkspaceNameForm name={workspace.name} />
      <BusinessHoursForm hours={settings.businessHours} timezone={workspace.timezone} />
      <WidgetForm widget={settings.widget} />
      <Card>
        <CardHeader title="Widget snippet" />
        <CardBody>
          <WidgetSnippet slug={workspace.slug} />
        </CardBody>
      </Card>
      <SlaForm sla={settings.sla} />
      <AuthorityForm authority={settings.authority} />
      <Card>
        <CardHeader title="Escalation thresholds" description="When the AI hands a conversation to a person." />
        <CardBody className="text-sm text-slate-700">
          Tune them against your own past conversations in the{" "}
          <Link href="/supervisor/escalations" className="font-medium text-brand-700 underline">
            threshold what-if
          </Link>
          , then save them from there.
        </CardBody>
      </Card>
      <EmailForm email={settings.email} workspaceName={workspace.name} />
      <RetentionForm retention={settings.retention} />
    </div>
  );
}
