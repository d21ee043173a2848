import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { gettingStarted } from "@/lib/setup/getting-started";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import { Badge, Card, CardBody, CardHeader } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { BusinessHoursForm, LanguagesForm, WorkspaceNameForm } from "@/components/admin/settings-forms";
import { WidgetSnippet } from "@/components/admin/widget-snippet";

export const metadata: Metadata = { title: "Getting started" };
export const dynamic = "force-dynamic";

function Step({ n, title, done, children }: { n: number; title: string; done?: boolean; children: ReactNode }) {
  return (
    <section aria-label={`Step ${n}: ${title}`} className="space-y-3">
      <h2 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        {n}. {title} {done === undefined ? null : done ? <Badge tone="success">done</Badge> : <Badge tone="warning">to do</Badge>}
      </h2>
      {children}
    </section>
  );
}

/** The first admin's path from an empty workspace to a chat on their site. */
export default async function GettingStartedPage() {
  const staff = await requireStaffPage("admin", "/admin/setup");
  const db = await getDb();
  const [workspace, state] = await Promise.all([db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId } }), gettingStarted(db, staff.workspaceId)]);
  const settings = parseWorkspaceSettings(workspace);
  return (
    <div className="space-y-8">
      <AdminTabs current="/admin/setup" />
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Getting started</h1>
        <p className="text-sm text-slate-600">Five steps from an empty workspace to a chat on your site. Everything here can be changed later under Settings.</p>
      </div>
      <Step n={1} title="Name and languages" done={state.languagesSet}>
        <div className="grid gap-4 md:grid-cols-2">
          <WorkspaceNameForm name={workspace.name} />
          <LanguagesForm widget={settings.widget} />
        </div>
      </Step>
      <Step n={2} title="Business hours" done={state.hoursSet}>
        <BusinessHoursForm hours={settings.businessHours} timezone={workspace.timezone} />
      </Step>
      <Step n={3} title="Help centre" done={state.publishedArticles > 0}>
        <Card>
          <CardBody className="text-sm text-slate-700">
            {state.publishedArticles > 0 ? `${state.publishedArticles} published article(s). ` : "The AI answers from your help centre, and it is empty. "}
            <Link href="/admin/help-centre" className="font-medium text-brand-700 underline">
              Write your first articles or import your help centre
            </Link>
            .
          </CardBody>
        </Card>
      </Step>
      <Step n={4} title="Your team" done={state.teamInvited}>
        <Card>
          <CardBody className="text-sm text-slate-700">
            <Link href="/admin/team" className="font-medium text-brand-700 underline">
              Invite your agents and supervisors
            </Link>{" "}
            and set their skills and languages, so handoffs reach the right person.
          </CardBody>
        </Card>
      </Step>
      <Step n={5} title="Put the chat on your site">
        <Card>
          <CardHeader title="Widget snippet" description="Limit which sites may show it under Settings → Chat widget." />
          <CardBody>
            <WidgetSnippet slug={workspace.slug} />
          </CardBody>
        </Card>
      </Step>
    </div>
  );
}
