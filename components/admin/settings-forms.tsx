"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { settingsPatchSchema, type SettingsPatch } from "@/lib/workspace/settings-sections";
import type { AuthorityLimits, BusinessHours, EmailSettings, RetentionPolicy, SlaPolicy, WidgetSettings } from "@/lib/workspace/settings";
import { ActionError, Button, Card, CardBody, CardHeader, Input, Label, Textarea } from "@/components/ui";
import { sendJson } from "./send-json";

/**
 * The admin's settings forms. Each reads its fields into the shape the settings API takes and
 * checks it with the same schema the API uses before sending, so a wrong value is pointed at
 * here with the server's own words; the server checks it again.
 */

const lines = (text: FormDataEntryValue | null) =>
  String(text ?? "")
    .split(/[\n,]+/)
    .map((l) => l.trim())
    .filter(Boolean);
const optional = (value: FormDataEntryValue | null) => String(value ?? "").trim() || undefined;
const select = "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm";

function SettingsForm({ title, description, toPatch, children, testId }: { title: string; description?: string; toPatch: (data: FormData) => SettingsPatch; children: ReactNode; testId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = settingsPatchSchema.safeParse(toPatch(new FormData(event.currentTarget)));
    if (!parsed.success) {
      return setError(parsed.error.issues.map((i) => (i.path.length > 1 ? `${i.path.slice(1).join(".")}: ${i.message}` : i.message)).join(" "));
    }
    setPending(true);
    const outcome = await sendJson("/api/workspace/settings", "PATCH", parsed.data);
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setSaved(true);
    router.refresh();
  }

  return (
    <Card data-testid={testId}>
      <CardHeader title={title} description={description} />
      <CardBody>
        <form onSubmit={onSubmit} aria-label={title} className="space-y-4" noValidate>
          {children}
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save"}
            </Button>
            <ActionError message={error} />
            {saved ? (
              <p role="status" className="text-sm text-emerald-700">
                Saved. It applies from the next conversation on.
              </p>
            ) : null}
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

export function WorkspaceNameForm({ name }: { name: string }) {
  return (
    <SettingsForm title="Workspace" testId="settings-name" toPatch={(d) => ({ name: String(d.get("name") ?? "") })}>
      <Field id="workspace-name" label="Workspace name" hint="Shown to customers in the widget and in email.">
        <Input id="workspace-name" name="name" defaultValue={name} />
      </Field>
    </SettingsForm>
  );
}

const days = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
] as const;

/** "09:00-12:00, 13:00-18:00" ⇄ [["09:00","12:00"],["13:00","18:00"]]; empty is closed. */
const rangesText = (ranges: [string, string][]) => ranges.map(([open, close]) => `${open}-${close}`).join(", ");
const rangesOf = (text: FormDataEntryValue | null) => lines(text).map((range) => range.split(/\s*-\s*/) as [string, string]);

export function BusinessHoursForm({ hours, timezone }: { hours: BusinessHours; timezone: string }) {
  return (
    <SettingsForm
      title="Business hours"
      description="When people take chats. Outside them the widget offers a reply by email or a callback."
      testId="settings-hours"
      toPatch={(d) => ({
        timezone: String(d.get("timezone") ?? "").trim(),
        businessHours: { ...Object.fromEntries(days.map(([key]) => [key, rangesOf(d.get(key))])), holidays: lines(d.get("holidays")) } as BusinessHours,
      })}
    >
      <Field id="hours-timezone" label="Time zone" hint="An IANA time zone, e.g. Europe/Berlin or America/New_York.">
        <Input id="hours-timezone" name="timezone" defaultValue={timezone} />
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        {days.map(([key, label]) => (
          <Field key={key} id={`hours-${key}`} label={label} hint={key === "mon" ? "e.g. 09:00-12:00, 13:00-18:00; empty is closed." : undefined}>
            <Input id={`hours-${key}`} name={key} defaultValue={rangesText(hours[key])} />
          </Field>
        ))}
      </div>
      <Field id="hours-holidays" label="Holidays" hint="One date per line (YYYY-MM-DD): closed all day.">
        <Textarea id="hours-holidays" name="holidays" rows={3} defaultValue={hours.holidays.join("\n")} />
      </Field>
    </SettingsForm>
  );
}

const tiers = ["free", "pro", "premium", "enterprise"] as const;

export function SlaForm({ sla }: { sla: SlaPolicy }) {
  return (
    <SettingsForm
      title="Service levels"
      description="First-response and resolution targets per customer tier; the queue and SLA alerts use them."
      testId="settings-sla"
      toPatch={(d) => ({
        sla: Object.fromEntries(
          tiers.map((tier) => [tier, { firstResponseSeconds: Math.round(Number(d.get(`${tier}-first`)) * 60), resolutionSeconds: Math.round(Number(d.get(`${tier}-resolution`)) * 3600) }]),
        ) as SlaPolicy,
      })}
    >
      <div className="grid gap-3 md:grid-cols-4">
        {tiers.map((tier) => (
          <fieldset key={tier} className="space-y-2">
            <legend className="text-sm font-semibold capitalize text-slate-800">{tier}</legend>
            <Field id={`sla-${tier}-first`} label="First response (minutes)">
              <Input id={`sla-${tier}-first`} name={`${tier}-first`} type="number" min={1} step="any" defaultValue={sla[tier].firstResponseSeconds / 60} />
            </Field>
            <Field id={`sla-${tier}-resolution`} label="Resolution (hours)">
              <Input id={`sla-${tier}-resolution`} name={`${tier}-resolution`} type="number" min={0.1} step="any" defaultValue={sla[tier].resolutionSeconds / 3600} />
            </Field>
          </fieldset>
        ))}
      </div>
    </SettingsForm>
  );
}

const cents = (value: FormDataEntryValue | null) => Math.round(Number(value) * 100);

export function AuthorityForm({ authority }: { authority: AuthorityLimits }) {
  return (
    <SettingsForm
      title="Authority limits"
      description="What the AI may do without a person's approval; above these it asks a supervisor."
      testId="settings-authority"
      toPatch={(d) => ({ authority: { refundCents: cents(d.get("refund")), goodwillCreditCents: cents(d.get("goodwill")), largeCancellationCents: cents(d.get("cancellation")) } })}
    >
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="authority-refund" label="Refund up to ($)">
          <Input id="authority-refund" name="refund" type="number" min={0} step="0.01" defaultValue={authority.refundCents / 100} />
        </Field>
        <Field id="authority-goodwill" label="Goodwill credit up to ($)">
          <Input id="authority-goodwill" name="goodwill" type="number" min={0} step="0.01" defaultValue={authority.goodwillCreditCents / 100} />
        </Field>
        <Field id="authority-cancellation" label="Cancellations above this are a risk ($)">
          <Input id="authority-cancellation" name="cancellation" type="number" min={0} step="0.01" defaultValue={authority.largeCancellationCents / 100} />
        </Field>
      </div>
    </SettingsForm>
  );
}

export function WidgetForm({ widget }: { widget: WidgetSettings }) {
  return (
    <SettingsForm
      title="Chat widget"
      description="How the widget looks and greets, and which sites may show it."
      testId="settings-widget"
      toPatch={(d) => ({
        widget: {
          color: String(d.get("color") ?? ""),
          position: String(d.get("position") ?? "") as WidgetSettings["position"],
          greeting: String(d.get("greeting") ?? "").trim(),
          languages: lines(d.get("languages")).map((l) => l.toLowerCase()),
          assistantName: String(d.get("assistantName") ?? "").trim(),
          typingPreview: d.get("typingPreview") === "on",
          allowedSites: lines(d.get("allowedSites")),
        },
      })}
    >
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="widget-color" label="Colour">
          <Input id="widget-color" name="color" type="color" defaultValue={widget.color} className="w-24 p-1" />
        </Field>
        <Field id="widget-position" label="Position">
          <select id="widget-position" name="position" defaultValue={widget.position} className={select}>
            <option value="right">Bottom right</option>
            <option value="left">Bottom left</option>
          </select>
        </Field>
        <Field id="widget-assistant" label="Assistant name" hint="The name customers see above AI replies.">
          <Input id="widget-assistant" name="assistantName" defaultValue={widget.assistantName} />
        </Field>
      </div>
      <Field id="widget-greeting" label="Greeting" hint="In the first language below; other languages get the widget's own translation.">
        <Textarea id="widget-greeting" name="greeting" rows={2} defaultValue={widget.greeting} />
      </Field>
      <Field id="widget-languages" label="Languages" hint="Two-letter codes, the first is the default, e.g. en, es, fr, de.">
        <Input id="widget-languages" name="languages" defaultValue={widget.languages.join(", ")} />
      </Field>
      <Field id="widget-sites" label="Allowed sites" hint="One origin per line, e.g. https://shop.example.com or https://*.example.com. Empty: any site may show the chat.">
        <Textarea id="widget-sites" name="allowedSites" rows={3} defaultValue={widget.allowedSites.join("\n")} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="typingPreview" defaultChecked={widget.typingPreview} /> Agents see what the customer is typing before it is sent
      </label>
    </SettingsForm>
  );
}

export function EmailForm({ email, workspaceName }: { email: EmailSettings; workspaceName: string }) {
  return (
    <SettingsForm
      title="Email sender"
      description="Who invitations, codes and links are from. Empty fields use the defaults."
      testId="settings-email"
      toPatch={(d) => ({ email: { senderName: optional(d.get("senderName")), senderAddress: optional(d.get("senderAddress")), replyTo: optional(d.get("replyTo")) } })}
    >
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="email-name" label="Sender name" hint={`Default: ${workspaceName}`}>
          <Input id="email-name" name="senderName" defaultValue={email.senderName ?? ""} />
        </Field>
        <Field id="email-address" label="Sender address" hint="Default: DESK_MAIL_FROM">
          <Input id="email-address" name="senderAddress" type="email" defaultValue={email.senderAddress ?? ""} />
        </Field>
        <Field id="email-reply-to" label="Reply-to address">
          <Input id="email-reply-to" name="replyTo" type="email" defaultValue={email.replyTo ?? ""} />
        </Field>
      </div>
    </SettingsForm>
  );
}

const retentionDays = (value: FormDataEntryValue | null) => (String(value ?? "").trim() === "" ? null : Number(value));

export function RetentionForm({ retention }: { retention: RetentionPolicy }) {
  return (
    <SettingsForm
      title="Data retention"
      description="An hourly sweep deletes what is past these limits. Empty keeps everything."
      testId="settings-retention"
      toPatch={(d) => ({ retention: { resolvedConversationDays: retentionDays(d.get("conversations")), sentEmailDays: retentionDays(d.get("emails")) } })}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="retention-conversations" label="Delete resolved conversations after (days)" hint="With their messages, events and attachments.">
          <Input id="retention-conversations" name="conversations" type="number" min={1} defaultValue={retention.resolvedConversationDays ?? ""} />
        </Field>
        <Field id="retention-emails" label="Delete sent email after (days)" hint="Sent mail holds sign-in links and codes.">
          <Input id="retention-emails" name="emails" type="number" min={1} defaultValue={retention.sentEmailDays ?? ""} />
        </Field>
      </div>
    </SettingsForm>
  );
}

/** The languages step of getting started: what the widget speaks, the first being its default. */
export function LanguagesForm({ widget }: { widget: WidgetSettings }) {
  return (
    <SettingsForm
      title="Languages"
      description="The languages customers may chat in; the first is the default and the greeting's language."
      testId="settings-languages"
      toPatch={(d) => ({ widget: { ...widget, languages: lines(d.get("languages")).map((l) => l.toLowerCase()) } })}
    >
      <Field id="setup-languages" label="Languages" hint="Two-letter codes, e.g. en, es, fr, de.">
        <Input id="setup-languages" name="languages" defaultValue={widget.languages.join(", ")} />
      </Field>
    </SettingsForm>
  );
}
