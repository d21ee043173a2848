import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { inboxViews, loadInbox, type InboxView } from "@/lib/console/inbox";
import { Badge, Card, CardHeader, EmptyRow, Table, Td, Th, cx, type BadgeTone } from "@/components/ui";
import { LiveRefresh } from "@/components/console/live-refresh";
import { SlaCountdown } from "@/components/console/sla-countdown";

export const metadata: Metadata = { title: "Inbox" };

const statusTone: Record<string, BadgeTone> = {
  open: "brand",
  waiting_human: "warning",
  with_human: "success",
  pending_async: "neutral",
  resolved: "neutral",
};

const urgencyTone: Record<string, BadgeTone> = { critical: "danger", high: "danger", medium: "warning", low: "neutral" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaffPage("agent", "/console");
  const params = await searchParams;
  const view: InboxView = typeof params.view === "string" && params.view in inboxViews ? (params.view as InboxView) : "all";
  const rows = await loadInbox(await getDb(), staff, view);

  return (
    <Card>
      <LiveRefresh />
      <CardHeader
        title="Inbox"
        description="Conversations the AI is handling or has handed to a person. Updates live."
        actions={
          <nav aria-label="Inbox views" className="flex gap-1 rounded-md bg-slate-100 p-1 text-sm">
            {(Object.keys(inboxViews) as InboxView[]).map((key) => (
              <Link
                key={key}
                href={`/console?view=${key}`}
                aria-current={key === view ? "page" : undefined}
                className={cx("rounded px-3 py-1", key === view ? "bg-white font-medium shadow-sm" : "text-slate-600")}
              >
                {inboxViews[key].label}
              </Link>
            ))}
          </nav>
        }
      />
      <Table>
        <thead>
          <tr>
            <Th>Customer</Th>
            <Th>Tier</Th>
            <Th>Status</Th>
            <Th>Owner</Th>
            <Th>Why a person</Th>
            <Th>First reply due</Th>
            <Th>Last message</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <EmptyRow colSpan={7}>No conversations in this view right now.</EmptyRow>
          ) : (
            rows.map((c) => (
              <tr key={c.id} data-conversation={c.id}>
                <Td>
                  <Link href={`/console/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {c.customerName ?? "Visitor"}
                  </Link>
                  {c.pendingApprovals > 0 ? (
                    <span className="ml-2" data-testid="approval-badge">
                      <Badge tone="warning">{c.pendingApprovals === 1 ? "approval needed" : `${c.pendingApprovals} approvals needed`}</Badge>
                    </span>
                  ) : null}
                </Td>
                <Td>{c.tier ? <Badge>{c.tier}</Badge> : "—"}</Td>
                <Td>
                  <Badge tone={statusTone[c.status] ?? "neutral"}>{c.status.replace("_", " ")}</Badge>
                </Td>
                <Td>{c.ownerName ?? (c.status === "waiting_human" ? "Queue" : "AI")}</Td>
                <Td className="max-w-xs truncate whitespace-normal">
                  {c.trigger ? (
                    <span className="flex items-center gap-2">
                      {c.urgency ? <Badge tone={urgencyTone[c.urgency]}>{c.urgency}</Badge> : null}
                      <span title={c.reason ?? undefined}>{c.trigger.replaceAll("_", " ")}</span>
                    </span>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  <SlaCountdown dueAt={c.slaDueAt} />
                </Td>
                <Td>
                  <time dateTime={c.lastMessageAt.toISOString()}>{c.lastMessageAt.toLocaleString("en-US")}</time>
                </Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </Card>
  );
}
