"use client";

import { useState, type FormEvent } from "react";
import type { EscalationPolicy } from "@/lib/workspace/settings";
import type { WhatIfResult } from "@/lib/analytics/what-if";
import { Button, Card, CardBody, CardHeader, Table, Td, Th } from "@/components/ui";

type NumericKnob = "confidenceFloor" | "missesBeforeHandoff" | "sentimentFloor" | "sentimentDecline" | "complexityThreshold" | "maxAgentHops" | "anomalyFactor";

const knobs: { key: NumericKnob; label: string; min: number; max: number; step: number }[] = [
  { key: "confidenceFloor", label: "Confidence floor", min: 0, max: 1, step: 0.05 },
  { key: "missesBeforeHandoff", label: "Misses in a row before handoff", min: 1, max: 5, step: 1 },
  { key: "sentimentFloor", label: "Sentiment floor", min: -1, max: 0, step: 0.05 },
  { key: "sentimentDecline", label: "Sentiment decline", min: 0, max: 2, step: 0.05 },
  { key: "complexityThreshold", label: "Complexity threshold", min: 0, max: 1, step: 0.05 },
  { key: "maxAgentHops", label: "Max AI agent hops", min: 1, max: 10, step: 1 },
  { key: "anomalyFactor", label: "Anomaly factor", min: 1, max: 10, step: 0.5 },
];

const humanise = (identifier: string) => identifier.replace(/_/g, " ");

/** Sliders over the escalation thresholds: re-decide the stored turns, and save the thresholds when they look right. */
export function WhatIfForm({ current, definition }: { current: EscalationPolicy; definition: string }) {
  const [policy, setPolicy] = useState<EscalationPolicy>(current);
  const [days, setDays] = useState(30);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const response = await fetch("/api/supervisor/what-if", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ days, policy }) });
    setBusy(false);
    if (!response.ok) return setStatus("The what-if could not run. Check the values and try again.");
    setResult((await response.json()) as WhatIfResult);
  }

  async function save() {
    if (!window.confirm("Save these thresholds? The AI uses them from the next customer message.")) return;
    setBusy(true);
    const response = await fetch("/api/supervisor/escalation-policy", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ policy }) });
    setBusy(false);
    setStatus(response.ok ? "Thresholds saved." : "The thresholds could not be saved.");
  }

  return (
    <Card data-testid="what-if">
      <CardHeader title="Threshold what-if" description={definition} />
      <CardBody className="space-y-4">
        <form onSubmit={run} className="grid gap-4 md:grid-cols-3">
          {knobs.map((knob) => (
            <div key={knob.key}>
              <label htmlFor={`knob-${knob.key}`} className="mb-1 flex justify-between text-sm font-medium text-slate-700">
                <span>{knob.label}</span>
                <output htmlFor={`knob-${knob.key}`}>{policy[knob.key]}</output>
              </label>
              <input
                id={`knob-${knob.key}`}
                type="range"
                min={knob.min}
                max={knob.max}
                step={knob.step}
                value={policy[knob.key]}
                onChange={(e) => setPolicy({ ...policy, [knob.key]: Number(e.target.value) })}
                className="w-full accent-brand-600"
              />
            </div>
          ))}
          <div>
            <label htmlFor="what-if-days" className="mb-1 block text-sm font-medium text-slate-700">
              Days of history
            </label>
            <input id="what-if-days" type="number" min={1} max={90} value={days} onChange={(e) => setDays(Number(e.target.value))} className="h-10 w-24 rounded-md border border-slate-300 px-3 text-sm" />
          </div>
          <div className="flex items-end gap-2 md:col-span-2">
            <Button type="submit" disabled={busy}>
              Run what-if
            </Button>
            <Button variant="secondary" onClick={save} disabled={busy}>
              Save thresholds
            </Button>
            <Button variant="ghost" onClick={() => setPolicy(current)} disabled={busy}>
              Reset
            </Button>
          </div>
        </form>
        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
        {result ? (
          <div className="space-y-3" data-testid="what-if-result">
            <p className="text-sm text-slate-700">
              Of {result.conversations} conversations ({result.turns} customer turns), <strong>{result.didEscalate}</strong> escalated and{" "}
              <strong>{result.wouldEscalate}</strong> would have: {result.newlyEscalated} more, {result.noLongerEscalated} fewer; {result.turnsChanged} turns
              decided differently.
            </p>
            <Table>
              <caption className="sr-only">Handoff turns by primary trigger, as stored and as re-decided</caption>
              <thead>
                <tr>
                  <Th>Primary trigger</Th>
                  <Th>Handoff turns as stored</Th>
                  <Th>Under these thresholds</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.byPrimaryTrigger.map((row) => (
                  <tr key={row.trigger}>
                    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                      {humanise(row.trigger)}
                    </th>
                    <Td>{row.did}</Td>
                    <Td>{row.would}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
