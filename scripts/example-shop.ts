import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { pathToFileURL } from "node:url";
import type { ConnectorSettings } from "../lib/business/connector-settings";

/**
 * A small shop with its own order API, for trying the HTTP connector (`npm run example:shop`)
 * and for the tests that run the AI against a business's systems. Orders and refunds use the
 * shop's own field names, so the connector config shows how a response is mapped; the other
 * actions answer in the desk's shapes directly. It honours `Idempotency-Key`: a refund retried
 * with the same key is paid once. Told to, it fails on purpose, one request at a time.
 */

export type ShopFault =
  /** Accepts the request and never answers. */
  | "hang"
  | "http_500"
  | "http_503"
  /** Refuses the request as invalid, as a shop does for one it will not process. */
  | "http_422"
  /** Answers 200 with a body that is not JSON. */
  | "garbage";

/** An order in the shop's own field names. */
export interface ShopOrder {
  id: string;
  /** Whose order it is; left out, any customer may see it (for trying the shop by hand). */
  customer_email?: string;
  state: "paid" | "shipped" | "delivered" | "cancelled" | "refunded";
  total_cents: number;
  refunded_cents: number;
  placed_at: string;
  lines: string[];
  tracking: string | null;
}

export interface ShopRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  body: unknown;
}

export interface ExampleShop {
  baseURL: string;
  orders: Map<string, ShopOrder>;
  /** Every request that reached the shop, faults included. */
  requests: ShopRequest[];
  /** Refunds paid, one per idempotency key. */
  refunds: Map<string, { id: string; order: string; amountCents: number }>;
  /** Faults for the next requests whose path starts with `pathPrefix`, in order. */
  failNext(pathPrefix: string, ...faults: ShopFault[]): void;
  close(): Promise<void>;
}

