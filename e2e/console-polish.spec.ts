import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import type { ReplayedMessage } from "../lib/realtime/events";
import { openAroundTheClock, signIn } from "./helpers";

/**
 * The agent's daily console (transcript, brief, read-only resolved chats, saved replies, inbox
 * search, queue alerts) and the supervisor's lists, with the customer driven over the widget's own
 * session API and socket in a separate context from each staff member's browser.
 */

interface Customer {
  conversationId: string;
  socket: Socket;
  messages: ReplayedMessage[];
  say: (body: string) => Promise<void>;
}

async function startCustomer(request: APIRequestContext, baseURL: string): Promise<Customer> {
  const response = await request.post("/api/widget/session", { data: { workspace: "lumen", pageUrl: "https://shop.example/account/billing", pageTitle: "Billing" } });
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
    conversationId: session.conversationId,
    socket,
    messages,
    say: async (body) => {
      sent += 1;
      expect(await socket.emitWithAck("message:send", { clientMessageId: `polish-${session.conversationId}-${sent}`, body })).toMatchObject({ ok: true });
    },
  };
}

/** Maya (billing) in her own browser, online so that routing can give her a billing handoff. */
async function mayaOnline(browser: Browser, path = "/console"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "agent", path);
  await expect(page.getByTestId("presence")).toBeEnabled();
  await expect(page.getByTestId("presence")).toHaveValue("online");
  return page;
}

/** A billing customer who asks for a person; Maya is online, so it is hers. */
async function handedToMaya(request: APIRequestContext, baseURL: string): Promise<Customer> {
  const customer = await startCustomer(request, baseURL);
  await customer.say("How long do I have to return an item?");
  await expect.poll(() => customer.messages.filter((m) => m.author === "ai").length).toBeGreaterThan(0);
  await customer.say("My payment failed but money was taken. Let me talk to a real person right now.");
  await expect.poll(() => customer.messages.some((m) => m.author === "system" && m.body.includes("Maya"))).toBe(true);
  return customer;
}

openAroundTheClock();

test("the transcript reads as the customer saw it, the brief links the page, and a resolved conversation is read-only until reopened", async ({ browser, request, baseURL }) => {
  const maya = await mayaOnline(browser);
  const customer = await handedToMaya(request, baseURL!);
  await maya.goto(`/console/${customer.conversationId}`);

  const page = maya.getByTestId("brief-page");
  await expect(page).toHaveAttribute("href", "https://shop.example/account/billing");
  await expect(page).toContainText("Billing");
  const aiReply = maya.locator('[aria-label="Transcript"] li[data-author="ai"]').first();
  await expect(aiReply).toBeVisible();
  await expect(aiReply).not.toContainText("**");
  await expect(aiReply).not.toContainText("](");

  await maya.getByLabel("Message").fill("Hi, Maya here. I'm looking at the charge now.");
  await maya.getByRole("button", { name: "Send" }).click();
  await expect.poll(() => customer.messages.some((m) => m.author === "human")).toBe(true);

  await maya.getByRole("button", { name: "Resolve", exact: true }).click();
  const readOnly = maya.getByTestId("resolved-read-only");
  await expect(readOnly).toBeVisible();
  await expect(maya.getByLabel("Message")).toHaveCount(0);
  await expect(maya.getByRole("button", { name: "Send" })).toHaveCount(0);

  await readOnly.getByRole("button", { name: "Reopen" }).click();
  await expect(maya.getByTestId("owner")).toHaveText("With the AI");
  await expect(maya.locator('[data-marker="reopened"]')).toContainText("Reopened by Maya Ortega");
  await maya.getByRole("button", { name: "Take over" }).click();
  await expect(maya.getByTestId("owner")).toHaveText("With you");
  await expect(maya.getByLabel("Message")).toBeEditable();

  customer.socket.disconnect();
  await maya.context().close();
});

test("a saved reply is added on its page and inserted with /shortcut; a variable the chat cannot fill blocks Send until it is written", async ({ browser, request, baseURL }) => {
  const maya = await mayaOnline(browser, "/console/replies");
  const shortcut = `wait${Date.now() % 100000}`;
  await maya.goto("/console/replies");
  const form = maya.getByRole("form", { name: "New saved reply" });
  await form.getByLabel("Shortcut").fill(shortcut);
  await form.getByLabel("Title").fill("Sorry for the wait");
  await form.getByLabel("Reply").fill("Hi {{customer.name}}, sorry for the wait. I'm on it.");
  await form.getByRole("button", { name: "Add saved reply" }).click();
  await expect(maya.getByTestId("saved-reply").filter({ hasText: `/${shortcut}` })).toContainText("personal");

  const customer = await handedToMaya(request, baseURL!);
  await maya.goto(`/console/${customer.conversationId}`);
  const composer = maya.getByLabel("Message");
  await composer.fill(`/${shortcut.slice(0, 5)}`);
  await expect(maya.getByTestId("saved-reply-suggestions")).toContainText(`/${shortcut}`);
  await composer.press("Enter");
  await expect(composer).toHaveValue("Hi {{customer.name}}, sorry for the wait. I'm on it.");
  // An anonymous visitor has no name to fill in: the agent is told, and cannot send the braces.
  await expect(maya.getByText("Fill in {{customer.name}} before sending")).toBeVisible();
  await expect(maya.getByRole("button", { name: "Send" })).toBeDisabled();
  await composer.fill("Hi there, sorry for the wait. I'm on it.");
  await maya.getByRole("button", { name: "Send" }).click();
  await expect.poll(() => customer.messages.find((m) => m.author === "human")?.body).toBe("Hi there, sorry for the wait. I'm on it.");

  customer.socket.disconnect();
  await maya.context().close();
});

