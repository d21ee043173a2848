"use client";

import { useState, type FormEvent } from "react";
import { ActionError, Button, Input, Label } from "@/components/ui";

type Mode = { kind: "password"; minLength: number } | { kind: "email"; newEmail: string };

/** The one step a customer takes on an emailed account link: choose a password, or confirm the new address. */
export function AccountLinkForm({ token, mode }: { token: string; mode: Mode }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    const response = await fetch(mode.kind === "password" ? "/api/shop-account/password" : "/api/shop-account/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(mode.kind === "password" ? { token, password } : { token }),
    }).catch(() => null);
    const answer = (await response?.json().catch(() => null)) as { error?: string } | null;
    setPending(false);
    if (response?.ok) setDone(true);
    else setError(answer?.error ?? "We could not reach the shop. Try again.");
  }

  if (done) {
    return (
      <p className="mt-4 text-sm text-slate-700" role="status" data-testid="account-link-done">
        {mode.kind === "password" ? "Your password is changed. You can sign in with it now." : `Done: ${mode.newEmail} is now your account's email.`}
      </p>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {mode.kind === "password" ? (
        <div>
          <Label htmlFor="password">New password</Label>
          <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={mode.minLength} />
          <p className="mt-1 text-xs text-slate-500">At least {mode.minLength} characters.</p>
        </div>
      ) : null}
      <ActionError message={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {mode.kind === "password" ? (pending ? "Saving…" : "Set new password") : pending ? "Confirming…" : `Use ${mode.newEmail}`}
      </Button>
    </form>
  );
}