export interface ShopOptions {
  port?: number;
  /** The bearer token the shop requires; null accepts any caller. */
  token: string | null;
  orders: ShopOrder[];
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

export async function startExampleShop(options: ShopOptions): Promise<ExampleShop> {
  const orders = new Map(options.orders.map((o) => [o.id, { ...o }]));
  const requests: ShopRequest[] = [];
  const refunds = new Map<string, { id: string; order: string; amountCents: number }>();
  const faults: { pathPrefix: string; fault: ShopFault }[] = [];
  const sockets = new Set<Socket>();

  const ownOrder = (number: string, email: unknown) => {
    const order = orders.get(number);
    return order && (order.customer_email === undefined || order.customer_email === email) ? order : null;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://shop.invalid");
    const body = await readJson(req).catch(() => null);
    const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
    requests.push({ method: req.method ?? "GET", path: url.pathname, idempotencyKey: key, body });
    const faultAt = faults.findIndex((f) => url.pathname.startsWith(f.pathPrefix));
    if (faultAt >= 0) {
      const [{ fault }] = faults.splice(faultAt, 1);
      if (fault === "hang") return;
      if (fault === "garbage") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end("<html>Service temporarily unavailable</html>");
      }
      const status = Number(fault.slice("http_".length));
      return send(res, status, { error: status === 422 ? "The request could not be processed." : "Internal error" });
    }
    if (options.token !== null && req.headers.authorization !== `Bearer ${options.token}`) return send(res, 401, { error: "Unauthorized" });
    if (body === null) return send(res, 400, { error: "The body is not JSON." });
    const input = body as Record<string, unknown>;
    const customer = (input.customer ?? {}) as { email?: string };

    // No number asks for the customer's latest order.
    if (req.method === "GET" && url.pathname === "/api/orders/") {
      const email = url.searchParams.get("email");
      const latest = [...orders.values()].filter((o) => o.customer_email === email).sort((a, b) => b.placed_at.localeCompare(a.placed_at))[0];
      return latest ? send(res, 200, { order: latest }) : send(res, 404, { error: "No orders" });
    }
    const orderPath = /^\/api\/orders\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && orderPath) {
      const order = ownOrder(decodeURIComponent(orderPath[1]!), url.searchParams.get("email"));
      return order ? send(res, 200, { order }) : send(res, 404, { error: "No such order" });
    }
    if (req.method === "POST" && url.pathname === "/api/refunds") {
      const order = ownOrder(String(input.order), input.email);
      if (!order) return send(res, 200, { refund: { state: "declined", message: `No order ${String(input.order)} for this customer.` } });
      const earlier = key ? refunds.get(key) : undefined;
      if (earlier) return send(res, 200, { refund: { id: earlier.id, state: "succeeded", amount_cents: earlier.amountCents, replayed: true } });
      const amount = Number(input.amount_cents);
      if (!(amount > 0) || amount > order.total_cents - order.refunded_cents) {
        return send(res, 200, { refund: { state: "declined", message: `Only ${order.total_cents - order.refunded_cents} cents are left to refund on order ${order.id}.` } });
      }
      order.refunded_cents += amount;
      if (order.refunded_cents === order.total_cents) order.state = "refunded";
      const refund = { id: `re_${refunds.size + 1}`, order: order.id, amountCents: amount };
      refunds.set(key ?? refund.id, refund);
      return send(res, 201, { refund: { id: refund.id, state: "succeeded", amount_cents: amount, replayed: false } });
    }
    const cancelPath = /^\/api\/orders\/([^/]+)\/cancel$/.exec(url.pathname);
    if (req.method === "POST" && cancelPath) {
      const order = ownOrder(decodeURIComponent(cancelPath[1]!), customer.email);
      if (!order) return send(res, 404, { error: "No such order" });
      if (order.state !== "paid") return send(res, 200, { outcome: "refused", reason: `it has already ${order.state === "shipped" ? "shipped" : `been ${order.state}`}.` });
      order.state = "cancelled";
      return send(res, 200, { outcome: "cancelled", releasedCents: order.total_cents - order.refunded_cents });
    }
    if (req.method === "POST" && url.pathname === "/api/password-reset") {
      return send(res, 200, { outcome: "sent", sentTo: customer.email ?? "the address on file", expiresInMinutes: 60 });
    }
    return send(res, 404, { error: `No route ${req.method} ${url.pathname}` });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    orders,
    requests,
    refunds,
    failNext: (pathPrefix, ...more) => faults.push(...more.map((fault) => ({ pathPrefix, fault }))),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The connector settings that point the desk at this shop: order lookups and refunds mapped from
 * the shop's fields, cancellations and password resets in the desk's own shapes, the token read
 * from the environment variable `secretEnv`.
 */
export function exampleShopConnector(baseURL: string, secretEnv: string, tuning: { timeoutMs?: number; retries?: number } = {}): ConnectorSettings {
  const auth = { header: "Authorization", secretEnv, prefix: "Bearer " };
  const limits = { timeoutMs: tuning.timeoutMs ?? 5_000, retries: tuning.retries ?? 2 };
  return {
    // The example shop runs on this machine, which the desk calls only when told to.
    allowPrivateNetworks: true,
    actions: {
      lookupOrder: {
        type: "http",
        method: "GET",
        url: `${baseURL}/api/orders/{{orderNumber}}?email={{customer.email}}`,
        auth,
        request: null,
        response: {
          found: true,
          "order.number": "{{order.id}}",
          "order.status": "{{order.state}}",
          "order.placedAt": "{{order.placed_at}}",
          "order.totalCents": "{{order.total_cents}}",
          "order.refundedCents": "{{order.refunded_cents}}",
          "order.trackingNumber": "{{order.tracking}}",
          "order.items": "{{order.lines}}",
        },
        ...limits,
      },
      refund: {
        type: "http",
        method: "POST",
        url: `${baseURL}/api/refunds`,
        auth,
        request: { order: "{{orderNumber}}", amount_cents: "{{amountCents}}", reason: "{{reason}}", email: "{{customer.email}}" },
        response: {
          outcome: { from: "{{refund.state}}", map: { succeeded: "refunded", declined: "refused" } },
          amountCents: "{{refund.amount_cents}}",
          duplicate: "{{refund.replayed}}",
          reason: "{{refund.message}}",
        },
        ...limits,
      },
      cancelOrder: { type: "http", method: "POST", url: `${baseURL}/api/orders/{{orderNumber}}/cancel`, auth, request: null, response: {}, ...limits },
      passwordReset: { type: "http", method: "POST", url: `${baseURL}/api/password-reset`, auth, request: null, response: {}, ...limits },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const token = process.env.EXAMPLE_SHOP_TOKEN ?? "example-shop-token";
  const days = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000).toISOString();
  const shop = await startExampleShop({
    port: Number(process.env.EXAMPLE_SHOP_PORT ?? 4010),
    token,
    orders: [
      { id: "70001", state: "delivered", total_cents: 49_90, refunded_cents: 0, placed_at: days(6), lines: ["Desk lamp"], tracking: "1Z999AA10123456784" },
      { id: "70002", state: "paid", total_cents: 129_00, refunded_cents: 0, placed_at: days(1), lines: ["Headphones"], tracking: null },
    ],
  });
  console.log(`Example shop on ${shop.baseURL} (orders 70001 and 70002, any customer). Start the desk with SHOP_API_TOKEN=${token}, then save this on /admin/connectors:`);
  console.log(JSON.stringify(exampleShopConnector(shop.baseURL, "SHOP_API_TOKEN"), null, 2));
}
