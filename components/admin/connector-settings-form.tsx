"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CONNECTOR_ACTION_TITLES, CONNECTOR_ACTIONS, type ConnectorAction } from "@/lib/business/connector";
import { actionRouteSchema, connectorSettingsSchema, type ActionRoute, type ConnectorSettings } from "@/lib/business/connector-settings";
import { ActionError, Button, Input, Label, Textarea } from "@/components/ui";

/** One action's configuration as typed: the JSON mappings stay text until they are sent. */
interface DraftRoute {
  type: ActionRoute["type"];
  url: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  authHeader: string;
  secretEnv: string;
  prefix: string;
  request: string;
  response: string;
  timeoutMs: number;
  retries: number;
}

const WRITES: ReadonlySet<ConnectorAction> = new Set(["refund", "cancelOrder", "changeAddress", "changeSubscription", "passwordReset", "emailChange"]);

function draftOf(route: ActionRoute | undefined): DraftRoute {
  const base: DraftRoute = { type: route?.type ?? "demo", url: "", method: "POST", authHeader: "Authorization", secretEnv: "", prefix: "Bearer ", request: "", response: "", timeoutMs: 5000, retries: 2 };
  if (route?.type !== "http") return base;
  return {
    ...base,
    url: route.url,
    method: route.method,
    authHeader: route.auth?.header ?? "Authorization",
    secretEnv: route.auth?.secretEnv ?? "",
    prefix: route.auth?.prefix ?? "",
    request: route.request === null ? "" : JSON.stringify(route.request, null, 2),
    response: Object.keys(route.response).length === 0 ? "" : JSON.stringify(route.response, null, 2),
    timeoutMs: route.timeoutMs,
    retries: route.retries,
  };
}

function parseJson(text: string, what: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not valid JSON.`);
  }
}

/** The draft as the server's schema reads it, or the first problem in plain words. */
function routeOf(action: ConnectorAction, draft: DraftRoute): { route: ActionRoute; error?: undefined } | { route?: undefined; error: string } {
  const title = CONNECTOR_ACTION_TITLES[action];
  try {
    const candidate =
      draft.type !== "http"
        ? { type: draft.type }
        : {
            type: "http",
            url: draft.url,
            method: draft.method,
            auth: draft.secretEnv.trim() ? { header: draft.authHeader.trim(), secretEnv: draft.secretEnv.trim(), prefix: draft.prefix } : null,
            request: parseJson(draft.request, `${title}: the request body`) ?? null,
            response: parseJson(draft.response, `${title}: the response mapping`) ?? {},
            timeoutMs: draft.timeoutMs,
            retries: draft.retries,
          };
    const parsed = actionRouteSchema.safeParse(candidate);
    if (!parsed.success) return { error: `${title}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "settings"}: ${i.message}`).join("; ")}` };
    return { route: parsed.data };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

interface Sample {
  customerEmail: string;
  orderNumber: string;
  amount: string;
  newEmail: string;
  change: string;
}

