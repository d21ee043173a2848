import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { io } from "socket.io-client";
import type { ReplayedMessage } from "../lib/realtime/events";
import { fromDesk, signIn } from "./helpers";

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  return rows;
}

async function tableCells(page: Page, name: string): Promise<string[][]> {
  const table = page.getByTestId(`table-${name}`).getByRole("table");
  // textContent, not innerText: the header is upper-cased by CSS only.
  const header = await table.locator("thead th").allTextContents();
  const body = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())));
  return [header.map((h) => h.trim()), ...body];
}

interface Customer {
  conversationId: string;
  token: string;
  close: () => void;
}

/** An anonymous visitor who writes one message over the widget's socket and waits for the AI's answer. */
async function customerSays(request: APIRequestContext, baseURL: string, body: string): Promise<Customer> {
  const response = await request.post("/api/widget/session", { data: { workspace: "lumen", pageUrl: "https://shop.example/help", pageTitle: "Help" } });
  expect(response.status()).toBe(200);
  const session = (await response.json()) as { conversationId: string; token: string };
  const socket = io(baseURL, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: session.token } });
  const answers: ReplayedMessage[] = [];
  socket.on("message:created", ({ message }: { message: ReplayedMessage }) => {
    if (message.author !== "customer") answers.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  expect(await socket.emitWithAck("message:send", { clientMessageId: `e2e-${session.conversationId}-1`, body })).toMatchObject({ ok: true });
  await expect.poll(() => answers.length).toBeGreaterThan(0);
  return { ...session, close: () => socket.disconnect() };
}

test("a supervisor sees the headline numbers, each with its definition", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor");
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { name: "Supervisor overview" })).toBeVisible();
  const resolution = page.getByTestId("headline-ai-resolution-rate");
  await expect(resolution).toContainText("AI resolution rate");
  await expect(resolution).toContainText("not reopened within 7 days");
  await expect(page.getByTestId("headline-escalation-rate")).toContainText("handed to a person");
});

test("an agent is refused the supervisor pages and their data", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { name: "You don't have access to that page" })).toBeVisible();
  await page.goto("/supervisor/escalations");
  await expect(page.getByRole("heading", { name: "You don't have access to that page" })).toBeVisible();
  expect((await page.request.get("/api/supervisor/export/triggers")).status()).toBe(403);
  expect((await page.request.post("/api/supervisor/what-if", { data: { days: 7 }, headers: fromDesk(page) })).status()).toBe(403);
});

test("filters travel in the URL and each CSV export has the rows of its table", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  await page.getByLabel("Tier").selectOption("pro");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/tier=pro/);
  await expect(page.getByLabel("Tier")).toHaveValue("pro");
  for (const name of ["triggers", "tiers", "hours"]) {
    const link = page.getByTestId(`table-${name}`).getByRole("link", { name: /Download CSV/ });
    const href = await link.getAttribute("href");
    expect(href).toContain("tier=pro");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = parseCsv(await response.text());
    const shown = await tableCells(page, name);
    expect(csv[0]).toEqual(shown[0]);
    // The empty-table notice is one wide cell, not a row of data.
    expect(csv.slice(1)).toEqual(shown.slice(1).filter((row) => row.length === csv[0]!.length));
    expect(csv.length).toBeGreaterThan(1);
    const json = await (await page.request.get(`${href}&format=json`)).json();
    expect([json.columns, ...json.rows]).toEqual(csv);
  }
});

test("a supervisor runs the threshold what-if", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  await page.getByLabel("Confidence floor").fill("0.5");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await expect(page.getByTestId("what-if-result")).toContainText("would have");
});

test("the agents page lists each agent with their load now, and its CSV has the same rows", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/agents");
  await page.goto("/supervisor");
  await page.getByRole("navigation", { name: "Supervisor" }).getByRole("link", { name: "Agents" }).click();
  await expect(page.getByRole("heading", { name: "Agents", level: 1 })).toBeVisible();
  const shown = await tableCells(page, "agent-performance");
  expect(shown[0]).toContain("Open now / max");
  expect(shown.map((row) => row[0])).toEqual(expect.arrayContaining(["Maya Ortega", "Lukas Brandt"]));
  const href = await page.getByTestId("table-agent-performance").getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  const csv = parseCsv(await (await page.request.get(href!)).text());
  expect(csv).toEqual(shown);
});

