"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { firstIssue, MIN_STAFF_PASSWORD_LENGTH, ownPasswordSchema, ownProfileSchema } from "@/lib/team/schemas";
import { sendJson } from "@/components/admin/send-json";
import { ActionError, Button, Input, Label } from "@/components/ui";

function useSave() {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function save(request: () => ReturnType<typeof sendJson>, done: string): Promise<boolean> {
    setPending(true);
    setStatus(null);
    const outcome = await request();
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.error);
      return false;
    }
    setError(null);
    setStatus(done);
    return true;
  }
  return { error, setError, status, pending, save };
}

export function DisplayNameForm({ name }: { name: string }) {
  const router = useRouter();
  const { error, setError, status, pending, save } = useSave();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ownProfileSchema.safeParse({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    if (await save(() => sendJson("/api/profile", "PATCH", parsed.data), "Name saved.")) router.refresh();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Display name" className="space-y-3" noValidate>
      <div>
        <Label htmlFor="account-name">Display name</Label>
        <Input id="account-name" name="name" defaultValue={name} autoComplete="name" />
        <p className="mt-1 text-xs text-slate-500">Colleagues see it, and customers see your first name when you join a chat.</p>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          Save name
        </Button>
        <ActionError message={error} />
        {status ? <p role="status" className="text-sm text-emerald-700">{status}</p> : null}
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const { error, setError, status, pending, save } = useSave();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = ownPasswordSchema.safeParse({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    if (await save(() => sendJson("/api/profile/password", "PUT", parsed.data), "Password changed. Use it the next time you sign in.")) form.reset();
  }
  return (
    <form onSubmit={onSubmit} aria-label="Password" className="space-y-3" noValidate>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <Label htmlFor="current-password">Current password</Label>
          <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" />
        </div>
        <div>
          <Label htmlFor="new-password">New password</Label>
          <Input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={MIN_STAFF_PASSWORD_LENGTH} />
          <p className="mt-1 text-xs text-slate-500">At least {MIN_STAFF_PASSWORD_LENGTH} characters.</p>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          Change password
        </Button>
        <ActionError message={error} />
        {status ? <p role="status" className="text-sm text-emerald-700">{status}</p> : null}
      </div>
    </form>
  );
}
