"use client";

import { useState, type FormEvent } from "react";
import { firstIssue, forgotPasswordSchema } from "@/lib/team/schemas";
import { sendJson } from "@/components/admin/send-json";
import { ActionError, Button, Input, Label } from "@/components/ui";

export function ForgotPasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = forgotPasswordSchema.safeParse({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    setPending(true);
    const outcome = await sendJson("/api/team/forgot-password", "POST", parsed.data);
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setSentTo(parsed.data.email);
  }

  if (sentTo) {
    return (
      <p role="status" className="mt-6 text-sm text-slate-700">
        If {sentTo} belongs to someone on the team, a link to set a new password is on its way. It works once, for an hour.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div>
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <ActionError message={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}
