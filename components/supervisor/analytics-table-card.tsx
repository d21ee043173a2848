import Link from "next/link";
import { drillHref } from "@/lib/analytics/drill-down";
import type { AnalyticsTable } from "@/lib/analytics/tables";
import { Card, CardHeader, EmptyRow, Table, Td, Th, buttonClasses, cx } from "@/components/ui";

/** One metric table with its definition and a CSV download of exactly these rows. */
export function AnalyticsTableCard({ table, query }: { table: AnalyticsTable; query: string }) {
  const captionId = `table-${table.name}-caption`;
  return (
    <Card data-testid={`table-${table.name}`}>
      <CardHeader
        title={table.title}
        description={table.definition}
        actions={
          <a href={`/api/supervisor/export/${table.name}?${query}`} className={cx(buttonClasses("secondary", "sm"), "shrink-0 whitespace-nowrap")} download>
            Download CSV<span className="sr-only"> of {table.title}</span>
          </a>
        }
      />
      <Table aria-describedby={captionId}>
        <caption id={captionId} className="sr-only">
          {table.title}: {table.definition}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <Th key={column}>{column}</Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.length === 0 ? <EmptyRow colSpan={table.columns.length}>Nothing in this period.</EmptyRow> : null}
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const link = table.links?.[i]?.[j];
                return j === 0 ? (
                  <th key={j} scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium text-slate-900">
                    {cell}
                  </th>
                ) : (
                  <Td key={j} className={j === table.emphasisColumn ? "font-semibold text-slate-900" : undefined}>
                    {link ? (
                      <Link href={drillHref(query, link)} className="text-brand-700 underline-offset-2 hover:underline">
                        {cell}
                      </Link>
                    ) : (
                      cell
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
