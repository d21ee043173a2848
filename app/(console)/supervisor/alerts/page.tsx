import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listAlerts } from "@/lib/alerts/alert-store";
import { alertRuleTitle } from "@/lib/alerts/rule-titles";
import { formatPercent, formatScore } from "@/lib/analytics/tables";
import { parseWorkspaceSettings, type AlertRules } from "@/lib/workspace/settings";
import type { SupervisorAlertView } from "@/lib/realtime/events";
import { AcknowledgeAlertButton } from "@/components/console/alert-tray";
import { AlertsLiveRefresh } from "@/components/console/live-refresh";
import { AlertRulesForm } from "@/components/supervisor/alert-rules-form";
import { SupervisorTabs } from "@/components/supervisor/supervisor-tabs";
import { Card, CardBody, CardHeader, EmptyRow, Table, Td, Th } from "@/components/ui";

export const metadata: Metadata = { title: "Alerts" };

const at = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** The workspace's alert rules as sentences, so a supervisor knows what will and will not reach them. */
function ruleSentences(rules: AlertRules): { id: string; enabled: boolean; text: string }[] {
  return [
    { id: "escalation_rate", enabled: rules.escalationRate.enabled, text: `More than ${formatPercent(rules.escalationRate.above)} of the last hour's conversations handed to a person, once there are at least ${rules.escalationRate.minConversations}.` },
    { id: "intent_spike", enabled: rules.intentSpike.enabled, text: `One intent's conversations in the last hour above ${rules.intentSpike.factor} times its hourly average over the previous 7 days (that average counted as at least ${rules.intentSpike.floorPerHour}).` },
    { id: "sla_breach_imminent", enabled: rules.slaBreachImminent.enabled, text: `A handed-off customer still without a person's first reply ${rules.slaBreachImminent.withinSeconds} s before the first-response target of their tier.` },
    { id: "unstaffed_queue", enabled: rules.unstaffedQueue.enabled, text: `${rules.unstaffedQueue.minWaiting} or more customers waiting in the queue while no agent is online, during business hours.` },
    { id: "csat_falling", enabled: rules.csatFalling.enabled, text: `The last 24 hours' average rating ${formatScore(rules.csatFalling.drop)} or more below the previous 7 days', with at least ${rules.csatFalling.minRatings} ratings in each.` },
    { id: "model_failures", enabled: rules.modelFailures.enabled, text: `The hosted model failed (an error, a timeout or an unusable answer) on ${rules.modelFailures.minTurns} or more customer turns in the last 10 minutes.` },
  ];
}

function AlertRow({ alert, open }: { alert: SupervisorAlertView; open: boolean }) {
  return (
    <tr data-testid={open ? "open-alert-row" : "acknowledged-alert-row"} data-alert-id={alert.id} data-alert-rule={alert.rule}>
      <Td>
        <time dateTime={alert.raisedAt}>{at(alert.raisedAt)}</time>
      </Td>
      <Td className="font-medium text-slate-900">{alertRuleTitle(alert.rule)}</Td>
      {/* Td never wraps; the sentence must, or the button beside it is pushed out of view. */}
      <td className="px-3 py-2 text-slate-700">
        {alert.message}
        {alert.conversationId ? (
          <>
            {" "}
            <Link href={`/console/${alert.conversationId}`} className="font-medium text-brand-700 hover:underline">
              Open conversation
            </Link>
          </>
        ) : null}
      </td>
      <Td className="text-right">
        {open ? (
          <AcknowledgeAlertButton alertId={alert.id} />
        ) : (
          <span data-testid="acknowledged-by">
            {alert.acknowledgedBy ?? "A former colleague"}, {at(alert.acknowledgedAt!)}
          </span>
        )}
      </Td>
    </tr>
  );
}

function AlertTable({ title, alerts, open }: { title: string; alerts: SupervisorAlertView[]; open: boolean }) {
  return (
    <Card aria-label={title}>
      <CardHeader title={title} />
      <Table>
        <thead>
          <tr>
            <Th>Raised</Th>
            <Th>Rule</Th>
            <Th>What happened</Th>
            <Th className="text-right">{open ? "" : "Acknowledged by"}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {alerts.length === 0 ? <EmptyRow colSpan={4}>{open ? "No open alerts." : "None acknowledged yet."}</EmptyRow> : alerts.map((a) => <AlertRow key={a.id} alert={a} open={open} />)}
        </tbody>
      </Table>
    </Card>
  );
}

export default async function AlertsPage() {
  const staff = await requireStaffPage("supervisor", "/supervisor/alerts");
  const db = await getDb();
  const [open, acknowledged, workspace] = await Promise.all([
    listAlerts(db, staff.workspaceId, "open"),
    listAlerts(db, staff.workspaceId, "acknowledged", 50),
    db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId } }),
  ]);
  const rules = parseWorkspaceSettings(workspace).alerts;
  return (
    <div className="space-y-6">
      <AlertsLiveRefresh />
      <h1 className="text-2xl font-semibold text-slate-900">Alerts</h1>
      <SupervisorTabs current="/supervisor/alerts" query="" />
      <AlertTable title="Open alerts" alerts={open} open />
      <AlertTable title="Acknowledged" alerts={acknowledged} open={false} />
      <Card aria-label="Alert rules">
        <CardHeader title="Rules in force" />
        <CardBody>
          <p className="text-sm text-slate-600">Checked every 30 seconds and after every handoff. An alert is raised once and not again until a supervisor acknowledges it.</p>
          <ul className="mt-3 space-y-2 text-sm">
            {ruleSentences(rules).map((r) => (
              <li key={r.id} data-testid="rule-in-force" data-alert-rule={r.id} className={r.enabled ? "text-slate-700" : "text-slate-500 line-through"}>
                <span className="font-medium">{alertRuleTitle(r.id)}:</span> {r.text}
              </li>
            ))}
          </ul>
          <AlertRulesForm current={rules} />
        </CardBody>
      </Card>
    </div>
  );
}
