import Link from "next/link";
import { cx } from "@/components/ui";

const tabs = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/setup", label: "Getting started" },
  { href: "/admin/team", label: "Team" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/help-centre", label: "Help centre" },
  { href: "/admin/connectors", label: "Connectors" },
  { href: "/admin/api", label: "API" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/dev/mailbox", label: "Mailbox" },
];

/** The admin area's pages. */
export function AdminTabs({ current }: { current: string }) {
  return (
    <nav aria-label="Admin" className="flex flex-wrap gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cx("-mb-px border-b-2 px-3 py-2 text-sm", tab.href === current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
