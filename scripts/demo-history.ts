// `npm run demo:history`: gives the demo workspace its past month of conversations, as the first
// start does in the background. Run it while the desk is stopped; a database that already has its
// history is left as it is.
import { getDb, disconnectDb } from "../lib/db";
import { replayDemoHistory } from "../lib/demo/history";
import { HISTORY_DAYS } from "../lib/demo/history-plan";
import { prepareDatabase } from "../lib/demo/prepare-database";

await prepareDatabase();
const summary = await replayDemoHistory(await getDb());
console.log(
  summary
    ? `Replayed ${summary.conversations} conversations over the last ${HISTORY_DAYS} days (${summary.handedOff} handed to the team, ${summary.rated} rated) in ${summary.seconds.toFixed(1)} s.`
    : "Nothing to do: this database already has its demo history, or has no demo workspace.",
);
await disconnectDb();
