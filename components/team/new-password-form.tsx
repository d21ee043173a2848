"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { firstIssue } from "@/lib/team/schemas";
import { sendJson } from "@/components/admin/send-json";
import { ActionError, Button, Input, Label } from "@/components/ui";

/**
 * The form an emailed link opens: an invitation (name and password) or a password reset
 * (password). Checked by the API's own schema first; the link's token goes with it.
 */
export function NewPasswordForm({
  token,
  endpoint,
  schema,
  askName,
  minPasswordLength,
  submitLabel,
  doneText,
}: {
  token: string;
  endpoint: string;
  schema: z.ZodType;
  askName: boolean;
  minPasswordLength: number;
  submitLabel: string;
  doneText: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = { ...(askName ? { name: String(data.get("name") ?? "") } : {}), password: String(data.get("password") ?? "") };
    const parsed = schema.safeParse(body);
    if (!parsed.success) return setError(firstIssue(parsed.error));
    setPending(true);
    const outcome = await sendJson<{ email: string }>(endpoint, "POST", { ...(parsed.data as object), token });
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setDone(outcome.data.email);
  }

  if (done) {
    return (
      <div className="mt-6 space-y-3 text-sm text-slate-700" role="status">
        <p>
          {doneText} Sign in as <strong>{done}</strong>.
        </p>
        <a href="/signin" className="font-medium text-brand-700 underline">
          Sign in
        </a>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {askName ? (
        <div>
          <Label htmlFor="name">Your name</Label>
          <Input id="name" name="name" autoComplete="name" required />
        </div>
      ) : null}
      <div>
        <Label htmlFor="password">Password</Label>
        <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} />
        <p className="mt-1 text-xs text-slate-500">At least {minPasswordLength} characters.</p>
      </div>
      <ActionError message={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
