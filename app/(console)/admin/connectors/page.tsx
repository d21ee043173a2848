import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readConnectorSettings } from "@/lib/business/connector-settings";
import { ConnectorSettingsForm } from "@/components/admin/connector-settings-form";
import { ActionError } from "@/components/ui";

export const metadata: Metadata = { title: "Connectors" };
export const dynamic = "force-dynamic";

/** Where the AI's order, refund, membership and account actions go, and a test of each. */
export default async function ConnectorsPage() {
  const staff = await requireStaffPage("admin", "/admin/connectors");
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { connectorSettings: true } });
  const { settings, problem } = readConnectorSettings(workspace.connectorSettings);
  // Whether each named secret is set on this server, never its value.
  const secretsSet = Object.fromEntries(
    Object.values(settings.actions).flatMap((route) => (route?.type === "http" && route.auth ? [[route.auth.secretEnv, Boolean(process.env[route.auth.secretEnv])]] : [])),
  );
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Connectors</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Each action the AI takes goes to the built-in demo store, to an endpoint of your own systems, or nowhere (the AI then says it cannot do it and hands the
          customer to a person). Secrets are never stored here: name the environment variable that holds each token. If your system does not confirm an action,
          the customer is told nothing was changed and a person takes over with the error in the handoff brief.
        </p>
      </div>
      {problem ? <ActionError message={`The stored settings no longer read correctly, so no action goes anywhere until they are saved again: ${problem}`} /> : null}
      <ConnectorSettingsForm current={settings} secretsSet={secretsSet} />
    </div>
  );
}
