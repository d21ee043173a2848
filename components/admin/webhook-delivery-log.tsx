"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, Badge, Button, EmptyRow, Table, Td, Th, type BadgeTone } from "@/components/ui";
import { sendJson } from "./send-json";

export interface WebhookDeliveryRow {
  id: string;
  url: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const tone: Record<string, BadgeTone> = { delivered: "success", pending: "warning", failed: "danger" };

/** The latest deliveries with their outcome, and a resend for those no longer pending. */
export function WebhookDeliveryLog({ deliveries }: { deliveries: WebhookDeliveryRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [resent, setResent] = useState<string | null>(null);

  async function resend(delivery: WebhookDeliveryRow) {
    const outcome = await sendJson(`/api/admin/webhook-deliveries/${delivery.id}/resend`, "POST");
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setResent(delivery.id);
    router.refresh();
  }

  return (
    <div>
      <div className="px-4">
        <ActionError message={error} />
        {resent ? (
          <p role="status" className="text-sm text-emerald-700">
            Queued to be sent again.
          </p>
        ) : null}
      </div>
      <Table>
        <thead>
          <tr>
            <Th>Event</Th>
            <Th>Endpoint</Th>
            <Th>Outcome</Th>
            <Th>Attempts</Th>
            <Th>Written</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.length === 0 ? <EmptyRow colSpan={6}>No deliveries yet.</EmptyRow> : null}
          {deliveries.map((d) => (
            <tr key={d.id}>
              <Td>
                <code className="font-mono text-xs">{d.eventType}</code>
                <div className="font-mono text-xs text-slate-500">{d.id}</div>
              </Td>
              <Td>
                <span className="font-mono text-xs break-all">{d.url}</span>
              </Td>
              <Td>
                <Badge tone={tone[d.status] ?? "neutral"}>{d.status === "failed" ? "gave up" : d.status}</Badge>
                <div className="text-xs text-slate-600">
                  {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : null}
                  {d.lastError ? ` ${d.lastError}` : null}
                  {d.nextAttemptAt && d.attempts > 0 ? ` Next try ${new Date(d.nextAttemptAt).toUTCString()}.` : null}
                </div>
              </Td>
              <Td>{d.attempts}</Td>
              <Td>{new Date(d.createdAt).toUTCString()}</Td>
              <Td>
                {d.status === "pending" ? null : (
                  <Button size="sm" variant="secondary" onClick={() => void resend(d)} aria-label={`Resend ${d.eventType} ${d.id}`}>
                    Resend
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
