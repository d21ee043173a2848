import { expect, test, type Frame, type FrameLocator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "./helpers";

const brandColour = "rgb(79, 70, 229)";

function chat(page: Page): FrameLocator {
  return page.frameLocator("iframe[data-lumen-desk=frame]");
}

async function chatFrame(page: Page): Promise<Frame> {
  await expect(page.locator("iframe[data-lumen-desk=frame]")).toBeAttached();
  const frame = page.frames().find((f) => f.url().includes("/widget/frame"));
  if (!frame) throw new Error("the chat frame is not loaded");
  return frame;
}

async function openChat(page: Page, url = "/demo") {
  await page.goto(url);
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(chat(page).getByRole("textbox", { name: "Your message" })).toBeFocused();
}

async function say(page: Page, text: string, label = "Your message") {
  const input = chat(page).getByRole("textbox", { name: label });
  await input.fill(text);
  await input.press("Enter");
}

// Replies are revealed at a reading pace and marked data-streaming until all of their text shows.
const replies = (page: Page) => chat(page).locator("li[data-author=ai]:not(.greeting):not([data-streaming]), li[data-author=human]:not([data-streaming])");
const mine = (page: Page, text: string) => chat(page).locator("li[data-author=customer]").filter({ hasText: text });

test("an FAQ question is answered from the help centre with a link to the article", async ({ page }) => {
  await openChat(page);
  await say(page, "How long do I have to return an item?");
  const answer = replies(page).first();
  await expect(answer.locator("a[href^='/help/']")).toBeVisible();
  await expect(answer).toContainText(/30 days/i);
  await expect(mine(page, "How long do I have to return an item?")).toHaveAttribute("data-delivery", "delivered");

  // The chat marks its own timeline; the duration is reported, never asserted.
  const frame = await chatFrame(page);
  const ms = await frame.evaluate(() => performance.getEntriesByName("lumen-desk:first-reply")[0]?.duration ?? null);
  test.info().annotations.push({ type: "first AI reply visible after sending (ms)", description: String(ms === null ? "not measured" : Math.round(ms)) });
  console.log(`first AI reply visible ${ms === null ? "(not measured)" : `${Math.round(ms)} ms`} after sending`);
});

test.describe("in a German browser", () => {
  test.use({ locale: "de-DE" });

  test("the chat opens in German and switches to Spanish when the customer writes Spanish", async ({ page }) => {
    await page.goto("/demo");
    await page.getByRole("button", { name: "Chat öffnen" }).click();
    await expect(chat(page).getByRole("heading", { name: "Chatten Sie mit uns" })).toBeVisible();
    await expect(chat(page).getByRole("button", { name: "Mit einer Person sprechen" })).toBeVisible();
    await say(page, "¿Cuánto tiempo tengo para devolver un artículo?", "Ihre Nachricht");
    await expect(chat(page).getByRole("textbox", { name: "Tu mensaje" })).toBeVisible();
    await expect(chat(page).getByRole("button", { name: "Hablar con una persona" })).toBeVisible();
  });
});

test("a verified shopper gets a refund within policy and the order is updated", async ({ page }) => {
  await page.goto("/demo");
  await page.getByTestId("demo-sign-in").click();
  await expect(page.getByTestId("demo-account")).toBeVisible();
  const account = page.url();
  const number = await page.locator("[data-refundable=true]").first().getAttribute("data-order");
  expect(number).toMatch(/^\d+$/);
  await page.getByRole("button", { name: "Open chat" }).click();
  // Signed in on the shop, so the chat needs no email code before acting on the account.
  await expect(chat(page).getByRole("button", { name: "Verify my email" })).toBeHidden();
  await say(page, `I'd like a refund for order #${number}, please.`);
  await expect(replies(page).first()).toContainText(/refunded/i);
  await expect(replies(page).first()).toContainText(number!);
  await page.goto(account);
  await expect(page.locator(`[data-order="${number}"]`)).toContainText("refunded");
});

test("asking for a human escalates and shows an honest place in the queue", async ({ page, browser }) => {
  // The agent earlier tests left online steps away, so nobody can join at once, and the widget
  // says which of the honest reasons holds: a place in line behind others, nobody available, or the time of day.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, "agent");
  await expect(agent.getByTestId("presence")).toBeEnabled();
  await agent.getByTestId("presence").selectOption("away");
  await expect(agent.getByTestId("presence")).toHaveValue("away");

  await openChat(page);
  await say(page, "I want to talk to a human");
  await expect(chat(page).locator("li[data-author=system]").first()).toBeVisible();
  const status = chat(page).getByRole("status").filter({ hasText: /number \d+ in line|outside our opening hours|Nobody on our team is available/ });
  await expect(status).toBeVisible();
  if (/in line/.test(await status.innerText())) {
    await expect(status).toContainText(/Expected wait|can't estimate the wait/);
  }
  await expect(chat(page).getByRole("button", { name: "Talk to a person" })).toBeVisible();

  // Whether or not someone can join soon, the customer may leave an email instead, and the
  // console lists the conversation as waiting for an asynchronous reply.
  await chat(page).getByLabel("Email address").fill("guest@example.com");
  await chat(page).getByRole("button", { name: "Send request" }).click();
  await expect(chat(page).getByRole("status").filter({ hasText: "Your request is with our team" })).toBeVisible();
  const frame = await chatFrame(page);
  const conversationId = await frame.evaluate(() => JSON.parse(localStorage.getItem("lumen-desk:lumen:visitor") ?? "{}").conversationId as string);
  const listed = await agent.request.get("/api/conversations?status=pending_async");
  expect((await listed.json()).conversations.map((c: { id: string }) => c.id)).toContain(conversationId);
  await agentContext.close();
});

test("the conversation survives a page reload", async ({ page }) => {
  await openChat(page);
  await say(page, "Where is my order?");
  await expect(replies(page)).toHaveCount(1);
  const before = await chat(page).locator("li[data-author]").allInnerTexts();
  await page.reload();
  // The chat was open, so it opens again by itself with the same history.
  await expect(mine(page, "Where is my order?")).toHaveCount(1);
  await expect(chat(page).locator("li[data-author]")).toHaveCount(before.length);
  expect(await chat(page).locator("li[data-author]").allInnerTexts()).toEqual(before);
});

test("messages typed while offline are sent once when the network is back", async ({ page, context }) => {
  await openChat(page);
  await say(page, "Hello there");
  await expect(replies(page)).toHaveCount(1);

  await context.setOffline(true);
  await expect(chat(page).getByRole("status").filter({ hasText: "You're offline" })).toBeVisible();
  await say(page, "Where is my order?");
  await say(page, "How long do I have to return an item?");
  await expect(mine(page, "Where is my order?")).toHaveAttribute("data-delivery", "sending");

  await context.setOffline(false);
  for (const text of ["Where is my order?", "How long do I have to return an item?"]) {
    await expect(mine(page, text)).toHaveAttribute("data-delivery", /sent|delivered/);
    await expect(mine(page, text)).toHaveCount(1);
  }
  await expect(replies(page)).toHaveCount(3);

  await page.reload();
  for (const text of ["Hello there", "Where is my order?", "How long do I have to return an item?"]) await expect(mine(page, text)).toHaveCount(1);
  await expect(replies(page)).toHaveCount(3);
});

test("the customer rates the conversation and the rating is stored once", async ({ page }) => {
  await openChat(page);
  await say(page, "Where is my order?");
  await expect(replies(page)).toHaveCount(1);
  await chat(page).getByRole("button", { name: "End chat" }).click();
  await chat(page).getByRole("radio", { name: "4 out of 5" }).check();
  await chat(page).getByLabel("Anything to add? (optional)").fill("Quick and clear.");
  await chat(page).getByRole("button", { name: "Send feedback" }).click();
  await expect(chat(page).getByText("Thanks for your feedback!")).toBeVisible();

  const frame = await chatFrame(page);
  const token = await frame.evaluate(() => JSON.parse(localStorage.getItem("lumen-desk:lumen:visitor") ?? "{}").token as string);
  const again = await page.request.post("/api/widget/csat", { data: { score: 5 }, headers: { Authorization: `Bearer ${token}` } });
  expect(again.status()).toBe(409);
});

test.describe("a Spanish visitor on a shop with hostile CSS", () => {
  test.use({ locale: "es-ES" });

  test("the host page's hostile CSS changes nothing in the widget, and the widget nothing on the page", async ({ page, context, baseURL }) => {
    const html = readFileSync(path.join(import.meta.dirname, "fixtures", "hostile-store.html"), "utf8").replace("__DESK__", baseURL ?? "");
    // Another origin, as a customer's shop is. Chromium keeps public sites from loading scripts
    // from localhost unless allowed; a real shop and desk are both public.
    await context.grantPermissions(["local-network-access"]);
    await page.route("https://shop.test/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("https://shop.test/");

    const launcher = page.locator("[data-lumen-desk=launcher]");
    await expect(launcher).toBeVisible();
    expect(await launcher.boundingBox()).toEqual({ x: 1280 - 20 - 56, y: 800 - 20 - 56, width: 56, height: 56 });
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(brandColour);

    // The visitor's browser is Spanish, so the widget is too.
    await page.getByRole("button", { name: "Abrir el chat" }).click();
    const frameBox = await page.locator("iframe[data-lumen-desk=frame]").boundingBox();
    expect(frameBox).toMatchObject({ width: 380, x: 1280 - 20 - 380 });
    await expect(chat(page).getByRole("heading", { name: "Chatea con nosotros" })).toBeVisible();
    const heading = chat(page).getByRole("heading", { name: "Chatea con nosotros" });
    expect(await heading.evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).color])).toEqual(["16px", "rgb(255, 255, 255)"]);
    await expect(chat(page).getByRole("button", { name: "Hablar con una persona" })).toBeVisible();
    await say(page, "¿Cuánto tiempo tengo para devolver un artículo?", "Tu mensaje");
    await expect(chat(page).locator("li[data-author=customer]")).toHaveAttribute("data-delivery", "delivered");
    await expect(chat(page).locator("li[data-author=ai]:not(.greeting), li[data-author=system]").first()).toBeVisible();

    // The page's own styles are untouched by the widget.
    expect(await page.locator("#host-text").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(1, 2, 3)");
    expect(await page.locator("#host-button").evaluate((el) => getComputedStyle(el).display)).toBe("none");
  });
});

test("on a phone the chat fills the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChat(page);
  expect(await page.locator("iframe[data-lumen-desk=frame]").boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await chat(page).getByRole("button", { name: "Close chat" }).click();
  await expect(page.getByRole("button", { name: "Open chat" })).toBeFocused();
});

test("a guest verifies their email with a code that only the mailbox shows", async ({ page, browser }) => {
  await openChat(page);
  await chat(page).getByRole("button", { name: "Verify my email" }).click();
  await chat(page).getByLabel("Email address").fill("emily.carter0@example.com");
  await chat(page).getByRole("button", { name: "Email me a code" }).click();
  await expect(chat(page).getByText("a code is on its way")).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", "/dev/mailbox");
  await admin.goto("/dev/mailbox");
  const email = admin.locator("[data-testid=mailbox-email][data-to='emily.carter0@example.com']").first();
  const code = (await email.innerText()).match(/code is (\d{6})/)?.[1];
  expect(code).toMatch(/^\d{6}$/);
  await adminContext.close();

  await chat(page).getByLabel("Code").fill(code!);
  await chat(page).getByRole("button", { name: "Verify", exact: true }).click();
  await expect(chat(page).locator("li[data-author=system]").filter({ hasText: "Verified as Emily" })).toBeVisible();
  await expect(chat(page).getByRole("button", { name: "Verify my email" })).toBeHidden();
  await expect(chat(page).locator("#chat")).not.toContainText(code!);
});

test("widget APIs validate input and a token reaches only its own conversation", async ({ request }) => {
  const start = (data: object) => request.post("/api/widget/session", { data: { workspace: "lumen", ...data } });
  const a = await (await start({ pageUrl: "https://shop.test/a" })).json();
  const b = await (await start({ pageUrl: "https://shop.test/b" })).json();
  expect(a.conversationId).not.toBe(b.conversationId);
  expect(JSON.stringify(a)).not.toContain("widgetSecret");

  // A's token cannot open B's conversation: the session starts a new one instead.
  const stolen = await (await start({ resume: { conversationId: b.conversationId, token: a.token } })).json();
  expect(stolen.resumed).toBe(false);
  expect([a.conversationId, b.conversationId]).not.toContain(stolen.conversationId);
  const own = await (await start({ resume: { conversationId: a.conversationId, token: a.token } })).json();
  expect(own).toMatchObject({ resumed: true, conversationId: a.conversationId });

  const forged = a.token.replace(a.conversationId, b.conversationId);
  const denied = await request.post("/api/widget/csat", { data: { score: 5 }, headers: { Authorization: `Bearer ${forged}` } });
  expect(denied.status()).toBe(401);

  const tooLong = await start({ pageTitle: "x".repeat(301) });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toContain("pageTitle is limited to 300 characters");
  const huge = await request.post("/api/widget/session", { data: { workspace: "lumen", pageTitle: "x".repeat(20_000) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toContain("16 KB");
  const notJson = await request.post("/api/widget/session", { data: "{nope", headers: { "Content-Type": "application/json" } });
  expect(notJson.status()).toBe(400);
  const badHash = await start({ userId: "cus_1001", userHash: "0".repeat(64) });
  expect((await badHash.json()).customer).toEqual({ verified: false });
  const badScore = await request.post("/api/widget/csat", { data: { score: 9 }, headers: { Authorization: `Bearer ${a.token}` } });
  expect(badScore.status()).toBe(400);
  expect((await request.get("/api/widget/config?workspace=nobody")).status()).toBe(404);
});
