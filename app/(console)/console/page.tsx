import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { Badge, Card, CardHeader, EmptyRow, Table, Td, Th, cx, type BadgeTone } from "@/components/ui";

export const metadata: Metadata = { title: "Inbox" };

const views = {
  waiting: { label: "Waiting", statuses: ["waiting_human"] as const },
  mine: { label: "Mine", statuses: ["with_human", "waiting_human", "pending_async"] as const },
  all: { label: "All open", statuses: ["open", "waiting_human", "with_human", "pending_async"] as const },
};
type View = keyof typeof views;

const statusTone: Record<string, BadgeTone> = {
  open: "brand",
  waiting_human: "warning",
  with_human: "success",
  pending_async: "neutral",
  resolved: "neutral",
};

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaffPage("agent", "/console");
  const params = await searchParams;
  const view: View = typeof params.view === "string" && params.view in views ? (params.view as View) : "all";
  const db = await getDb();
  const conversations = await db.conversation.findMany({
    where: {
      workspaceId: staff.workspaceId,
      status: { in: [...views[view].statuses] },
      ...(view === "mine" ? { assigneeId: staff.id } : {}),
    },
    include: { customer: true, assignee: true },
    orderBy: { lastMessageAt: "desc" },
    take: 100,
  });

  return (
    <Card>
      <CardHeader
        title="Inbox"
        description="Conversations the AI is handling or has handed to a person."
        actions={
          <nav aria-label="Inbox views" className="flex gap-1 rounded-md bg-slate-100 p-1 text-sm">
            {(Object.keys(views) as View[]).map((key) => (
              <Link
                key={key}
                href={`/console?view=${key}`}
                aria-current={key === view ? "page" : undefined}
                className={cx("rounded px-3 py-1", key === view ? "bg-white font-medium shadow-sm" : "text-slate-600")}
              >
                {views[key].label}
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
            <Th>Last message</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {conversations.length === 0 ? (
            <EmptyRow colSpan={5}>No conversations in this view right now.</EmptyRow>
          ) : (
            conversations.map((c) => (
              <tr key={c.id}>
                <Td>{c.customer?.name ?? "Visitor"}</Td>
                <Td>{c.customer ? <Badge>{c.customer.tier}</Badge> : "—"}</Td>
                <Td>
                  <Badge tone={statusTone[c.status] ?? "neutral"}>{c.status.replace("_", " ")}</Badge>
                </Td>
                <Td>{c.assignee?.name ?? "AI"}</Td>
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
