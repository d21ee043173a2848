"use client";

import { useState, type FormEvent } from "react";
import { ActionError, Button, Input, Label } from "@/components/ui";

const fields = [
  { name: "workspaceName", label: "Workspace name", type: "text", autoComplete: "organization" },
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Email", type: "email", autoComplete: "username" },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password" },
] as const;

export function FirstAdminForm({ token, minPasswordLength }: { token: string; minPasswordLength: number }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<{ workspace: string; email: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(fields.map((f) => [f.name, String(form.get(f.name) ?? "")]));
    const response = await fetch("/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, ...body }),
    }).catch(() => null);
    const answer = (await response?.json().catch(() => null)) as { error?: string; workspace?: string; email?: string } | null;
    setPending(false);
    if (response?.ok && answer?.workspace && answer.email) setCreated({ workspace: answer.workspace, email: answer.email });
    else setError(answer?.error ?? "The desk did not answer. Try again.");
  }

  if (created) {
    return (
      <div className="mt-6 space-y-3 text-sm text-slate-700" data-testid="setup-done">
        <p>
          Workspace <strong>{created.workspace}</strong> is ready and <strong>{created.email}</strong> is its admin.
        </p>
        <a href="/signin?callbackUrl=%2Fadmin%2Fsetup" className="font-medium text-brand-700 underline">
          Sign in and set it up
        </a>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {fields.map((f) => (
        <div key={f.name}>
          <Label htmlFor={f.name}>{f.label}</Label>
          <Input id={f.name} name={f.name} type={f.type} autoComplete={f.autoComplete} required minLength={f.name === "password" ? minPasswordLength : undefined} />
          {f.name === "password" ? <p className="mt-1 text-xs text-slate-500">At least {minPasswordLength} characters.</p> : null}
        </div>
      ))}
      <ActionError message={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating…" : "Create workspace and admin"}
      </Button>
    </form>
  );
}
