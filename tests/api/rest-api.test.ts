// The REST API through its real route handlers: tokens and scopes, one error shape, workspace
// isolation, cursor pagination, conversation actions under the console's rules, the GDPR
// requests, help-centre articles, analytics tables, and an OpenAPI document covering every route.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Db } from "../../lib/db/index";
import type { Operation } from "../../lib/api/operation";
import { createApiToken, revokeApiToken } from "../../lib/api/tokens";
import { recordMessage } from "../../lib/conversation/log";
import { crossSiteRefusal } from "../../lib/http/same-origin";
import { ARTICLE_BODY_LIMIT, bodyLimitFor, DEFAULT_BODY_LIMIT } from "../../lib/http/body-limit";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let db: Db;
let routes: Record<string, Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>>;
let operations: readonly Operation[];
let openApi: (request: Request) => Response;
const ids = { workspace: "", other: "", admin: "", agent: "" };
const tokens = { write: "", read: "", revoked: "", other: "" };

before(async () => {
  database = await sqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("../../lib/db/index");
  db = await getDb();
  const a = await createWorkspace(db, "api-a");
  const b = await createWorkspace(db, "api-b");
  ids.workspace = a.id;
  ids.other = b.id;
  const person = (workspaceId: string, email: string, name: string, role: "admin" | "agent") =>
    db.user.create({ data: { workspaceId, email, name, role, passwordHash: "x", skills: [], languages: ["en"] } });
  ids.admin = (await person(a.id, "ada@a.test", "Ada Admin", "admin")).id;
  ids.agent = (await person(a.id, "sam@a.test", "Sam Agent", "agent")).id;
  const otherAdmin = await person(b.id, "bo@b.test", "Bo Admin", "admin");
  const admin = { userId: ids.admin, workspaceId: a.id };
  tokens.write = (await createApiToken(db, admin, { name: "CRM sync", scope: "write" })).token;
  tokens.read = (await createApiToken(db, admin, { name: "Warehouse", scope: "read" })).token;
  const revoked = await createApiToken(db, admin, { name: "Old script", scope: "write" });
  await revokeApiToken(db, admin, revoked.id);
  tokens.revoked = revoked.token;
  tokens.other = (await createApiToken(db, { userId: otherAdmin.id, workspaceId: b.id }, { name: "B", scope: "write" })).token;

  routes = {
    "/api/v1/conversations": await import("../../app/api/v1/conversations/route"),
    "/api/v1/conversations/{id}": await import("../../app/api/v1/conversations/[id]/route"),
    "/api/v1/conversations/{id}/messages": await import("../../app/api/v1/conversations/[id]/messages/route"),
    "/api/v1/conversations/{id}/assign": await import("../../app/api/v1/conversations/[id]/assign/route"),
    "/api/v1/conversations/{id}/resolve": await import("../../app/api/v1/conversations/[id]/resolve/route"),
    "/api/v1/customers/{externalId}": await import("../../app/api/v1/customers/[externalId]/route"),
    "/api/v1/customers/{externalId}/export": await import("../../app/api/v1/customers/[externalId]/export/route"),
    "/api/v1/articles": await import("../../app/api/v1/articles/route"),
    "/api/v1/articles/{id}": await import("../../app/api/v1/articles/[id]/route"),
    "/api/v1/analytics/{table}": await import("../../app/api/v1/analytics/[table]/route"),
  } as never;
  operations = (await import("../../app/api/v1/operations")).apiOperations;
  openApi = (await import("../../app/api/v1/openapi.json/route")).GET;
});
after(async () => {
  const { disconnectDb } = await import("../../lib/db/index");
  await disconnectDb();
  await database?.drop();
});

