"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { webhookEndpointInput } from "@/lib/webhooks/endpoint-input";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import { ActionError, Badge, Button, Input, Label } from "@/components/ui";
import { sendJson } from "./send-json";

export interface WebhookEndpointRow {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  secretStart: string;
  rotationOverlapUntil: string | null;
}

function SecretShownOnce({ secret, what }: { secret: string; what: string }) {
  return (
    <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
      <p>{what} Copy it now: it is not shown again.</p>
      <code className="mt-2 block break-all rounded bg-white p-2 font-mono text-xs" aria-label="Signing secret">
        {secret}
      </code>
    </div>
  );
}

/** Subscribes URLs to events; pauses, rotates secrets and removes them. */
export function WebhookEndpointManager({ endpoints }: { endpoints: WebhookEndpointRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ value: string; what: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function act<T>(request: Promise<{ ok: true; data: T } | { ok: false; error: string }>, then?: (data: T) => void) {
    setPending(true);
    const outcome = await request;
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    then?.(outcome.data);
    router.refresh();
  }

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = webhookEndpointInput.safeParse({ url: String(data.get("url") ?? "").trim(), eventTypes: data.getAll("eventTypes").map(String) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form.");
    void act(sendJson<{ secret: string }>("/api/admin/webhooks", "POST", parsed.data), ({ secret: value }) => {
      setSecret({ value, what: `Endpoint ${parsed.data.url} added; it signs with this secret.` });
      form.reset();
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onCreate} className="space-y-3" noValidate>
        <div>
          <Label htmlFor="webhook-url">URL</Label>
          <Input id="webhook-url" name="url" type="url" placeholder="https://example.com/desk-events" required />
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">Events</legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {webhookEventTypes.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="eventTypes" value={type} /> <code className="font-mono text-xs">{type}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending}>
          Add endpoint
        </Button>
      </form>
      <ActionError message={error} />
      {secret ? <SecretShownOnce secret={secret.value} what={secret.what} /> : null}
      <ul className="divide-y divide-slate-100" aria-label="Webhook endpoints">
        {endpoints.length === 0 ? <li className="py-4 text-sm text-slate-500">No endpoints yet.</li> : null}
        {endpoints.map((e) => (
          <li key={e.id} className="space-y-2 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-sm break-all">{e.url}</span>
              <Badge tone={e.active ? "brand" : "neutral"}>{e.active ? "active" : "paused"}</Badge>
            </div>
            <p className="text-xs text-slate-600">
              {e.eventTypes.join(", ")} · secret {e.secretStart}…
              {e.rotationOverlapUntil ? ` · the previous secret also signs until ${new Date(e.rotationOverlapUntil).toUTCString()}` : ""}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => void act(sendJson(`/api/admin/webhooks/${e.id}`, "PATCH", { active: !e.active }))}>
                {e.active ? "Pause" : "Resume"}
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                onClick={() =>
                  void act(sendJson<{ secret: string; previousValidUntil: string }>(`/api/admin/webhooks/${e.id}/rotation`, "POST"), ({ secret: value, previousValidUntil }) =>
                    setSecret({ value, what: `New secret for ${e.url}; the old one keeps signing until ${new Date(previousValidUntil).toUTCString()}.` }),
                  )
                }
              >
                Rotate secret
              </Button>
              <Button
                size="sm"
                variant="danger"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Remove ${e.url}? Events not yet sent to it are dropped.`)) void act(sendJson(`/api/admin/webhooks/${e.id}`, "DELETE"));
                }}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