function ActionTest({ action, draft }: { action: ConnectorAction; draft: DraftRoute }) {
  const [sample, setSample] = useState<Sample>({ customerEmail: "", orderNumber: "", amount: "", newEmail: "", change: "" });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = (field: string) => `test-${action}-${field}`;
  const needsOrder = action === "lookupOrder" || action === "refund" || action === "cancelOrder";

  async function run() {
    setError(null);
    setResult(null);
    const built = routeOf(action, draft);
    if (!built.route) return setError(built.error);
    setBusy(true);
    const response = await fetch("/api/admin/connectors/test", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        action,
        route: built.route,
        sample: {
          customerEmail: sample.customerEmail,
          ...(sample.orderNumber ? { orderNumber: sample.orderNumber } : {}),
          ...(sample.amount ? { amountCents: Math.round(Number(sample.amount) * 100) } : {}),
          ...(sample.newEmail ? { newEmail: sample.newEmail } : {}),
          ...(sample.change ? { change: sample.change } : {}),
        },
      }),
    }).catch(() => null);
    setBusy(false);
    const answer = (await response?.json().catch(() => null)) as { ok?: boolean; result?: unknown; kind?: string; detail?: string; error?: string } | null;
    if (!response?.ok || !answer) return setError(answer?.error ?? "The desk did not answer. Try again.");
    setResult(answer.ok ? `Worked. The desk read:\n${JSON.stringify(answer.result, null, 2)}` : `Did not work (${answer.kind}): ${answer.detail}`);
  }

  return (
    <div className="mt-3 space-y-2 rounded-md bg-slate-50 p-3">
      <p className="text-xs text-slate-600">
        {WRITES.has(action) ? "The test does this for real in the system configured above, for the customer you name." : "The test reads from the system configured above."}
      </p>
      <div className="grid gap-2 md:grid-cols-3">
        <div>
          <Label htmlFor={id("customer")}>Customer email</Label>
          <Input id={id("customer")} type="email" value={sample.customerEmail} onChange={(e) => setSample({ ...sample, customerEmail: e.target.value })} />
        </div>
        {needsOrder ? (
          <div>
            <Label htmlFor={id("order")}>Order number</Label>
            <Input id={id("order")} value={sample.orderNumber} onChange={(e) => setSample({ ...sample, orderNumber: e.target.value })} />
          </div>
        ) : null}
        {action === "refund" ? (
          <div>
            <Label htmlFor={id("amount")}>Amount</Label>
            <Input id={id("amount")} type="number" min="0.01" step="0.01" value={sample.amount} onChange={(e) => setSample({ ...sample, amount: e.target.value })} />
          </div>
        ) : null}
        {action === "emailChange" ? (
          <div>
            <Label htmlFor={id("new-email")}>New email</Label>
            <Input id={id("new-email")} type="email" value={sample.newEmail} onChange={(e) => setSample({ ...sample, newEmail: e.target.value })} />
          </div>
        ) : null}
        {action === "changeSubscription" ? (
          <div>
            <Label htmlFor={id("change")}>Change</Label>
            <select id={id("change")} className="h-10 w-full rounded-md border border-slate-300 px-2 text-sm" value={sample.change} onChange={(e) => setSample({ ...sample, change: e.target.value })}>
              <option value="">Choose…</option>
              <option value="cancel">Cancel</option>
              <option value="basic">Basic</option>
              <option value="pro">Pro</option>
              <option value="premium">Premium</option>
            </select>
          </div>
        ) : null}
      </div>
      <Button type="button" variant="secondary" size="sm" onClick={run} disabled={busy}>
        {busy ? "Testing…" : "Test this action"}
      </Button>
      <ActionError message={error} />
      {result ? (
        <pre className="overflow-x-auto whitespace-pre-wrap rounded bg-white p-2 text-xs text-slate-800 ring-1 ring-slate-200" data-testid={`connector-test-result-${action}`}>
          {result}
        </pre>
      ) : null}
    </div>
  );
}

