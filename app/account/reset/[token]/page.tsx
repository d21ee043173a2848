import type { Metadata } from "next";
import { AccountLinkForm } from "@/components/account/account-link-form";
import { AccountLinkPage } from "@/components/account/account-link-page";
import { getDb } from "@/lib/db";
import { LINK_TOKEN_PATTERN, openOneTimeLink } from "@/lib/auth/one-time-link";
import { MIN_CUSTOMER_PASSWORD_LENGTH, PASSWORD_RESET_PURPOSE } from "@/lib/business/account";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Where the password-reset link the AI sent a customer leads: one new password, once. */
export default async function CustomerPasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = LINK_TOKEN_PATTERN.test(token) && (await openOneTimeLink(await getDb(), PASSWORD_RESET_PURPOSE, token)) !== null;
  return <AccountLinkPage title="Choose a new password" form={open ? <AccountLinkForm token={token} mode={{ kind: "password", minLength: MIN_CUSTOMER_PASSWORD_LENGTH }} /> : null} />;
}
