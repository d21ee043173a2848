import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { inboxViews, loadInbox, type InboxView } from "@/lib/console/inbox";
import { hasFilters, parseInboxFilters } from "@/lib/console/inbox-filters";
import { InboxFilterForm } from "@/components/console/inbox-filter-form";
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

const previewAuthor: Record<string, string> = { ai: "AI: ", human: "Agent: " };

const urgencyTone: Record<string, BadgeTone> = { critical: "danger", high: "danger", medium: "warning", low: "neutral" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaffPage("agent", "/console");
  const params = await searchParams;
  const view: InboxView = typeof params.view === "string" && params.view in inboxViews ? (params.view as InboxView) : "all";
  const filters = parseInboxFilters(params);
  const db = await getDb();
  const [rows, colleagues, languages] = await Promise.all([
    loadInbox(db, staff, view, filters),
    db.user.findMany({ where: { workspaceId: staff.workspaceId, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.conversation.groupBy({ by: ["language"], where: { workspaceId: staff.workspaceId }, orderBy: { language: "asc" } }),
  ]);

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
      <InboxFilterForm view={view} filters={filters} colleagues={colleagues} languages={languages.map((l) => l.language)} />
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
            <EmptyRow colSpan={7}>{hasFilters(filters) ? "No conversations match this search." : "No conversations in this view right now."}</EmptyRow>
          ) : (
            rows.map((c) => (
              <tr key={c.id} data-conversation={c.id} className={c.unread > 0 ? "bg-brand-50/40" : undefined}>
                <Td className="max-w-sm whitespace-normal">
                  <Link href={`/console/${c.id}`} className={cx("text-brand-700 underline underline-offset-2", c.unread > 0 ? "font-semibold" : "font-medium")}>
                    {c.label}
                  </Link>
                  {c.unread > 0 ? (
                    <span className="ml-2" data-testid="unread">
                      <Badge tone="brand">{c.unread === 1 ? "1 unread" : `${c.unread} unread`}</Badge>
                    </span>
                  ) : null}
                  {c.pendingApprovals > 0 ? (
                    <span className="ml-2" data-testid="approval-badge">
                      <Badge tone="warning">{c.pendingApprovals === 1 ? "approval needed" : `${c.pendingApprovals} approvals needed`}</Badge>
                    </span>
                  ) : null}
                  {c.preview ? (
                    <p className="mt-0.5 line-clamp-1 text-xs text-slate-600" data-testid="preview">
                      {previewAuthor[c.preview.author] ?? ""}
                      {c.preview.text}
                    </p>
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
