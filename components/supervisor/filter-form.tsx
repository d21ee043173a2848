import { ESCALATION_TRIGGERS } from "@/lib/events/catalogue";
import type { Drill } from "@/lib/analytics/drill-down";
import { dayOf, type AnalyticsFilters } from "@/lib/analytics/filters";
import { Input, Label, buttonClasses } from "@/components/ui";

const DAY_MS = 24 * 3600 * 1000;
const select = "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm";

/**
 * A plain GET form: the filters live in the URL, so every view can be bookmarked and shared. On
 * the drill-down page the number being listed rides along, so changing the period keeps it.
 */
export function FilterForm({ action, filters, intents, drill }: { action: string; filters: AnalyticsFilters; intents: readonly string[]; drill?: Drill }) {
  return (
    <form method="get" action={action} className="grid grid-cols-2 items-end gap-3 md:grid-cols-6" aria-label="Filters">
      {drill
        ? Object.entries(drill).map(([key, value]) => (value === undefined ? null : <input key={key} type="hidden" name={key} value={String(value)} />))
        : null}
      <div>
        <Label htmlFor="filter-from">From</Label>
        <Input id="filter-from" type="date" name="from" defaultValue={dayOf(filters.start)} />
      </div>
      <div>
        <Label htmlFor="filter-to">To</Label>
        <Input id="filter-to" type="date" name="to" defaultValue={dayOf(new Date(filters.end.getTime() - DAY_MS))} />
      </div>
      <div>
        <Label htmlFor="filter-tier">Tier</Label>
        <select id="filter-tier" name="tier" defaultValue={filters.tier ?? ""} className={select}>
          <option value="">All tiers</option>
          {["free", "pro", "premium", "enterprise"].map((tier) => (
            <option key={tier} value={tier}>
              {tier}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Label htmlFor="filter-intent">Intent</Label>
        <select id="filter-intent" name="intent" defaultValue={filters.intent ?? ""} className={select}>
          <option value="">All intents</option>
          {/* The chosen intent stays choosable even in a period where it no longer occurs. */}
          {[...new Set([...intents, ...(filters.intent ? [filters.intent] : [])])].sort().map((intent) => (
            <option key={intent} value={intent}>
              {intent.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Label htmlFor="filter-trigger">Trigger</Label>
        <select id="filter-trigger" name="trigger" defaultValue={filters.trigger ?? ""} className={select}>
          <option value="">All triggers</option>
          {ESCALATION_TRIGGERS.map((trigger) => (
            <option key={trigger} value={trigger}>
              {trigger.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Apply filters
      </button>
    </form>
  );
}
