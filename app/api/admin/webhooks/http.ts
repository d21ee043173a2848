import { NextResponse } from "next/server";
import { WebhookAdminError } from "@/lib/webhooks/endpoints";

/** A refused webhook change as the console's forms read it; anything else is rethrown. */
export function webhookAdminRefusal(error: unknown): NextResponse {
  if (error instanceof WebhookAdminError) return NextResponse.json({ error: error.message }, { status: error.reason === "not_found" ? 404 : 409 });
  throw error;
}
