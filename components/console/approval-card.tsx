"use client";

import { useState } from "react";
import { sendConsoleAction } from "@/lib/realtime/console-socket";
import { formatMoney } from "@/lib/business/money";
import { actionLabels } from "@/lib/approvals/action-labels";
import type { ApprovalRequest } from "@/lib/approvals/approval-requests";
import type { ApprovalAuthority } from "@/lib/approvals/approval-authority";
import { ActionError, Badge, Button, Card, DetailRow, Label, Textarea } from "@/components/ui";

interface Props {
  conversationId: string;
  request: ApprovalRequest;
  customer: { name: string; tier: string } | null;
  authority: ApprovalAuthority;
}

/** One action above the AI's authority, with everything needed to decide it without reading the transcript. */
export function ApprovalCard({ conversationId, request, customer, authority }: Props) {
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { decision } = request;
  const label = actionLabels[request.action];
  const reasonId = `approval-reason-${request.id}`;

  async function decide(choice: "approve" | "deny") {
    setBusy(true);
    const failure = await sendConsoleAction("console:decide_approval", { conversationId, approvalEventId: request.id, decision: choice, reason: reason || undefined });
    setBusy(false);
    setError(failure);
  }

  return (
    <Card aria-label={`Approval: ${label} of ${formatMoney(request.amountCents)}`} data-testid="approval-card" data-state={decision?.decision ?? "pending"} className={decision ? undefined : "border-amber-300"}>
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-5 py-3">
        <h2 className="text-base font-semibold">
          {decision ? `${label[0]!.toUpperCase()}${label.slice(1)} ${decision.decision}` : `Approval needed: ${label}`}
        </h2>
        <Badge tone={decision ? (decision.decision === "approved" ? "success" : "neutral") : "warning"}>{decision ? decision.decision : "waiting"}</Badge>
        <time className="text-xs text-slate-500" dateTime={request.at.toISOString()}>
          asked {request.at.toLocaleString("en-US")}
        </time>
      </header>
      <div className="px-5 py-3">
        <dl className="divide-y divide-slate-100">
          <DetailRow label="Customer">{customer ? `${customer.name} · ${customer.tier}` : "A visitor who is not signed in"}</DetailRow>
          <DetailRow label="Order">{request.orderNumber ? `#${request.orderNumber}` : "not named"}</DetailRow>
          <DetailRow label="Amount">
            <span data-testid="approval-amount" className="font-medium">
              {formatMoney(request.amountCents)}
            </span>{" "}
            <span className="text-slate-500">(AI limit {formatMoney(request.limitCents)})</span>
          </DetailRow>
          <DetailRow label="Why">{request.reason}</DetailRow>
          <DetailRow label="Customer said">{request.customerWords ? <q>{request.customerWords}</q> : "—"}</DetailRow>
          {decision ? (
            <DetailRow label="Decision">
              <span data-testid="approval-outcome">
                {decision.decidedBy.name}, {new Date(decision.at).toLocaleString("en-US")}: {decision.outcome}
                {decision.reason ? ` Reason: ${decision.reason}` : ""}
              </span>
            </DetailRow>
          ) : null}
        </dl>
        {!decision && authority.allowed ? (
          <div className="mt-3 space-y-2">
            <Label htmlFor={reasonId}>Reason (the AI passes it on to the customer; needed to deny)</Label>
            <Textarea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            <div className="flex items-center gap-2">
              <Button onClick={() => void decide("approve")} disabled={busy}>
                Approve
              </Button>
              <Button variant="secondary" onClick={() => void decide("deny")} disabled={busy || !reason.trim()}>
                Deny
              </Button>
              <ActionError message={error} />
            </div>
          </div>
        ) : null}
        {!decision && !authority.allowed ? <p className="mt-3 text-sm text-slate-600">{authority.reason}</p> : null}
      </div>
    </Card>
  );
}
