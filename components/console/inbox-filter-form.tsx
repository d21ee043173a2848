import Link from "next/link";
import { ESCALATION_TRIGGERS } from "@/lib/events/catalogue";
import { CONVERSATION_STATUSES, CUSTOMER_TIERS, hasFilters, type InboxFilters } from "@/lib/console/inbox-filters";
import type { InboxView } from "@/lib/console/inbox";
import { Input, Label, buttonClasses } from "@/components/ui";

const select = "block h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";
const words = (identifier: string) => identifier.replace(/_/g, " ");

function Choice({ id, label, name, value, options, all }: { id: string; label: string; name: string; value: string | undefined; options: { value: string; label: string }[]; all: string }) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <select id={id} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters as a plain GET form: a filtered inbox is a link a colleague can open. */
export function InboxFilterForm({ view, filters, colleagues, languages }: { view: InboxView; filters: InboxFilters; colleagues: { id: string; name: string }[]; languages: string[] }) {
  return (
    <form method="get" action="/console" role="search" aria-label="Search and filter conversations" className="grid grid-cols-2 items-end gap-3 border-b border-slate-100 px-5 py-3 md:grid-cols-4 xl:grid-cols-8">
      <input type="hidden" name="view" value={view} />
      <div className="col-span-2">
        <Label htmlFor="inbox-q">Search messages and customers</Label>
        <Input id="inbox-q" type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Name, email or words in the chat" maxLength={200} />
      </div>
      <Choice id="inbox-status" label="Status" name="status" value={filters.status} all="All in this view" options={CONVERSATION_STATUSES.map((s) => ({ value: s, label: words(s) }))} />
      <Choice
        id="inbox-assignee"
        label="Assignee"
        name="assignee"
        value={filters.assignee}
        all="Anyone"
        options={[{ value: "me", label: "Me" }, { value: "unassigned", label: "Nobody" }, ...colleagues.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <Choice id="inbox-trigger" label="Trigger" name="trigger" value={filters.trigger} all="Any trigger" options={ESCALATION_TRIGGERS.map((t) => ({ value: t, label: words(t) }))} />
      <Choice id="inbox-language" label="Language" name="language" value={filters.language} all="Any language" options={languages.map((l) => ({ value: l, label: l }))} />
      <Choice id="inbox-tier" label="Tier" name="tier" value={filters.tier} all="Any tier" options={CUSTOMER_TIERS.map((t) => ({ value: t, label: t }))} />
      <div>
        <Label htmlFor="inbox-page">Page</Label>
        <Input id="inbox-page" name="page" defaultValue={filters.page ?? ""} placeholder="/checkout" maxLength={200} />
      </div>
      <div className="col-span-2 flex items-center gap-3 md:col-span-4 xl:col-span-8">
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
        {hasFilters(filters) ? (
          <Link href={`/console?view=${view}`} className="text-sm text-brand-700 hover:underline">
            Clear search and filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
