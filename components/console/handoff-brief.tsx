import type { HandoffBrief } from "@/lib/handoff/brief";
import { Badge, Card, CardBody, type BadgeTone } from "@/components/ui";

const urgencyTone: Record<string, BadgeTone> = { critical: "danger", high: "danger", medium: "warning", low: "neutral" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-1.5 text-sm">
      <dt className="font-medium text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** The brief in the order a person reads it: who, what, why now, what to do. */
export function HandoffBriefCard({ brief }: { brief: HandoffBrief }) {
  const { customer, escalation, context } = brief;
  return (
    <Card aria-labelledby="brief-title" data-testid="handoff-brief">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-5 py-3">
        <h2 id="brief-title" className="text-base font-semibold">
          Handoff brief
        </h2>
        <Badge tone={urgencyTone[escalation.urgency]}>{escalation.urgency}</Badge>
        <Badge tone="brand">{brief.mode}</Badge>
        <span className="text-xs text-slate-500">{brief.handoff_id}</span>
        {brief.previous_handoff_ids.length > 0 ? <Badge tone="warning">re-escalation after {brief.previous_handoff_ids.join(", ")}</Badge> : null}
      </header>
      <CardBody>
        <dl className="divide-y divide-slate-100">
          <Row label="Who">
            {customer.name ?? "A visitor who is not signed in"}
            {customer.tier ? ` · ${customer.tier}` : ""} · {customer.language}
            {customer.verified ? " · identity verified" : " · not verified"}
            {customer.risk_flags.length > 0 ? ` · flags: ${customer.risk_flags.join(", ")}` : ""}
          </Row>
          <Row label="What">{context.summary}</Row>
          <Row label="Why now">
            <span data-testid="brief-trigger" className="font-medium">
              {escalation.trigger?.replaceAll("_", " ") ?? "no trigger recorded"}
            </span>
            {": "}
            <span data-testid="brief-reason">{escalation.reason}</span>
            {escalation.triggers_fired.length > 1 ? (
              <span className="block text-xs text-slate-500">Also fired: {escalation.triggers_fired.slice(1).map((t) => t.trigger.replaceAll("_", " ")).join(", ")}</span>
            ) : null}
          </Row>
          <Row label="Do next">
            <span className="font-medium">{escalation.recommended_action}</span>
          </Row>
          {context.customer_verbatim ? (
            <Row label="In their words">
              <q className="italic">{context.customer_verbatim}</q>
            </Row>
          ) : null}
          <Row label="AI stopped">{context.ai_limitation}</Row>
          {context.business_impact ? <Row label="At stake">{context.business_impact}</Row> : null}
          {brief.actions_taken.length > 0 ? (
            <Row label="AI tried">
              <ul className="list-disc pl-4">
                {brief.actions_taken.map((a, i) => (
                  <li key={i}>
                    {a.detail} <Badge>{a.result.replace("_", " ")}</Badge>
                  </li>
                ))}
              </ul>
            </Row>
          ) : null}
          <Row label="Routing">
            {brief.routing.reason}
            <span className="block text-xs text-slate-500">
              queue {brief.routing.queue} · skills {brief.routing.required_skills.join(", ") || "none"} · churn risk {escalation.churn_risk ?? "unknown"} · confidence{" "}
              {escalation.confidence_score ?? "unknown"}
            </span>
          </Row>
        </dl>
      </CardBody>
    </Card>
  );
}
