"use client";

import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Pictures of numbers that a table beside each chart also lists. The table is the accessible
 * version, so the drawing itself is hidden from assistive technology.
 */

const BRAND = "#4f46e5";
const MUTED = "#cbd5e1";
const AMBER = "#d97706";
// Recharts colours each legend entry like its series; the pale "Fired" bar made its label unreadable.
const LEGEND_TEXT = "#334155";

function legendLabel(value: string): ReactNode {
  return <span style={{ color: LEGEND_TEXT }}>{value}</span>;
}

function ChartFigure({ testId, caption, children }: { testId: string; caption: string; children: ReactNode }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      {/* The table beside each chart carries the same numbers for keyboards and screen readers. */}
      <div aria-hidden="true" inert className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}

export function TriggerChart({ rows }: { rows: { trigger: string; fired: number; primary: number }[] }) {
  return (
    <ChartFigure testId="chart-triggers" caption="Handoffs by trigger: the darker bar is the primary reason. The table below has the same numbers.">
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="trigger" tick={{ fontSize: 11 }} interval={0} angle={-20} textAnchor="end" height={50} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend formatter={legendLabel} />
        <Bar dataKey="fired" name="Fired" fill={MUTED} isAnimationActive={false} />
        <Bar dataKey="primary" name="Primary" fill={BRAND} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

export function HourChart({ rows, timezone }: { rows: { hour: string; handoffs: number }[]; timezone: string }) {
  return (
    <ChartFigure testId="chart-hours" caption={`Handoffs by hour of the day (${timezone}). The table below has the same numbers.`}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="hour" tick={{ fontSize: 11 }} interval={2} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Bar dataKey="handoffs" name="Handoffs" fill={BRAND} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

export function TrendChart({ rows }: { rows: { day: string; averageCsat: number | null; averageSentiment: number | null }[] }) {
  return (
    <ChartFigure testId="chart-trend" caption="Average CSAT (1–5, left axis) and customer sentiment (−1 to 1, right axis) by day. The table below has the same numbers.">
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={{ fontSize: 11 }} />
        <YAxis yAxisId="csat" domain={[1, 5]} tick={{ fontSize: 11 }} />
        <YAxis yAxisId="sentiment" orientation="right" domain={[-1, 1]} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend formatter={legendLabel} />
        <Line yAxisId="csat" dataKey="averageCsat" name="CSAT" stroke={BRAND} connectNulls dot={false} isAnimationActive={false} />
        <Line yAxisId="sentiment" dataKey="averageSentiment" name="Sentiment" stroke={AMBER} connectNulls dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}