test("a number links to the list of the conversations behind it, each opening in the console", async ({ page, request, baseURL }) => {
  (await customerSays(request, baseURL!, "How long do I have to return an item?")).close();
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  const tiers = page.getByTestId("table-tiers");
  const free = tiers.getByRole("row", { name: /^free/ });
  const conversations = (await free.getByRole("cell").first().textContent())!.trim();
  await free.getByRole("cell").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/supervisor\/conversations\?.*set=conversations.*tier=free|tier=free.*set=conversations/);
  await expect(page.getByTestId("drill-count")).toHaveText(new RegExp(`^${conversations} conversations?`));
  const first = page.getByTestId("drill-down").locator("tbody tr").first().getByRole("link");
  const id = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/console/${id}$`));
});

test("charts sit beside the tables that list the same numbers", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  for (const chart of ["chart-triggers", "chart-hours"]) {
    await expect(page.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible();
    await expect(page.getByTestId(chart).getByText("The table below has the same numbers.")).toBeVisible();
  }
  await expect(page.getByTestId("chart-triggers").locator(".recharts-legend-item-text")).toHaveText(["Fired", "Primary"]);
  await page.goto("/supervisor/quality");
  await expect(page.getByTestId("chart-trend").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("table-daily-trend").locator("tbody tr")).toHaveCount(30);
});

interface TodayCounts {
  conversations: number;
  freeConversations: number;
  freeEscalated: number;
  freeHandoffs: number;
  customerRequestPrimary: number;
}

/**
 * Today's numbers for anonymous visitors (the free tier). The tier filter also makes the overview
 * read the log rather than the per-day cache, which may be up to five minutes old.
 */
async function todayCounts(page: Page, query: string): Promise<TodayCounts> {
  await page.goto(`/supervisor?${query}`);
  const conversations = Number(await page.getByTestId("headline-conversations").getByTestId("headline-value").textContent());
  await page.goto(`/supervisor/escalations?${query}`);
  const free = (await tableCells(page, "tiers")).find((row) => row[0] === "free")!;
  const customerRequest = (await tableCells(page, "triggers")).find((row) => row[0] === "customer request")!;
  return {
    conversations,
    freeConversations: Number(free[1]),
    freeEscalated: Number(free[2]),
    freeHandoffs: Number(free[4]),
    customerRequestPrimary: Number(customerRequest[2]),
  };
}

test("today's overview and escalation numbers count exactly a scripted FAQ and a request for a person", async ({ page, request, baseURL }) => {
  const today = new Date().toISOString().slice(0, 10);
  const query = `from=${today}&to=${today}&tier=free`;
  await signIn(page, "supervisor", "/supervisor");
  // Other spec files may have left conversations today; only the change is this test's.
  const before = await todayCounts(page, query);

  const faq = await customerSays(request, baseURL!, "How long do I have to return an item?");
  const rated = await request.post("/api/widget/csat", { headers: { Authorization: `Bearer ${faq.token}` }, data: { score: 5 } });
  expect(rated.status()).toBe(201);
  faq.close();
  const person = await customerSays(request, baseURL!, "I want to talk to a human");
  person.close();

  await expect
    .poll(() => todayCounts(page, query))
    .toEqual({
      conversations: before.conversations + 2,
      freeConversations: before.freeConversations + 2,
      freeEscalated: before.freeEscalated + 1,
      freeHandoffs: before.freeHandoffs + 1,
      customerRequestPrimary: before.customerRequestPrimary + 1,
    });

  await page.goto(`/supervisor?${query}`);
  await page.getByTestId("headline-escalation-rate").getByRole("link").click();
  await expect(page.getByTestId("drill-down").locator(`tr[data-conversation="${person.conversationId}"]`)).toBeVisible();
  await expect(page.getByTestId("drill-down").locator(`tr[data-conversation="${faq.conversationId}"]`)).toHaveCount(0);
  await page.goto(`/supervisor?${query}`);
  await page.getByTestId("headline-csat-ai-only").getByRole("link").click();
  await expect(page.getByTestId("drill-down").locator(`tr[data-conversation="${faq.conversationId}"]`)).toContainText("5");
  await expect(page.getByTestId("drill-down").locator(`tr[data-conversation="${person.conversationId}"]`)).toHaveCount(0);
});
