"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { alertRuleTitle } from "@/lib/alerts/rule-titles";
import type { AlertRules } from "@/lib/workspace/settings";
import { ActionError, Button, Input, Label } from "@/components/ui";

type RuleKey = keyof AlertRules;

interface Field {
  rule: RuleKey;
  key: string;
  label: string;
  min: number;
  max?: number;
  step: number;
  /** Shown multiplied by this (a share as a percentage). */
  scale?: number;
}

const rules: { key: RuleKey; id: string }[] = [
  { key: "escalationRate", id: "escalation_rate" },
  { key: "intentSpike", id: "intent_spike" },
  { key: "slaBreachImminent", id: "sla_breach_imminent" },
  { key: "unstaffedQueue", id: "unstaffed_queue" },
  { key: "csatFalling", id: "csat_falling" },
  { key: "modelFailures", id: "model_failures" },
];

// Bounds mirror the settings schema, so the browser points at a wrong value before the server has to.
const fields: Field[] = [
  { rule: "escalationRate", key: "above", label: "Handed to a person above (%)", min: 0, max: 100, step: 1, scale: 100 },
  { rule: "escalationRate", key: "minConversations", label: "Once there are at least (conversations)", min: 1, step: 1 },
  { rule: "intentSpike", key: "factor", label: "Times its hourly average", min: 1, max: 100, step: 0.5 },
  { rule: "intentSpike", key: "floorPerHour", label: "Average counted as at least (per hour)", min: 0, step: 1 },
  { rule: "slaBreachImminent", key: "withinSeconds", label: "Seconds before the first-response target", min: 10, max: 3600, step: 5 },
  { rule: "unstaffedQueue", key: "minWaiting", label: "Customers waiting", min: 1, step: 1 },
  { rule: "csatFalling", key: "drop", label: "Rating drop (points out of 5)", min: 0.1, max: 4, step: 0.1 },
  { rule: "csatFalling", key: "minRatings", label: "Ratings needed in each period", min: 1, step: 1 },
  { rule: "modelFailures", key: "minTurns", label: "Customer turns in 10 minutes", min: 1, max: 1000, step: 1 },
];

const fieldId = (field: Pick<Field, "rule" | "key">) => `alert-${field.rule}-${field.key}`;

/** Server-side validation issues, named by the fields a supervisor sees. */
function describeIssues(issues: { path: (string | number)[]; message: string }[]): string {
  return issues
    .map(({ path, message }) => {
      const [, rule, key] = path;
      const field = fields.find((f) => f.rule === rule && f.key === key);
      const ruleId = rules.find((r) => r.key === rule)?.id;
      return `${ruleId ? alertRuleTitle(ruleId) : "Rules"}${field ? `, ${field.label}` : ""}: ${message}`;
    })
    .join(" ");
}

/** Edits when each alert fires; the rules in force above update as soon as they are saved. */
export function AlertRulesForm({ current }: { current: AlertRules }) {
  const router = useRouter();
  const [draft, setDraft] = useState<AlertRules>(current);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Rounded so a stored 0.35 shows as 35, not 35.00000000000001.
  const valueOf = (field: Field) => Math.round((draft[field.rule] as unknown as Record<string, number>)[field.key]! * (field.scale ?? 1) * 1e6) / 1e6;
  const update = (rule: RuleKey, change: Record<string, number | boolean>) => {
    setSaved(false);
    setDraft({ ...draft, [rule]: { ...draft[rule], ...change } });
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch("/api/supervisor/alert-rules", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rules: draft }),
    });
    setBusy(false);
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: string; issues?: { path: (string | number)[]; message: string }[] } | null;
      return setError(body?.issues?.length ? describeIssues(body.issues) : (body?.error ?? "The rules could not be saved."));
    }
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={save} aria-label="Change alert rules" className="mt-4 space-y-4 border-t border-slate-100 pt-4">
      <div className="grid gap-4 md:grid-cols-2">
        {rules.map((rule) => (
          <fieldset key={rule.key} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-900">{alertRuleTitle(rule.id)}</legend>
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={draft[rule.key].enabled} onChange={(e) => update(rule.key, { enabled: e.target.checked })} />
              Alert me
            </label>
            {fields
              .filter((field) => field.rule === rule.key)
              .map((field) => (
                <div key={field.key} className="mt-2">
                  <Label htmlFor={fieldId(field)}>{field.label}</Label>
                  <Input
                    id={fieldId(field)}
                    type="number"
                    required
                    min={field.min * (field.scale ?? 1)}
                    max={field.max === undefined ? undefined : field.max * (field.scale ?? 1)}
                    step={field.step}
                    value={valueOf(field)}
                    disabled={!draft[rule.key].enabled}
                    onChange={(e) => update(rule.key, { [field.key]: Number(e.target.value) / (field.scale ?? 1) })}
                  />
                </div>
              ))}
          </fieldset>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          Save alert rules
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            Saved. The next check uses them.
          </span>
        ) : null}
      </div>
      <ActionError message={error} />
    </form>
  );
}
