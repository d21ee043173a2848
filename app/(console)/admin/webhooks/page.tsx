import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listWebhookEndpoints, recentWebhookDeliveries } from "@/lib/webhooks/endpoints";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { WebhookDeliveryLog } from "@/components/admin/webhook-delivery-log";
import { WebhookEndpointManager } from "@/components/admin/webhook-endpoint-manager";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const staff = await requireStaffPage("admin", "/admin/webhooks");
  const db = await getDb();
  const [endpoints, deliveries] = await Promise.all([listWebhookEndpoints(db, staff.workspaceId), recentWebhookDeliveries(db, staff.workspaceId)]);
  return (
    <div className="space-y-6">
      <AdminTabs current="/admin/webhooks" />
      <Card>
        <CardHeader
          title="Webhook endpoints"
          description="Each event is sent as a signed POST (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) once it is stored; failures are retried with growing waits for a day, and one conversation's events arrive in order."
        />
        <CardBody>
          <WebhookEndpointManager endpoints={endpoints} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Recent deliveries" description="The latest 50. Resend sends a delivered or given-up event again with the same webhook-id." />
        <WebhookDeliveryLog deliveries={deliveries} />
      </Card>
    </div>
  );
}