test("the inbox finds a conversation by words in the chat, labels the visitor by their page, previews the last message and counts unread until opened", async ({ browser, request, baseURL }) => {
  const maya = await mayaOnline(browser);
  const word = `zebra${Date.now() % 100000}`;
  const customer = await startCustomer(request, baseURL!);
  await customer.say(`My ${word} parcel has not arrived yet.`);
  await expect.poll(() => customer.messages.filter((m) => m.author === "ai").length).toBeGreaterThan(0);

  await maya.goto(`/console?q=${word}`);
  const row = maya.locator(`tr[data-conversation="${customer.conversationId}"]`);
  await expect(row).toBeVisible();
  await expect(maya.locator("tr[data-conversation]")).toHaveCount(1);
  await expect(row.getByRole("link")).toHaveText("Visitor on “Billing”");
  // The last message, as plain words.
  await expect(row.getByTestId("preview")).not.toBeEmpty();
  await expect(row.getByTestId("preview")).not.toContainText("**");
  await expect(row.getByTestId("unread")).toHaveText("1 unread");

  await row.getByRole("link").click();
  await expect(maya.getByRole("heading", { level: 1 })).toBeVisible();
  await maya.goto(`/console?q=${word}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("unread")).toHaveCount(0);

  await maya.getByLabel("Language").selectOption("en");
  await maya.getByLabel("Status").selectOption("resolved");
  await maya.getByRole("button", { name: "Search" }).click();
  await expect(maya).toHaveURL(/status=resolved/);
  await expect(maya.getByText("No conversations match this search.")).toBeVisible();

  customer.socket.disconnect();
  await maya.context().close();
});

test("an agent on another console page hears a handoff join the queue: a toast that opens it", async ({ browser, request, baseURL }) => {
  const maya = await mayaOnline(browser, "/console/replies");
  await maya.goto("/console/replies");
  // Away, so the handoff waits in the queue instead of being given to her.
  await maya.getByTestId("presence").selectOption("away");
  await expect(maya.getByTestId("presence")).toHaveValue("away");
  const customer = await startCustomer(request, baseURL!);
  await customer.say("I want to talk to a human");
  const toast = maya.getByTestId("queue-alert");
  await expect(toast).toContainText("A customer is waiting in the queue");
  await toast.getByRole("link", { name: "Open" }).click();
  await expect(maya).toHaveURL(new RegExp(`/console/${customer.conversationId}$`));
  await maya.getByTestId("presence").selectOption("online");
  await expect(maya.getByTestId("presence")).toHaveValue("online");
  customer.socket.disconnect();
  await maya.context().close();
});

test("the desk serves its favicon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image/);
});

test("the supervisor's drill-down names customers and downloads what it shows; quality scores list their parts and download too", async ({ page, browser, request, baseURL }) => {
  // A conversation Maya resolves, so the quality scores have one to score whatever ran before.
  const maya = await mayaOnline(browser);
  const customer = await handedToMaya(request, baseURL!);
  await maya.goto(`/console/${customer.conversationId}`);
  await maya.getByLabel("Message").fill("Sorted: the charge is refunded.");
  await maya.getByRole("button", { name: "Send" }).click();
  await maya.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(maya.getByTestId("resolved-read-only")).toBeVisible();
  customer.socket.disconnect();
  await maya.context().close();

  await signIn(page, "supervisor", "/supervisor/conversations?set=conversations");
  await page.goto("/supervisor/conversations?set=conversations");
  const drill = page.getByTestId("drill-down");
  await expect(drill.getByRole("columnheader", { name: "Customer" })).toBeVisible();
  const firstRow = drill.locator("tbody tr").first();
  await expect(firstRow.getByRole("cell").first()).not.toBeEmpty();
  const href = await drill.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  expect(csv.split("\r\n")[0]).toMatch(/^Conversation,Customer,Started \(/);
  expect(csv.split("\r\n").filter(Boolean).length - 1).toBe(await drill.locator("tbody tr[data-conversation]").count());

  await page.goto("/supervisor/quality");
  // Half-width cards keep their download button on one line.
  const button = page.getByTestId("table-sla").getByRole("link", { name: /Download CSV/ });
  const box = await button.boundingBox();
  expect(box!.height).toBeLessThan(40);
  await expect(page.getByTestId("table-sla-breaches").getByRole("columnheader").nth(2)).toHaveText(/^Handed off \(/);

  await page.goto("/supervisor/quality-scores");
  const scores = page.getByTestId("table-quality-scores");
  await expect(scores.locator("tbody tr[data-conversation]").first()).toBeVisible();
  await expect(scores.getByRole("columnheader", { name: /Resolution/ })).toBeVisible();
  await expect(page.getByTestId("quality-vs-csat")).toContainText("conversations have both");
  const scoresCsv = await (await page.request.get((await scores.getByRole("link", { name: /Download CSV/ }).getAttribute("href"))!)).text();
  expect(scoresCsv.split("\r\n")[0]).toContain("Score,Resolution (up to −30)");
  await expect(page.getByLabel("Intent")).toHaveJSProperty("tagName", "SELECT");
});
