import type { ComponentProps } from "react";
import type { ConversationFacts } from "@/lib/analytics/conversation-facts";
import type { AnalyticsFilters } from "@/lib/analytics/filters";
import { FilterForm } from "./filter-form";
import { SupervisorTabs } from "./supervisor-tabs";

type TabPath = NonNullable<ComponentProps<typeof SupervisorTabs>["current"]>;

/** Title, tabs and filters of a theme page; the intent choices are the intents seen in the period. */
export function AnalyticsPageHeader({ title, path, filters, query, facts }: { title: string; path: TabPath; filters: AnalyticsFilters; query: string; facts: readonly ConversationFacts[] }) {
  const intents = [...new Set(facts.flatMap((f) => f.intents))].sort();
  return (
    <>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <SupervisorTabs current={path} query={query} />
      <FilterForm action={path} filters={filters} intents={intents} />
    </>
  );
}
