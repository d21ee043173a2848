import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { verifyDelivery } from "../../lib/webhooks/signing";

/**
 * A business's webhook receiver on a real port. It verifies each delivery's signature with the
 * secrets it was given (refusing a bad one with 401, as a receiver should), and fails on purpose
 * when told to: a 500, or a request it never answers.
 */

export type ReceiverFault = "http_500" | "hang";

export interface ReceivedDelivery {
  id: string;
  type: string;
  data: Record<string, unknown>;
  /** Which of the receiver's secrets verified it. */
  verifiedWith: string;
}

export interface WebhookReceiver {
  url: string;
  /** Secrets the receiver accepts; replace to simulate the business switching secrets. */
  secrets: string[];
  /** Deliveries answered 2xx, in the order they arrived. */
  accepted: ReceivedDelivery[];
  /** Every request, including refused and failed ones: [webhook-id, what the receiver did]. */
  attempts: [string, string][];
  /** The next requests fail this way, one fault per request. */
  failNext(...faults: ReceiverFault[]): void;
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startWebhookReceiver(secrets: string[]): Promise<WebhookReceiver> {
  const faults: ReceiverFault[] = [];
  const sockets = new Set<Socket>();
  const hung: ServerResponse[] = [];
  const receiver: Omit<WebhookReceiver, "url"> = {
    secrets,
    accepted: [],
    attempts: [],
    failNext: (...more) => void faults.push(...more),
    async waitFor(predicate, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; attempts: ${JSON.stringify(receiver.attempts)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: async () => {
      for (const res of hung) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const id = headers["webhook-id"] ?? "(no id)";
    const verifiedWith = receiver.secrets.find((secret) => verifyDelivery(secret, headers, body));
    if (!verifiedWith) {
      receiver.attempts.push([id, "bad_signature"]);
      res.writeHead(401).end();
      return;
    }
    const fault = faults.shift();
    receiver.attempts.push([id, fault ?? "accepted"]);
    if (fault === "http_500") return void res.writeHead(500).end("receiver down");
    if (fault === "hang") return void hung.push(res);
    const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
    receiver.accepted.push({ id, type: parsed.type, data: parsed.data, verifiedWith });
    res.writeHead(204).end();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, { url: `http://127.0.0.1:${port}/hooks` });
}
