import { createServer } from "node:http";
import next from "next";
import { ensureAuthSecret } from "./lib/auth/secret";
import { prepareDatabase } from "./lib/demo/prepare-database";
import { createSocketServer } from "./lib/realtime/server";
import { getIntentClassifier } from "./lib/models/offline/default-intent-model";
import { startAssignmentWatch } from "./lib/handoff/assignment-watch";
import { startAlertWatch } from "./lib/alerts/alert-watch";
import { getDb } from "./lib/db";
import { replayDemoHistory } from "./lib/demo/history";
import { startTurnRecovery } from "./lib/agents/pipeline";
import { stampClientHeaders, trustedProxyHops } from "./lib/http/client-address";
import { configuredOrigins } from "./lib/http/public-url";
import { guardRequest } from "./lib/http/request-edge";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dev = process.env.NODE_ENV !== "production";

async function main(): Promise<void> {
  const secret = ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= process.env.DESK_PUBLIC_URL || `http://localhost:${port}`;

  const { seeded, credentials } = await prepareDatabase();

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const proxyHops = trustedProxyHops();
  const edge = { dev, ownOrigins: configuredOrigins() };
  const httpServer = createServer((req, res) => {
    stampClientHeaders(req, proxyHops);
    if (guardRequest(req, res, edge)) void handle(req, res);
  });
  await createSocketServer(httpServer, secret);

  // Load (or, on a first start, train) the intent model now, so the first customer does not wait for it.
  const modelReady = getIntentClassifier().catch((error: unknown) => console.error("Loading the intent model failed:", error));

  httpServer.listen(port, hostname, () => {
    console.log(`Desk ready on http://localhost:${port} (${dev ? "development" : "production"})`);
    if (seeded) console.log("Demo data created on this first start.");
    console.log("Demo sign-in:");
    for (const c of credentials) console.log(`  ${c.role.padEnd(10)} ${c.email}  /  ${c.password}`);
    void modelReady.then(() => console.log("Intent model ready."));
    // Customer turns owed from before this start (a crash, a restart) are answered now, and those
    // of an instance that dies are picked up every few seconds once its lease runs out.
    startTurnRecovery();
    // Replayed handoffs are assigned at past moments and answered a moment later, so the watch over
    // unanswered assignments starts after the replay: it would take each for one ignored for days.
    // The alert rules wait for it too, to judge the finished month rather than one half replayed.
    void demoHistory().finally(() => {
      startAssignmentWatch();
      startAlertWatch();
    });
  });
}

/**
 * The demo workspace's past month, replayed once per database after the desk is ready.
 * `DESK_DEMO_HISTORY=off` leaves the database as the seed made it.
 */
async function demoHistory(): Promise<void> {
  if (process.env.DESK_DEMO_HISTORY === "off") return;
  try {
    const summary = await replayDemoHistory(await getDb());
    if (summary) console.log(`Demo history: ${summary.conversations} past conversations replayed in ${summary.seconds.toFixed(1)} s.`);
  } catch (error) {
    console.error("Replaying the demo history failed:", error);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
