import Link from "next/link";
import type { ConversationView } from "@/lib/console/conversation-view";
import { Badge, Card, CardBody, CardHeader } from "@/components/ui";

function money(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

function AccountSection<T>({ title, rows, render }: { title: string; rows: T[]; render: (row: T) => React.ReactNode }) {
  return (
    <section>
      <h3 className="mb-1 font-medium text-slate-700">{title}</h3>
      {rows.length === 0 ? <p className="text-slate-500">None.</p> : <ul className="space-y-1">{rows.map(render)}</ul>}
    </section>
  );
}

function AccountRow({ label, value }: { label: React.ReactNode; value: React.ReactNode }) {
  return (
    <li className="flex justify-between gap-2">
      <span>{label}</span>
      <span>{value}</span>
    </li>
  );
}

export function CustomerAccount({ customer, account }: { customer: ConversationView["customer"]; account: ConversationView["account"] }) {
  if (!customer || !account) {
    return (
      <Card>
        <CardHeader title="Customer" />
        <CardBody className="text-sm text-slate-500">A visitor who has not signed in; no account to show.</CardBody>
      </Card>
    );
  }
  return (
    <Card aria-label="Customer account">
      <CardHeader title={customer.name} description={`${customer.email} · ${customer.tier} · ${customer.language}`} />
      <CardBody className="space-y-4 text-sm">
        {account.ordersUnreachable ? (
          <section>
            <h3 className="mb-1 font-medium text-slate-700">Recent orders</h3>
            <p role="status" className="text-red-700">
              Could not reach the shop: {account.ordersUnreachable}
            </p>
          </section>
        ) : (
          <AccountSection
            title="Recent orders"
            rows={account.orders}
            render={(o) => <AccountRow key={o.number} label={`#${o.number} · ${o.placedAt.toLocaleDateString("en-US")}`} value={<>{money(o.totalCents, o.currency)} <Badge>{o.status}</Badge></>} />}
          />
        )}
        <AccountSection
          title="Payments"
          rows={account.payments}
          render={(p) => (
            <AccountRow key={p.id} label={`${p.card} · ${p.at.toLocaleDateString("en-US")}`} value={<>{money(p.amountCents, p.currency)} <Badge tone={p.status === "failed" ? "danger" : "neutral"}>{p.status}</Badge></>} />
          )}
        />
        <AccountSection
          title="Previous conversations"
          rows={account.previousConversations}
          render={(c) => (
            <AccountRow
              key={c.id}
              label={
                <Link href={`/console/${c.id}`} className="text-brand-700 hover:underline" data-testid="previous-conversation">
                  <span className="line-clamp-2">{c.subject ?? "No topic recorded"}</span>
                  <span className="block text-xs text-slate-600">{c.createdAt.toLocaleDateString("en-US")}</span>
                </Link>
              }
              value={<Badge>{c.status.replace("_", " ")}</Badge>}
            />
          )}
        />
      </CardBody>
    </Card>
  );
}
