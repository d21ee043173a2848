"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { staffRoles } from "@/lib/auth/roles";
import { firstIssue, invitationSchema } from "@/lib/team/schemas";
import { ActionError, Button, Input, Label } from "@/components/ui";
import { sendJson } from "./send-json";

/** Invites someone by email; the link goes out through the desk's outgoing mail. */
export function InviteForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSent(null);
    const parsed = invitationSchema.safeParse({ email: String(data.get("email") ?? ""), role: String(data.get("role") ?? "") });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    setPending(true);
    const outcome = await sendJson("/api/admin/team", "POST", parsed.data);
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setSent(parsed.data.email);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Invite someone" className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Label htmlFor="invite-email">Email</Label>
        <Input id="invite-email" name="email" type="email" autoComplete="off" required />
      </div>
      <div>
        <Label htmlFor="invite-role">Role</Label>
        <select id="invite-role" name="role" defaultValue="agent" className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm">
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
      <div className="basis-full">
        <ActionError message={error} />
        {sent ? (
          <p role="status" className="text-sm text-emerald-700">
            Invitation emailed to {sent}. It works once, for 7 days.
          </p>
        ) : null}
      </div>
    </form>
  );
}
