// A desk instance's webhook sender in a process of its own, for the test that kills it mid-send.
import { createDb } from "../../lib/db/index";
import { startWebhookSender } from "../../lib/webhooks/sender";

const db = await createDb(process.env.SENDER_DATABASE_URL!);
startWebhookSender({ db: async () => db, instanceId: "instance-killed", timeoutMs: 2_000, leaseMarginMs: 200, retryBaseMs: 40, pollMs: 20 });
process.send?.("started");