interface Call {
  token?: string | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls a route handler as Next.js would; a success is checked against the operation's documented response schema. */
async function call(method: Operation["method"], route: string, { token = tokens.write, params = {}, query = {}, body, headers = {} }: Call = {}) {
  const url = new URL(`http://desk.test${route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const request = new Request(url, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const response = await routes[route]![method]!(request, { params: Promise.resolve(params) });
  const json = (await response.json()) as any;
  if (response.ok) {
    const operation = operations.find((o) => o.method === method && o.path === route)!;
    const checked = operation.response.safeParse(json);
    assert.ok(checked.success, `${method} ${route} answered outside its documented schema: ${JSON.stringify(checked.error?.issues)}`);
  } else {
    assert.deepEqual(Object.keys(json), ["error"]);
    assert.deepEqual(Object.keys(json.error).sort(), ["code", "message"]);
  }
  return { status: response.status, json, headers: response.headers };
}

test("a missing, unknown or revoked token is 401, a read token writing is 403, and a console cookie is no authority", async () => {
  const list = "/api/v1/conversations";
  const missing = await call("GET", list, { token: null, headers: { cookie: "next-auth.session-token=anything" } });
  assert.equal(missing.status, 401);
  assert.equal(missing.json.error.code, "unauthorized");
  assert.equal(missing.headers.get("www-authenticate"), "Bearer");
  assert.equal((await call("GET", list, { token: "ldk_not-a-real-token" })).json.error.code, "unauthorized");
  const revoked = await call("GET", list, { token: tokens.revoked });
  assert.deepEqual([revoked.status, revoked.json.error.code], [401, "token_revoked"]);
  const readOnly = await call("POST", list, { token: tokens.read, body: {} });
  assert.deepEqual([readOnly.status, readOnly.json.error.code], [403, "insufficient_scope"]);
  assert.equal(await db.conversation.count(), 0, "the refused write wrote nothing");
  assert.equal((await call("GET", list, { token: tokens.read })).status, 200);
  const token = await db.apiToken.findFirstOrThrow({ where: { name: "Warehouse" } });
  assert.ok(token.lastUsedAt, "last use is recorded");
  assert.notEqual(token.tokenHash, tokens.read, "only a hash is stored");
  assert.equal(await db.auditLog.count({ where: { workspaceId: ids.workspace, action: "api_token.created" } }), 3);
  const revocation = await db.auditLog.findFirstOrThrow({ where: { workspaceId: ids.workspace, action: "api_token.revoked" } });
  assert.equal(revocation.actorId, ids.admin);
  assert.ok(!JSON.stringify(await db.auditLog.findMany()).includes(tokens.write), "no token appears in the audit log");
});

test("bearer API writes from other sites pass the Origin check (they carry no cookie authority); cookie APIs stay guarded", () => {
  const elsewhere = { origin: "https://crm.example", host: "desk.example" };
  assert.equal(crossSiteRefusal("POST", "/api/v1/conversations", elsewhere, []), null);
  assert.equal(crossSiteRefusal("DELETE", "/api/v1/customers/crm-42", {}, []), null);
  assert.match(crossSiteRefusal("POST", "/api/admin/api-tokens", elsewhere, []) ?? "", /cannot change anything/);
  assert.match(crossSiteRefusal("POST", "/api/v1x/anything", elsewhere, []) ?? "", /cannot change anything/);
});

test("an article of 50,000 characters in any script fits the API's body limit; other API bodies keep the default", () => {
  assert.equal(bodyLimitFor("PUT", "/api/v1/articles/a1"), ARTICLE_BODY_LIMIT);
  assert.equal(bodyLimitFor("POST", "/api/v1/articles"), ARTICLE_BODY_LIMIT);
  assert.ok(Buffer.byteLength(JSON.stringify({ body: "文".repeat(50_000) })) < ARTICLE_BODY_LIMIT);
  assert.equal(bodyLimitFor("POST", "/api/v1/conversations"), DEFAULT_BODY_LIMIT);
});

test("malformed requests are refused with invalid_request or unsupported_media_type", async () => {
  const badQuery = await call("GET", "/api/v1/conversations", { query: { limit: "1000" } });
  assert.deepEqual([badQuery.status, badQuery.json.error.code], [400, "invalid_request"]);
  assert.match(badQuery.json.error.message, /limit/);
  assert.equal((await call("GET", "/api/v1/conversations", { query: { colour: "red" } })).status, 400, "unknown parameters are refused");
  assert.equal((await call("GET", "/api/v1/conversations", { query: { cursor: "garbage" } })).json.error.code, "invalid_request");
  const request = new Request("http://desk.test/api/v1/conversations", { method: "POST", headers: { authorization: `Bearer ${tokens.write}`, "content-type": "text/plain" }, body: "{}" });
  const response = await routes["/api/v1/conversations"]!.POST!(request, { params: Promise.resolve({}) });
  assert.equal(response.status, 415);
  assert.equal(((await response.json()) as any).error.code, "unsupported_media_type");
});

test("conversations page by cursor, newest first, each exactly once, with filters", async () => {
  const created: string[] = [];
  for (let i = 0; i < 7; i++) {
    const { status, json } = await call("POST", "/api/v1/conversations", { body: { language: "en" } });
    assert.equal(status, 201);
    created.push(json.id);
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  const sizes: number[] = [];
  do {
    const { json }: { json: { data: { id: string }[]; nextCursor: string | null } } = await call("GET", "/api/v1/conversations", { query: { limit: "3", ...(cursor ? { cursor } : {}) } });
    sizes.push(json.data.length);
    seen.push(...json.data.map((c) => c.id));
    cursor = json.nextCursor;
  } while (cursor);
  assert.deepEqual(sizes, [3, 3, 1]);
  assert.deepEqual(seen, [...created].reverse());
  const other = await call("GET", "/api/v1/conversations", { token: tokens.other });
  assert.deepEqual(other.json.data, [], "another workspace's token sees none of them");
  assert.equal((await call("GET", "/api/v1/conversations/{id}", { token: tokens.other, params: { id: created[0]! } })).status, 404);
  assert.equal((await call("GET", "/api/v1/conversations", { query: { status: "resolved" } })).json.data.length, 0);
});

test("messages, assignment and resolution follow the console's ownership rules", async () => {
  const { json: conversation } = await call("POST", "/api/v1/conversations", { body: {} });
  const path = { params: { id: conversation.id } };
  const ai = await call("POST", "/api/v1/conversations/{id}/messages", { ...path, body: { author: "ai", body: "Hello from the assistant." } });
  assert.equal(ai.status, 201);
  const notOwner = await call("POST", "/api/v1/conversations/{id}/messages", { ...path, body: { author: "agent", userId: ids.agent, body: "Hi, Sam here." } });
  assert.deepEqual([notOwner.status, notOwner.json.error.code], [409, "conflict"], "a person replies only once they have the conversation");

  const assigned = await call("POST", "/api/v1/conversations/{id}/assign", { ...path, body: { userId: ids.agent, note: "VIP" } });
  assert.equal(assigned.json.status, "with_human");
  assert.equal(assigned.json.assigneeId, ids.agent);
  const human = await call("POST", "/api/v1/conversations/{id}/messages", { ...path, body: { author: "agent", userId: ids.agent, body: "Hi, Sam here.", clientMessageId: "crm-1" } });
  const again = await call("POST", "/api/v1/conversations/{id}/messages", { ...path, body: { author: "agent", userId: ids.agent, body: "Hi, Sam here.", clientMessageId: "crm-1" } });
  assert.equal(again.json.id, human.json.id, "a retried post is stored once");
  const aiOverHuman = await call("POST", "/api/v1/conversations/{id}/messages", { ...path, body: { author: "ai", body: "Me again." } });
  assert.equal(aiOverHuman.status, 409, "the AI never talks over a person");

  const resolved = await call("POST", "/api/v1/conversations/{id}/resolve", { ...path, body: { outcome: "solved" } });
  assert.equal(resolved.json.status, "resolved");
  const detail = await call("GET", "/api/v1/conversations/{id}", path);
  const bodies = detail.json.messages.map((m: { author: string; body: string }) => `${m.author}:${m.body}`);
  assert.ok(bodies.includes("ai:Hello from the assistant.") && bodies.includes("human:Hi, Sam here."));
  assert.equal(bodies.filter((b: string) => b === "human:Hi, Sam here.").length, 1);
  const types = detail.json.events.map((e: { type: string }) => e.type);
  assert.ok(types.includes("assignment") && types.includes("resolved") && types.includes("conversation_started"));
  assert.equal(detail.json.events.find((e: { type: string }) => e.type === "assignment").actorId, ids.admin, "made as the token's admin");
  assert.equal((await call("POST", "/api/v1/conversations/{id}/assign", { ...path, body: { userId: "nobody" } })).status, 404);
});

test("customers: upsert by external id, read with conversations, export everything, erase everything", async () => {
  const customer = { params: { externalId: "crm-42" } };
  const created = await call("PUT", "/api/v1/customers/{externalId}", { ...customer, body: { name: "Ines Ruiz", email: "ines@example.com", tier: "pro", attributes: { plan: "gold" } } });
  assert.equal(created.status, 200);
  const updated = await call("PUT", "/api/v1/customers/{externalId}", { ...customer, body: { name: "Inés Ruiz", email: "ines@example.com" } });
  assert.equal(updated.json.id, created.json.id);
  assert.equal(updated.json.tier, "pro", "fields left out keep their value");
  assert.deepEqual((await db.auditLog.findMany({ where: { targetId: created.json.id } })).map((e) => e.action).sort(), ["customer.created", "customer.updated"]);
  const clash = await call("PUT", "/api/v1/customers/{externalId}", { params: { externalId: "crm-43" }, body: { name: "Someone", email: "ines@example.com" } });
  assert.equal(clash.json.error.code, "conflict");

  const { json: conversation } = await call("POST", "/api/v1/conversations", { body: { customerExternalId: "crm-42" } });
  assert.ok(conversation.events.some((e: { type: string; payload: { verified?: boolean } }) => e.type === "verification" && e.payload.verified), "a customer the business's server names counts as verified");
  await recordMessage(db, { conversationId: conversation.id, author: "customer", body: "My parcel never came." });
  await db.outboundEmail.create({ data: { workspaceId: ids.workspace, to: "ines@example.com", subject: "Your code", body: "123456" } });
  const read = await call("GET", "/api/v1/customers/{externalId}", customer);
  assert.deepEqual(read.json.conversations.map((c: { id: string }) => c.id), [conversation.id]);
  assert.equal((await call("GET", "/api/v1/customers/{externalId}", { ...customer, token: tokens.other })).status, 404);

  const exported = await call("GET", "/api/v1/customers/{externalId}/export", { ...customer, token: tokens.read });
  assert.equal(exported.json.customer.email, "ines@example.com");
  assert.equal(exported.json.customer.passwordHash, undefined);
  assert.equal(exported.json.customer.conversations[0].messages[0].body, "My parcel never came.");
  assert.equal(exported.json.emails.length, 1);

  assert.equal((await call("DELETE", "/api/v1/customers/{externalId}", { ...customer, token: tokens.read })).status, 403);
  const erased = await call("DELETE", "/api/v1/customers/{externalId}", customer);
  assert.deepEqual(erased.json.counts, { conversations: 1, orders: 0, subscriptions: 0, payments: 0, emails: 1, webhookDeliveries: 0 });
  assert.equal((await call("GET", "/api/v1/customers/{externalId}", customer)).status, 404);
  assert.equal(await db.message.count({ where: { conversationId: conversation.id } }), 0);
  assert.equal(await db.customer.count({ where: { email: "ines@example.com" } }), 0);
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "customer.erased" } });
  assert.ok(!JSON.stringify(entry.detail).includes("ines"), "the audit of an erasure keeps no personal data");
});

test("help-centre articles: create, list, read, replace, delete; a taken slug is a conflict", async () => {
  const input = { slug: "returns-policy", language: "en", title: "Returns policy", category: "Orders", tags: ["returns"], body: "You can return any item within 30 days of delivery." };
  const created = await call("POST", "/api/v1/articles", { body: input });
  assert.equal(created.status, 201);
  assert.equal(created.json.category, "orders");
  assert.equal((await call("POST", "/api/v1/articles", { body: input })).json.error.code, "conflict");
  assert.equal((await call("GET", "/api/v1/articles", { query: { language: "en" }, token: tokens.read })).json.data.length, 1);
  const id = { params: { id: created.json.id } };
  const replaced = await call("PUT", "/api/v1/articles/{id}", { ...id, body: { ...input, title: "Returns and refunds" } });
  assert.equal(replaced.json.title, "Returns and refunds");
  assert.equal((await call("GET", "/api/v1/articles/{id}", { ...id, token: tokens.other })).status, 404);
  assert.equal((await call("DELETE", "/api/v1/articles/{id}", id)).json.deleted, true);
  assert.equal((await call("GET", "/api/v1/articles/{id}", id)).status, 404);
  assert.ok(await db.auditLog.findFirst({ where: { action: "help_centre.article_deleted", actorId: ids.admin } }));
});

test("analytics tables answer with the supervisor CSV's columns and rows; an unknown table is refused", async () => {
  const table = await call("GET", "/api/v1/analytics/{table}", { token: tokens.read, params: { table: "triggers" }, query: { from: "2026-01-01", to: "2026-01-31" } });
  assert.equal(table.status, 200);
  assert.equal(table.json.name, "triggers");
  assert.ok(table.json.columns.length > 0);
  assert.equal(table.json.from, "2026-01-01T00:00:00.000Z");
  assert.equal((await call("GET", "/api/v1/analytics/{table}", { params: { table: "salaries" } })).json.error.code, "invalid_request");
});

test("each token is rate-limited on its own, with Retry-After", async () => {
  const admin = { userId: ids.admin, workspaceId: ids.workspace };
  const { token } = await createApiToken(db, admin, { name: "Busy", scope: "read" });
  const { token: quiet } = await createApiToken(db, admin, { name: "Quiet", scope: "read" });
  process.env.DESK_API_REQUESTS_PER_MINUTE = "3";
  try {
    for (let i = 0; i < 3; i++) assert.equal((await call("GET", "/api/v1/articles", { token })).status, 200);
    const limited = await call("GET", "/api/v1/articles", { token });
    assert.deepEqual([limited.status, limited.json.error.code], [429, "rate_limited"]);
    assert.ok(Number(limited.headers.get("retry-after")) > 0);
    assert.equal((await call("GET", "/api/v1/articles", { token: quiet })).status, 200, "another token is not slowed");
  } finally {
    delete process.env.DESK_API_REQUESTS_PER_MINUTE;
  }
});

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

test("the OpenAPI 3.1 document describes every route and method under /api/v1, each schema resolved", async () => {
  const document = (await openApi(new Request("http://desk.test/api/v1/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, any>>; components: Record<string, Record<string, unknown>> };
  assert.equal(document.openapi, "3.1.0");
  assert.deepEqual((document as unknown as { servers: unknown }).servers, [{ url: "http://desk.test" }]);
  const root = path.resolve("app/api/v1");
  const served: string[] = [];
  for (const file of routeFiles(root)) {
    const route = "/api/v1/" + path.relative(root, path.dirname(file)).replace(/\[(\w+)\]/g, "{$1}");
    if (route === "/api/v1/openapi.json") continue;
    for (const [, method] of readFileSync(file, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) served.push(`${method} ${route}`);
  }
  const documented = Object.entries(document.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
  assert.deepEqual([...documented].sort(), [...served].sort());
  const operationIds = new Set<string>();
  for (const [p, methods] of Object.entries(document.paths)) {
    const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const operation of Object.values(methods)) {
      assert.ok(!operationIds.has(operation.operationId), `operationId ${operation.operationId} is unique`);
      operationIds.add(operation.operationId);
      assert.deepEqual(operation.parameters.filter((x: { in: string }) => x.in === "path").map((x: { name: string }) => x.name), inPath, `${p} declares its path parameters`);
      assert.ok(operation.responses["401"] && Object.keys(operation.responses).some((s) => s.startsWith("2")));
      assert.deepEqual(operation.security, [{ apiToken: [] }]);
    }
  }
  const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
  for (const ref of refs) assert.ok(ref.split("/").reduce<any>((node, key) => node?.[key], document), `${ref} resolves`);
  const create = document.paths["/api/v1/conversations"]!.post;
  assert.deepEqual(create.requestBody.content["application/json"].schema.properties.language.type, "string");
  assert.ok(document.paths["/api/v1/conversations"]!.get.parameters.some((x: { name: string }) => x.name === "cursor"));
});