/** Where each action the AI takes goes: the demo store, the business's own endpoint, or nowhere. */
export function ConnectorSettingsForm({ current, secretsSet }: { current: ConnectorSettings; secretsSet: Record<string, boolean> }) {
  const router = useRouter();
  const [drafts, setDrafts] = useState<Record<ConnectorAction, DraftRoute>>(() => Object.fromEntries(CONNECTOR_ACTIONS.map((a) => [a, draftOf(current.actions[a])])) as Record<ConnectorAction, DraftRoute>);
  const [allowPrivateNetworks, setAllowPrivateNetworks] = useState(current.allowPrivateNetworks);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = (action: ConnectorAction, change: Partial<DraftRoute>) => {
    setSaved(false);
    setDrafts({ ...drafts, [action]: { ...drafts[action], ...change } });
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const actions: Partial<Record<ConnectorAction, ActionRoute>> = {};
    for (const action of CONNECTOR_ACTIONS) {
      const built = routeOf(action, drafts[action]);
      if (!built.route) return setError(built.error);
      if (built.route.type !== "demo") actions[action] = built.route;
    }
    const settings = connectorSettingsSchema.parse({ actions, allowPrivateNetworks });
    setBusy(true);
    const response = await fetch("/api/admin/connectors", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ settings }) }).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      return setError(body?.error ?? "The settings could not be saved.");
    }
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={save} aria-label="Connector settings" className="space-y-4">
      {CONNECTOR_ACTIONS.map((action) => {
        const draft = drafts[action];
        const id = (field: string) => `connector-${action}-${field}`;
        return (
          <fieldset key={action} className="rounded-md border border-slate-200 bg-white p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">{CONNECTOR_ACTION_TITLES[action]}</legend>
            <Label htmlFor={id("type")}>Goes to</Label>
            <select id={id("type")} className="h-10 w-full max-w-xs rounded-md border border-slate-300 px-2 text-sm" value={draft.type} onChange={(e) => update(action, { type: e.target.value as DraftRoute["type"] })}>
              <option value="demo">The built-in demo store</option>
              <option value="http">An HTTP endpoint of yours</option>
              <option value="none">Nothing (the AI hands it to a person)</option>
            </select>
            {draft.type === "http" ? (
              <div className="mt-3 grid gap-3 md:grid-cols-6">
                <div className="md:col-span-1">
                  <Label htmlFor={id("method")}>Method</Label>
                  <select id={id("method")} className="h-10 w-full rounded-md border border-slate-300 px-2 text-sm" value={draft.method} onChange={(e) => update(action, { method: e.target.value as DraftRoute["method"] })}>
                    {["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => (
                      <option key={m}>{m}</option>
                    ))}
                  </select>
                </div>
                <div className="md:col-span-5">
                  <Label htmlFor={id("url")}>URL</Label>
                  <Input id={id("url")} value={draft.url} placeholder="https://shop.example/api/orders/{{orderNumber}}" onChange={(e) => update(action, { url: e.target.value })} />
                </div>
                <div className="md:col-span-2">
                  <Label htmlFor={id("auth-header")}>Auth header</Label>
                  <Input id={id("auth-header")} value={draft.authHeader} onChange={(e) => update(action, { authHeader: e.target.value })} />
                </div>
                <div className="md:col-span-2">
                  <Label htmlFor={id("secret")}>Secret from environment variable</Label>
                  <Input id={id("secret")} value={draft.secretEnv} placeholder="SHOP_API_TOKEN" onChange={(e) => update(action, { secretEnv: e.target.value })} />
                  {draft.secretEnv in secretsSet ? (
                    <p className={secretsSet[draft.secretEnv] ? "mt-1 text-xs text-emerald-700" : "mt-1 text-xs text-red-600"}>
                      {secretsSet[draft.secretEnv] ? "Set on this server." : "Not set on this server: this action fails until it is."}
                    </p>
                  ) : null}
                </div>
                <div className="md:col-span-2">
                  <Label htmlFor={id("prefix")}>Before the secret</Label>
                  <Input id={id("prefix")} value={draft.prefix} onChange={(e) => update(action, { prefix: e.target.value })} />
                </div>
                <div className="md:col-span-3">
                  <Label htmlFor={id("request")}>Request body (JSON; empty sends the standard request)</Label>
                  <Textarea id={id("request")} rows={5} className="font-mono text-xs" value={draft.request} onChange={(e) => update(action, { request: e.target.value })} />
                </div>
                <div className="md:col-span-3">
                  <Label htmlFor={id("response")}>Response mapping (JSON; empty reads the standard answer)</Label>
                  <Textarea id={id("response")} rows={5} className="font-mono text-xs" value={draft.response} onChange={(e) => update(action, { response: e.target.value })} />
                </div>
                <div className="md:col-span-2">
                  <Label htmlFor={id("timeout")}>Timeout (ms)</Label>
                  <Input id={id("timeout")} type="number" min={100} max={30000} step={100} value={draft.timeoutMs} onChange={(e) => update(action, { timeoutMs: Number(e.target.value) })} />
                </div>
                <div className="md:col-span-2">
                  <Label htmlFor={id("retries")}>Retries</Label>
                  <Input id={id("retries")} type="number" min={0} max={5} value={draft.retries} onChange={(e) => update(action, { retries: Number(e.target.value) })} />
                </div>
              </div>
            ) : null}
            {draft.type !== "none" ? <ActionTest action={action} draft={draft} /> : null}
          </fieldset>
        );
      })}
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="mt-1"
          checked={allowPrivateNetworks}
          onChange={(e) => {
            setSaved(false);
            setAllowPrivateNetworks(e.target.checked);
          }}
        />
        <span>
          Allow endpoints on a private network or this server (10.x, 172.16–31.x, 192.168.x, localhost), for a shop on your own network. Link-local and cloud-metadata addresses are never called. The
          test buttons follow the saved setting.
        </span>
      </label>
      <ActionError message={error} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save connectors"}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            Saved. The AI uses it from the next message.
          </span>
        ) : null}
      </div>
    </form>
  );
}
