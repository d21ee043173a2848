"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiTokenInput, apiTokenScopes } from "@/lib/api/token-input";
import { ActionError, Badge, Button, EmptyRow, Input, Label, Table, Td, Th } from "@/components/ui";
import { sendJson } from "./send-json";

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "write";
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const when = (iso: string | null) => (iso ? new Date(iso).toUTCString() : "never");

/** Creates tokens (shown once) and revokes them. */
export function ApiTokenManager({ tokens }: { tokens: ApiTokenRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = apiTokenInput.safeParse({ name: String(data.get("name") ?? ""), scope: String(data.get("scope") ?? "") });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the form.");
    setPending(true);
    const outcome = await sendJson<{ token: string }>("/api/admin/api-tokens", "POST", parsed.data);
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setCreated({ name: parsed.data.name, token: outcome.data.token });
    form.reset();
    router.refresh();
  }

  async function revoke(token: ApiTokenRow) {
    if (!window.confirm(`Revoke "${token.name}"? Whatever uses it stops working at once.`)) return;
    const outcome = await sendJson(`/api/admin/api-tokens/${token.id}`, "DELETE");
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onCreate} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <Label htmlFor="token-name">Name</Label>
          <Input id="token-name" name="name" placeholder="e.g. CRM sync" maxLength={80} required />
        </div>
        <div>
          <Label htmlFor="token-scope">Scope</Label>
          <select id="token-scope" name="scope" defaultValue="read" className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm">
            {apiTokenScopes.map((scope) => (
              <option key={scope} value={scope}>
                {scope === "read" ? "read" : "write (and read)"}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      <ActionError message={error} />
      {created ? (
        <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now: it is not shown again.
          </p>
          <code className="mt-2 block break-all rounded bg-white p-2 font-mono text-xs" aria-label="New API token">
            {created.token}
          </code>
        </div>
      ) : null}
      <Table>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Starts with</Th>
            <Th>Scope</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>State</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.length === 0 ? <EmptyRow colSpan={6}>No API tokens yet.</EmptyRow> : null}
          {tokens.map((t) => (
            <tr key={t.id}>
              <Td>{t.name}</Td>
              <Td>
                <code className="font-mono text-xs">{t.prefix}…</code>
              </Td>
              <Td>
                <Badge tone={t.scope === "write" ? "brand" : "neutral"}>{t.scope}</Badge>
              </Td>
              <Td>{when(t.createdAt)}</Td>
              <Td>{when(t.lastUsedAt)}</Td>
              <Td>
                {t.revokedAt ? (
                  <span className="text-slate-500">revoked {when(t.revokedAt)}</span>
                ) : (
                  <Button size="sm" variant="danger" onClick={() => void revoke(t)} aria-label={`Revoke ${t.name}`}>
                    Revoke
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
