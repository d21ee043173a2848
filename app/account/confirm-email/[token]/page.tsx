import type { Metadata } from "next";
import { AccountLinkForm } from "@/components/account/account-link-form";
import { AccountLinkPage } from "@/components/account/account-link-page";
import { getDb } from "@/lib/db";
import { LINK_TOKEN_PATTERN, openOneTimeLink } from "@/lib/auth/one-time-link";
import { EMAIL_CHANGE_PURPOSE } from "@/lib/business/account";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Where the email-change link leads: opening it shows the change; the button makes it. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = LINK_TOKEN_PATTERN.test(token) ? await openOneTimeLink(await getDb(), EMAIL_CHANGE_PURPOSE, token) : null;
  const newEmail = (link?.subject as { to?: string } | undefined)?.to;
  return <AccountLinkPage title="Confirm your new email" form={newEmail ? <AccountLinkForm token={token} mode={{ kind: "email", newEmail }} /> : null} />;
}
