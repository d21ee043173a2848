import type { HandoffBrief } from "@/lib/handoff/brief";
import type { BriefFeedbackState } from "@/lib/console/brief-feedback";
import { Badge, Card, CardBody, DetailRow, type BadgeTone } from "@/components/ui";
import { safeHref } from "@/lib/widget/markdown";
import { BriefFeedbackForm } from "./brief-feedback-form";

const urgencyTone: Record<string, BadgeTone> = { critical: "danger", high: "danger", medium: "warning", low: "neutral" };

/** The page the customer chatted from; the address came from their browser, so only a web address becomes a link. */
function PageLink({ url, title }: { url: string; title: string | null }) {
  const href = /^https?:\/\//i.test(url) ? safeHref(url) : null;
  const label = title ? `${title} (${url})` : url;
  if (!href) return <span className="break-all">{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline" data-testid="brief-page">
      {title ?? url}
      {title ? <span className="block text-xs text-slate-600">{url}</span> : null}
    </a>
  );
}

/** The brief in the order a person reads it: who, what, why now, what to do. */
export function HandoffBriefCard({ brief, conversationId, feedback }: { brief: HandoffBrief; conversationId: string; feedback: BriefFeedbackState | null }) {
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
          <DetailRow label="Who">
            {customer.name ?? "A visitor who is not signed in"}
            {customer.tier ? ` · ${customer.tier}` : ""} · {customer.language}
            {customer.verified ? " · identity verified" : " · not verified"}
            {customer.risk_flags.length > 0 ? ` · flags: ${customer.risk_flags.join(", ")}` : ""}
          </DetailRow>
          {Object.keys(customer.attributes ?? {}).length > 0 ? (
            <DetailRow label="From the site">
              <span data-testid="brief-attributes">
                {Object.entries(customer.attributes ?? {})
                  .map(([key, value]) => `${key}: ${String(value)}`)
                  .join(" · ")}
              </span>
            </DetailRow>
          ) : null}
          <DetailRow label="What">{context.summary}</DetailRow>
          {brief.conversation.page_url ? (
            <DetailRow label="Page">
              <PageLink url={brief.conversation.page_url} title={brief.conversation.page_title} />
            </DetailRow>
          ) : null}
          <DetailRow label="Why now">
            <span data-testid="brief-trigger" className="font-medium">
              {escalation.trigger?.replaceAll("_", " ") ?? "no trigger recorded"}
            </span>
            {": "}
            <span data-testid="brief-reason">{escalation.reason}</span>
            {escalation.triggers_fired.length > 1 ? (
              <span className="block text-xs text-slate-500">Also fired: {escalation.triggers_fired.slice(1).map((t) => t.trigger.replaceAll("_", " ")).join(", ")}</span>
            ) : null}
          </DetailRow>
          <DetailRow label="Do next">
            <span className="font-medium">{escalation.recommended_action}</span>
          </DetailRow>
          {context.customer_verbatim ? (
            <DetailRow label="In their words">
              <q className="italic">{context.customer_verbatim}</q>
            </DetailRow>
          ) : null}
          <DetailRow label="AI stopped">{context.ai_limitation}</DetailRow>
          {context.business_impact ? <DetailRow label="At stake">{context.business_impact}</DetailRow> : null}
          {(context.attachments ?? []).length > 0 ? (
            <DetailRow label="Files">
              <ul className="flex flex-wrap gap-2" data-testid="brief-attachments">
                {(context.attachments ?? []).map((file) => (
                  <li key={file.id}>
                    <a href={file.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
                      {file.file_name}
                    </a>{" "}
                    <span className="text-xs text-slate-600">
                      from the {file.from}, {Math.max(1, Math.round(file.size_bytes / 1024))} KB
                    </span>
                  </li>
                ))}
              </ul>
            </DetailRow>
          ) : null}
          {brief.actions_taken.length > 0 ? (
            <DetailRow label="AI tried">
              <ul className="list-disc pl-4">
                {brief.actions_taken.map((a, i) => (
                  <li key={i}>
                    {a.detail} <Badge>{a.result.replace("_", " ")}</Badge>
                  </li>
                ))}
              </ul>
            </DetailRow>
          ) : null}
          <DetailRow label="Routing">
            {brief.routing.reason}
            <span className="block text-xs text-slate-500">
              queue {brief.routing.queue} · skills {brief.routing.required_skills.join(", ") || "none"} · churn risk {escalation.churn_risk ?? "unknown"} · confidence{" "}
              {escalation.confidence_score ?? "unknown"}
            </span>
          </DetailRow>
        </dl>
        {feedback?.mayRate ? <BriefFeedbackForm conversationId={conversationId} handoffId={brief.handoff_id} current={feedback.current} /> : null}
      </CardBody>
    </Card>
  );
}
