import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import { demoPasswords, demoStaff } from "../lib/demo/people";
import type { ReplayedMessage } from "../lib/realtime/events";
import { fromDesk, openAroundTheClock } from "./helpers";

/**
 * The human side of a handoff, with the customer driven over the widget's own session API and
 * socket (as the widget does), and each agent in their own browser context.
 */

function staffMember(email: string) {
  const person = demoStaff.find((s) => s.email === email);
  if (!person) throw new Error(`no demo staff ${email}`);
  return { ...person, password: demoPasswords[person.role] };
}

async function signInAs(browser: Browser, email: string, path = "/console"): Promise<Page> {
  const person = staffMember(email);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("staff-name")).toHaveText(person.name);
  // Routing only considers people whose console is connected and online.
  await expect(page.getByTestId("presence")).toBeEnabled();
  await expect(page.getByTestId("presence")).toHaveValue("online");
  return page;
}

interface Customer {
  conversationId: string;
  token: string;
  socket: Socket;
  messages: ReplayedMessage[];
  say: (body: string) => Promise<void>;
}

/** A shopper signed in on the host site, as the demo store passes them to the widget. */
interface ShopIdentity {
  userId: string;
  userHash: string;
}

async function startCustomer(request: APIRequestContext, baseURL: string, identity?: ShopIdentity): Promise<Customer> {
  const response = await request.post("/api/widget/session", { data: { workspace: "lumen", pageUrl: "https://shop.example/account/billing", pageTitle: "Billing", ...identity } });
  expect(response.status()).toBe(200);
  const session = (await response.json()) as { conversationId: string; token: string };
  const socket = io(baseURL, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: session.token } });
  const messages: ReplayedMessage[] = [];
  socket.on("message:created", ({ message }: { message: ReplayedMessage }) => {
    if (!messages.some((m) => m.id === message.id)) messages.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  let sent = 0;
  return {
    ...session,
    socket,
    messages,
    say: async (body) => {
      sent += 1;
      const result = await socket.emitWithAck("message:send", { clientMessageId: `e2e-${session.conversationId}-${sent}`, body });
      expect(result).toMatchObject({ ok: true });
    },
  };
}

openAroundTheClock();

test("an escalation reaches the right agent live, with its brief; the human speaks alone until handing back", async ({ browser, request, baseURL }) => {
  const maya = await signInAs(browser, "maya@lumen.example", "/console?view=mine");
  const lukas = await signInAs(browser, "lukas@lumen.example", "/console?view=mine");
  const customer = await startCustomer(request, baseURL!);
  const row = (page: Page) => page.locator(`tr[data-conversation="${customer.conversationId}"]`);

  await customer.say("My payment failed but money was taken from my card.");
  await expect.poll(() => customer.messages.filter((m) => m.author === "ai").length).toBe(1);
  await customer.say("This is ridiculous. Let me talk to a real person right now.");

  // Billing in English: Maya has the skill, Lukas does not; neither page is reloaded.
  await expect(row(maya)).toBeVisible();
  await expect(maya.getByTestId("assignment-alert")).toContainText("New conversation for you");
  await expect(row(lukas)).toHaveCount(0);
  await expect.poll(() => customer.messages.some((m) => m.author === "system" && m.body.includes("Maya"))).toBe(true);

  await row(maya).getByRole("link").click();
  const brief = maya.getByTestId("handoff-brief");
  await expect(brief.getByTestId("brief-trigger")).toHaveText("customer request");
  await expect(brief.getByTestId("brief-reason")).not.toBeEmpty();
  await expect(brief).toContainText("Maya Ortega has billing");
  const chart = maya.getByTestId("sentiment-chart");
  await expect(chart.locator("circle")).toHaveCount(2);
  await expect(chart.getByTestId("escalation-point")).toHaveCount(1);

  const handoff = await maya.request.get(`/api/conversations/${customer.conversationId}/handoff`);
  expect(handoff.status()).toBe(200);
  const json = await handoff.json();
  expect(json).toMatchObject({ mode: "warm", escalation: { trigger: "customer_request" }, routing: { required_skills: ["billing"] }, conversation: { page_title: "Billing" } });
  expect(json.conversation.sentiment_trajectory).toHaveLength(2);

  await maya.getByLabel("Message").fill("Hi, I'm Maya. I can see the failed payment and I'm checking the charge now.");
  await maya.getByRole("button", { name: "Send" }).click();
  await expect.poll(() => customer.messages.find((m) => m.author === "human")?.body).toContain("I'm checking the charge now");

  const rating = brief.getByTestId("brief-feedback");
  await rating.getByLabel("What was missing or wrong (optional)").fill("No card details in the brief.");
  await rating.getByRole("button", { name: "Missing something" }).click();
  await expect(rating.getByRole("status")).toHaveText("You rated it missing something.");
  await rating.getByRole("button", { name: "Useful" }).click();
  await expect(rating.getByRole("button", { name: "Useful" })).toHaveAttribute("aria-pressed", "true");
  // Lukas never handled this handoff, so his verdict on its brief is refused.
  const lukasRating = await lukas.request.post(`/api/conversations/${customer.conversationId}/brief-feedback`, { data: { handoffId: json.handoff_id, useful: false }, headers: fromDesk(lukas) });
  expect(lukasRating.status()).toBe(403);

  // While Maya owns it the AI measures the turn (the chart grows) but says nothing.
  const aiRepliesBefore = customer.messages.filter((m) => m.author === "ai").length;
  await customer.say("Okay, and how long does a refund take?");
  await expect(chart.locator("circle")).toHaveCount(3);
  expect(customer.messages.filter((m) => m.author === "ai")).toHaveLength(aiRepliesBefore);

  await maya.getByLabel("Message").fill("Customer only needs the refund timing now.");
  await maya.getByRole("button", { name: "Hand back to AI" }).click();
  await expect(maya.getByTestId("owner")).toHaveText("With the AI");
  await customer.say("How long do I have to return an item?");
  await expect.poll(() => customer.messages.filter((m) => m.author === "ai").length).toBe(aiRepliesBefore + 1);

  customer.socket.disconnect();
  await maya.context().close();
  await lukas.context().close();
});

test("a signed-out visitor and a widget token cannot read another conversation", async ({ browser, request, baseURL }) => {
  const first = await startCustomer(request, baseURL!);
  await first.say("I want to talk to a human about my account.");
  const other = await startCustomer(request, baseURL!);

  const signedOut = await request.get(`/api/conversations/${first.conversationId}/handoff`);
  expect(signedOut.status()).toBe(401);
  const withWidgetToken = await request.get(`/api/conversations/${first.conversationId}/handoff`, { headers: { Authorization: `Bearer ${other.token}` } });
  expect(withWidgetToken.status()).toBe(401);

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/console/${first.conversationId}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // The other widget's socket only ever sees its own conversation, and cannot act as staff.
  const replay = await other.socket.emitWithAck("conversation:sync", { afterSeq: 0 });
  expect(replay).toMatchObject({ ok: true });
  expect(JSON.stringify(replay)).not.toContain("about my account");
  const reply = await other.socket.emitWithAck("console:reply", { conversationId: first.conversationId, body: "hello" });
  expect(reply).toEqual({ ok: false, error: "Only signed-in staff can do that." });

  first.socket.disconnect();
  other.socket.disconnect();
  await page.context().close();
});

/** A demo shopper with a delivered order above the AI's $100 refund limit, read from the demo store's pages. */
async function shopperWithLargeOrder(request: APIRequestContext): Promise<{ identity: ShopIdentity; order: { number: string; totalCents: number } }> {
  for (let n = 1001; n <= 1060; n++) {
    const html = await (await request.get(`/demo?as=cus_${n}`)).text();
    const order = [...html.matchAll(/data-order="(\d+)" data-status="delivered" data-total-cents="(\d+)"/g)]
      .map(([, number, cents]) => ({ number: number!, totalCents: Number(cents) }))
      .find((o) => o.totalCents > 100_00);
    const userHash = html.match(/data-user-hash="([0-9a-f]{64})"/)?.[1];
    if (order && userHash) return { identity: { userId: `cus_${n}`, userHash }, order };
  }
  throw new Error("no demo shopper has a delivered order above $100");
}

test("a refund above the AI's limit waits for a supervisor's approval, then is paid and the customer told", async ({ browser, request, baseURL }) => {
  const supervisor = await signInAs(browser, "supervisor@lumen.example", "/console");
  const { identity, order } = await shopperWithLargeOrder(request);
  const customer = await startCustomer(request, baseURL!, identity);
  const amount = `$${(order.totalCents / 100).toFixed(2)}`;

  await customer.say(`I want a refund of ${amount} for order #${order.number}, it arrived broken.`);
  await expect.poll(() => customer.messages.find((m) => m.author === "ai")?.body).toContain("asked a member of our team to review it");

  const row = supervisor.locator(`tr[data-conversation="${customer.conversationId}"]`);
  await expect(row.getByTestId("approval-badge")).toHaveText("approval needed");
  await row.getByRole("link").click();
  const card = supervisor.getByTestId("approval-card");
  await expect(card).toHaveAttribute("data-state", "pending");
  await expect(card.getByTestId("approval-amount")).toHaveText(amount);
  await expect(card).toContainText("(AI limit $100.00)");
  await expect(card).toContainText(`#${order.number}`);
  await expect(card).toContainText("it arrived broken");

  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveAttribute("data-state", "approved");
  await expect(card.getByTestId("approval-outcome")).toContainText(`Refund of ${amount} on order ${order.number} completed.`);
  await expect.poll(() => customer.messages.filter((m) => m.author === "ai").at(-1)?.body).toContain(`approved your refund, and I've refunded ${amount} for order ${order.number}`);

  const store = await (await request.get(`/demo?as=${identity.userId}`)).text();
  expect(store).toMatch(new RegExp(`data-order="${order.number}" data-status="refunded"`));

  customer.socket.disconnect();
  await supervisor.context().close();
});
