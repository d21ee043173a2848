import Link from "next/link";
import { cx } from "@/components/ui";

export interface HeadlineProps {
  id: string;
  label: string;
  definition: string;
  value: string;
  /** The change against the previous period, already worded ("+2.0 pts"), or null when either side is empty. */
  change: string | null;
  /** Whether a rise is good news; decides the colour of the change. */
  changeIsGood: boolean | null;
  /** The list of the conversations behind the number. */
  href: string;
}

export function HeadlineCard({ id, label, definition, value, change, changeIsGood, href }: HeadlineProps) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`headline-${id}`}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 flex items-baseline gap-2">
        <Link href={href} className="text-2xl font-semibold text-slate-900 underline-offset-4 hover:underline">
          <span data-testid="headline-value">{value}</span>
          <span className="sr-only">: list the conversations behind {label}</span>
        </Link>
        {change ? (
          <span className={cx("text-xs", changeIsGood === null ? "text-slate-500" : changeIsGood ? "text-emerald-700" : "text-red-700")}>
            {change} vs previous period
          </span>
        ) : null}
      </dd>
      <dd className="mt-2 text-xs text-slate-500">{definition}</dd>
    </div>
  );
}
