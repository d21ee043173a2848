import { createServer } from "node:http";
import next from "next";
import { ensureAuthSecret } from "./lib/auth/secret";
import { FirstStartRefused, prepareDatabase, type PreparedDatabase } from "./lib/demo/prepare-database";
import { createSocketServer } from "./lib/realtime/server";
import { getIntentClassifier } from "./lib/models/offline/default-intent-model";
import { startAssignmentWatch } from "./lib/handoff/assignment-watch";
import { startAlertWatch } from "./lib/alerts/alert-watch";
import { startRetentionSweep } from "./lib/workspace/retention";
import { getDb } from "./lib/db";
import { replayDemoHistory } from "./lib/demo/history";
import { startTurnRecovery } from "./lib/agents/pipeline";
import { startWebhookSender } from "./lib/webhooks/sender";
import { warmHelpCentres } from "./lib/agents/knowledge-base";
import { stampClientHeaders, trustedProxyHops } from "./lib/http/client-address";
import { configuredOrigins } from "./lib/http/public-url";
import { guardRequest } from "./lib/http/request-edge";
import { readOverviewsOnce } from "./lib/analytics/report";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dev = process.env.NODE_ENV !== "production";

async function main(): Promise<void> {
  const secret = ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= process.env.DESK_PUBLIC_URL || `http://localhost:${port}`;

  const prepared = await prepareDatabase();

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // The first supervisor after a restart should not wait for the first read of the rollups (see
  // readOverviewsOnce); should it fail, that read is only left to the first request.
  await readOverviewsOnce(await getDb()).catch((error: unknown) => console.error("Reading the analytics overviews at start failed:", error));

  const proxyHops = trustedProxyHops();
  const edge = { dev, ownOrigins: configuredOrigins() };
  const httpServer = createServer((req, res) => {
    stampClientHeaders(req, proxyHops);
    if (guardRequest(req, res, edge)) void handle(req, res);
  });
  // Idle keep-alive connections outlive those of clients and proxies in front (load balancers keep
  // theirs for 60 s): a client reusing a connection the desk is just closing gets a reset, not an answer.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  await createSocketServer(httpServer, secret);

  // Load (or, on a first start, train) the intent model now, so the first customer does not wait for it.
  const modelReady = getIntentClassifier().catch((error: unknown) => console.error("Loading the intent model failed:", error));
  // Then the help-centre indexes, which need the model, in the background: the desk already answers meanwhile.
  const helpCentresReady = modelReady.then(async () => warmHelpCentres(await getDb())).catch((error: unknown) => console.error("Indexing the help centre failed:", error));

  httpServer.listen(port, hostname, () => {
    console.log(`Desk ready on http://localhost:${port} (${dev ? "development" : "production"})`);
    printFirstStart(prepared, process.env.NEXTAUTH_URL!);
    void modelReady.then(() => console.log("Intent model ready."));
    void helpCentresReady.then(() => console.log("Help centre indexed."));
    // Customer turns owed from before this start (a crash, a restart) are answered now, and those
    // of an instance that dies are picked up every few seconds once its lease runs out.
    startTurnRecovery();
    // Webhook deliveries owed from before this start are sent now, in each conversation's order.
    startWebhookSender();
    // Replayed handoffs are assigned at past moments and answered a moment later, so the watch over
    // unanswered assignments starts after the replay: it would take each for one ignored for days.
    // The alert rules wait for it too, to judge the finished month rather than one half replayed.
    void demoHistory(prepared).finally(() => {
      startAssignmentWatch();
      startAlertWatch();
      startRetentionSweep();
    });
  });
}

/** What the first start did, and what the person starting the desk must know or do next. */
function printFirstStart(prepared: PreparedDatabase, baseUrl: string): void {
  const { mode } = prepared;
  if (mode.mode === "demo") {
    console.log(`Demo mode (${mode.reason}): the demo store with published sign-ins. For real data set DESK_MODE=production (see README, "First start").`);
    if (prepared.seeded) console.log("Demo data created on this first start.");
    if (prepared.credentials.length) console.log("Demo sign-in:");
    for (const c of prepared.credentials) console.log(`  ${c.role.padEnd(10)} ${c.email}  /  ${c.password}`);
    return;
  }
  console.log(`Production mode (${mode.reason}): no demo data, demo passwords refused.`);
  if (prepared.envAdmin?.action === "created") console.log(`First admin ${prepared.envAdmin.email} created from DESK_ADMIN_EMAIL.`);
  if (prepared.envAdmin?.action === "password_replaced") console.log(`The demo password of ${prepared.envAdmin.email} was replaced by DESK_ADMIN_PASSWORD.`);
  if (prepared.setupToken) console.log(`Open ${baseUrl}/setup/${prepared.setupToken} to create the first admin (valid 24 hours, once).`);
  if (prepared.holdsDemoStore) {
    console.log("This database holds the demo store; its accounts cannot sign in in production mode. Start once with DESK_ADMIN_EMAIL and DESK_ADMIN_PASSWORD to give the admin a new password.");
  }
}

/**
 * The demo workspace's past month, replayed once per database after the desk is ready.
 * `DESK_DEMO_HISTORY=off` leaves the database as the seed made it; production mode never replays.
 */
async function demoHistory(prepared: PreparedDatabase): Promise<void> {
  if (prepared.mode.mode !== "demo" || process.env.DESK_DEMO_HISTORY === "off") return;
  try {
    const summary = await replayDemoHistory(await getDb());
    if (summary) console.log(`Demo history: ${summary.conversations} past conversations replayed in ${summary.seconds.toFixed(1)} s.`);
  } catch (error) {
    console.error("Replaying the demo history failed:", error);
  }
}

main().catch((error: unknown) => {
  // A refused first start is the operator's to fix; its message is the whole story.
  console.error(error instanceof FirstStartRefused ? `Not starting: ${error.message}` : error);
  process.exit(1);
});
