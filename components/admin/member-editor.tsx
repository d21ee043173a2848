"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { staffRoles } from "@/lib/auth/roles";
import { AGENT_SKILLS } from "@/lib/handoff/routing";
import { firstIssue, memberProfileSchema, SENIORITIES, type MemberProfile } from "@/lib/team/schemas";
import { ActionError, Button, Input, Label } from "@/components/ui";
import { sendJson } from "./send-json";

interface Member extends MemberProfile {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

const select = "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm";

/** One person's settings on the team page, with deactivation and a password-reset link. */
export function MemberEditor({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (field: string) => `member-${member.id}-${field}`;

  async function run(action: () => ReturnType<typeof sendJson>, done: (data: unknown) => string) {
    setPending(true);
    setStatus(null);
    const outcome = await action();
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setStatus(done(outcome.data));
    router.refresh();
  }

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = memberProfileSchema.safeParse({
      role: data.get("role"),
      skills: data.getAll("skills"),
      languages: String(data.get("languages") ?? "")
        .split(/[\s,]+/)
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
      seniority: data.get("seniority"),
      maxConcurrentChats: Number(data.get("maxConcurrentChats")),
    });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    void run(() => sendJson(`/api/admin/team/${member.id}`, "PATCH", parsed.data), () => "Saved.");
  }

  function onDeactivate() {
    if (!window.confirm(`Deactivate ${member.name}? They are signed out, get no new chats, and their open chats go back to the queue.`)) return;
    void run(
      () => sendJson(`/api/admin/team/${member.id}/deactivation`, "POST"),
      (data) => `Deactivated; ${(data as { requeued: number }).requeued} conversation(s) back in the queue.`,
    );
  }

  return (
    <form onSubmit={onSave} aria-label={`Settings of ${member.name}`} className="grid gap-3 py-4 md:grid-cols-6" data-testid="team-member" data-email={member.email}>
      <div className="md:col-span-6 flex items-center gap-2">
        <span className="font-medium text-slate-900">{member.name}</span>
        <span className="text-sm text-slate-500">{member.email}</span>
        {member.active ? null : <span className="rounded bg-slate-200 px-2 text-xs text-slate-700">deactivated</span>}
      </div>
      <div>
        <Label htmlFor={id("role")}>Role</Label>
        <select id={id("role")} name="role" defaultValue={member.role} className={select}>
          {staffRoles.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </div>
      <fieldset className="md:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">Skills</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {AGENT_SKILLS.map((skill) => (
            <label key={skill} className="flex items-center gap-1">
              <input type="checkbox" name="skills" value={skill} defaultChecked={member.skills.includes(skill)} /> {skill}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <Label htmlFor={id("languages")}>Languages</Label>
        <Input id={id("languages")} name="languages" defaultValue={member.languages.join(", ")} placeholder="en, es" />
      </div>
      <div>
        <Label htmlFor={id("seniority")}>Seniority</Label>
        <select id={id("seniority")} name="seniority" defaultValue={member.seniority} className={select}>
          {SENIORITIES.map((s) => (
            <option key={s} value={s}>
              {s === "junior" ? "junior" : `${s} (takes VIP)`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Label htmlFor={id("max")}>Chat limit</Label>
        <Input id={id("max")} name="maxConcurrentChats" type="number" min={1} max={20} defaultValue={member.maxConcurrentChats} />
      </div>
      <div className="md:col-span-6 flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          Save
        </Button>
        {member.active ? (
          <>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => void run(() => sendJson(`/api/admin/team/${member.id}/password-reset`, "POST"), () => `Password-reset link emailed to ${member.email}.`)}>
              Email a password-reset link
            </Button>
            {isSelf ? null : (
              <Button size="sm" variant="danger" disabled={pending} onClick={onDeactivate}>
                Deactivate
              </Button>
            )}
          </>
        ) : (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => void run(() => sendJson(`/api/admin/team/${member.id}/deactivation`, "DELETE"), () => "Reactivated.")}>
            Reactivate
          </Button>
        )}
        <ActionError message={error} />
        {status ? (
          <p role="status" className="text-sm text-emerald-700">
            {status}
          </p>
        ) : null}
      </div>
    </form>
  );
}
