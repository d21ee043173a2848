import Link from "next/link";
import { cx } from "@/components/ui";

const tabs = [
  { href: "/supervisor", label: "Overview" },
  { href: "/supervisor/escalations", label: "Escalations" },
  { href: "/supervisor/quality", label: "Service quality" },
  { href: "/supervisor/quality-scores", label: "Quality scores" },
  { href: "/supervisor/agents", label: "Agents" },
  { href: "/supervisor/alerts", label: "Alerts" },
] as const;

/** Keeps the current filters when moving between the supervisor pages. */
export function SupervisorTabs({ current, query }: { current: (typeof tabs)[number]["href"] | null; query: string }) {
  return (
    <nav aria-label="Supervisor" className="flex gap-1 border-b border-slate-200 text-sm">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={`${tab.href}?${query}`}
          aria-current={tab.href === current ? "page" : undefined}
          className={cx("-mb-px border-b-2 px-3 py-2", tab.href === current ? "border-brand-600 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
