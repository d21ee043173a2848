import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import type { SupervisorAlertView } from "../lib/realtime/events";
import { alertRuleTitle } from "../lib/alerts/rule-titles";
import { fromDesk, openAroundTheClock, signIn } from "./helpers";

/**
 * Supervisor alerts end to end: customers fill the queue through the widget's own session API and
 * socket while no agent is online, and the supervisor's open console hears of it.
 */

interface Customer {
  token: string;
  socket: Socket;
}

async function customerAskingForAPerson(request: APIRequestContext, baseURL: string): Promise<Customer> {
  const response = await request.post("/api/widget/session", { data: { workspace: "lumen" } });
  expect(response.status()).toBe(200);
  const { conversationId, token } = (await response.json()) as { conversationId: string; token: string };
  const socket = io(baseURL, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: token } });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const handedOff = new Promise<void>((resolve) => socket.on("conversation:updated", (update: { status: string }) => update.status === "waiting_human" && resolve()));
  expect(await socket.emitWithAck("message:send", { clientMessageId: `alerts-${conversationId}`, body: "I want to talk to a human" })).toMatchObject({ ok: true });
  await handedOff;
  return { token, socket };
}

/** An agent signed in, then away: their console socket stays connected, so they would hear anything sent to all staff. */
async function agentAway(browser: Browser, baseURL: string): Promise<{ socket: Socket; heard: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "agent");
  await expect(page.getByTestId("presence")).toBeEnabled();
  await page.getByTestId("presence").selectOption("away");
  await expect(page.getByTestId("presence")).toHaveValue("away");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  // A staff socket says it comes from the desk, as the console page's own does.
  const socket = io(baseURL, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie, origin: baseURL } });
  const heard: string[] = [];
  socket.onAny((event: string) => heard.push(event));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return { socket, heard };
}

openAroundTheClock();

test("an alert rule fires and appears live in a supervisor's console without reload, and is acknowledged", async ({ browser, page, request, baseURL }) => {
  const agent = await agentAway(browser, baseURL!);
  const supervisor = await signIn(page, "supervisor", "/supervisor/alerts");
  await expect(page.getByRole("heading", { name: "Alerts", exact: true })).toBeVisible();
  await expect(page.getByTestId("presence")).toBeEnabled();
  await page.evaluate(() => ((window as { loadedOnce?: boolean }).loadedOnce = true));

  // Three customers ask for a person; with no agent online they all wait in the queue.
  const customers = [];
  for (let i = 0; i < 3; i++) customers.push(await customerAskingForAPerson(request, baseURL!));

  const bell = page.getByRole("button", { name: /^Alerts: [1-9]\d* open$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const raised = page.locator('[data-testid="open-alert"][data-alert-rule="unstaffed_queue"]');
  await expect(raised).toHaveCount(1);
  await expect(raised).toContainText("customers are waiting in the queue and no agent is online");
  const alertId = (await raised.getAttribute("data-alert-id"))!;
  // The alerts page below the header refreshed itself too.
  await expect(page.locator(`[data-testid="open-alert-row"][data-alert-id="${alertId}"]`)).toBeVisible();
  expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

  // The customers end their chats, which empties the queue, so the condition no longer holds.
  for (const customer of customers) {
    const rated = await request.post("/api/widget/csat", { headers: { Authorization: `Bearer ${customer.token}` }, data: { score: 5 } });
    expect(rated.status()).toBe(201);
    customer.socket.disconnect();
  }

  await raised.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.locator(`[data-testid="open-alert"][data-alert-id="${alertId}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid="open-alert-row"][data-alert-id="${alertId}"]`)).toHaveCount(0);
  const acknowledged = page.locator(`[data-testid="acknowledged-alert-row"][data-alert-id="${alertId}"]`);
  await expect(acknowledged.getByTestId("acknowledged-by")).toContainText(supervisor.name);
  expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

  const stored = (await (await page.request.get("/api/supervisor/alerts?status=acknowledged")).json()) as { alerts: SupervisorAlertView[] };
  expect(stored.alerts.find((a) => a.id === alertId)).toMatchObject({ rule: "unstaffed_queue", acknowledgedBy: supervisor.name });

  // The agent's console was connected the whole time and heard no alert, and cannot acknowledge one.
  expect(agent.heard.filter((event) => event.startsWith("alert:"))).toEqual([]);
  const refused = await agent.socket.emitWithAck("console:alert_ack", { alertId });
  expect(refused).toEqual({ ok: false, error: "Only supervisors and admins acknowledge alerts." });
  agent.socket.disconnect();
});

test("a supervisor changes when an alert fires; the rules in force say so at once and after a reload", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/alerts");
  const form = page.getByRole("form", { name: "Change alert rules" });
  const csatRule = page.locator('[data-testid="rule-in-force"][data-alert-rule="csat_falling"]');
  const queueRule = page.locator('[data-testid="rule-in-force"][data-alert-rule="unstaffed_queue"]');
  await expect(csatRule).toContainText("0.70 or more below");
  try {
    await form.getByLabel("Rating drop (points out of 5)").fill("1.2");
    await form.getByLabel("Ratings needed in each period").fill("8");
    await form.getByRole("group", { name: alertRuleTitle("unstaffed_queue") }).getByLabel("Alert me").uncheck();
    await form.getByRole("button", { name: "Save alert rules" }).click();
    await expect(form.getByRole("status")).toContainText("Saved");
    await expect(csatRule).toContainText("1.20 or more below");
    await expect(csatRule).toContainText("at least 8 ratings");
    await expect(queueRule).toHaveClass(/line-through/);

    await page.reload();
    await expect(form.getByLabel("Rating drop (points out of 5)")).toHaveValue("1.2");
    await expect(form.getByRole("group", { name: alertRuleTitle("unstaffed_queue") }).getByLabel("Alert me")).not.toBeChecked();

    // A value the rules cannot take is refused with the field named, and nothing changes.
    await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true));
    await form.getByLabel("Rating drop (points out of 5)").fill("9");
    await form.getByRole("button", { name: "Save alert rules" }).click();
    await expect(form.getByRole("alert")).toContainText("CSAT falling, Rating drop (points out of 5)");
    await page.reload();
    await expect(csatRule).toContainText("1.20 or more below");
  } finally {
    // Back to the defaults, for every test that follows.
    expect((await page.request.put("/api/supervisor/alert-rules", { data: { rules: {} }, headers: fromDesk(page) })).ok()).toBe(true);
  }
});
