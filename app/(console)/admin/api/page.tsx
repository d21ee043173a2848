import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api/tokens";
import { getDb } from "@/lib/db";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { ApiTokenManager } from "@/components/admin/api-token-manager";

export const metadata: Metadata = { title: "API" };
export const dynamic = "force-dynamic";

export default async function ApiPage() {
  const staff = await requireStaffPage("admin", "/admin/api");
  const tokens = await listApiTokens(await getDb(), staff.workspaceId);
  return (
    <div className="space-y-6">
      <AdminTabs current="/admin/api" />
      <Card>
        <CardHeader
          title="API tokens"
          description="Scripts and other systems use the REST API at /api/v1 with a token: Authorization: Bearer <token>. Read tokens only read; write tokens also start conversations, post messages, assign, resolve, and change customers and articles, as the admin who created the token."
        />
        <CardBody>
          <ApiTokenManager tokens={tokens} />
          <p className="mt-4 text-sm text-slate-600">
            The API is described in <a className="text-brand-700 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Webhooks are on the{" "}
            <Link className="text-brand-700 underline" href="/admin/webhooks">Webhooks</Link> page.
          </p>
        </CardBody>
      </Card>
    </div>
  );
}
