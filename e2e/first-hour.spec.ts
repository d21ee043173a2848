import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoUser, fromDesk, openAroundTheClock, signIn } from "./helpers";

/**
 * What a customer, an agent and a supervisor notice in their first hour with the live chat: the
 * AI's reply arriving at a readable pace and whole, a resolved conversation that cannot be
 * written to, a returning customer's past conversations with what they were about, and the
 * supervisor's lists (who handled chats, intents to filter by, readable times, tidy buttons).
 * The customer is always in the real widget, each staff member in a browser of their own.
 */

openAroundTheClock();

const chat = (page: Page) => page.frameLocator("iframe[data-lumen-desk=frame]");
const aiReplies = (page: Page) => chat(page).locator("li[data-author=ai]:not(.greeting)");
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** Opens the demo shop's chat, signed in as `shopper` when given, and returns the chat's frame. */
async function openChat(page: Page, shopper?: string) {
  await page.goto(shopper ? `/demo?as=${shopper}` : "/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(chat(page).getByRole("textbox", { name: "Your message" })).toBeVisible();
  return page.frames().find((f) => f.url().includes("/widget/frame"))!;
}

async function say(page: Page, text: string) {
  const composer = chat(page).getByRole("textbox", { name: "Your message" });
  await composer.fill(text);
  await composer.press("Enter");
  await expect(chat(page).locator("li[data-author=customer]").filter({ hasText: text })).toBeVisible();
}

async function conversationOf(page: Page, shopper = "visitor"): Promise<string> {
  const frame = page.frames().find((f) => f.url().includes("/widget/frame"))!;
  const id = await frame.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").conversationId as string | undefined, `lumen-desk:lumen:${shopper}`);
  expect(id).toBeTruthy();
  return id!;
}

async function staff(browser: Browser, role: "admin" | "agent" | "supervisor", path = "/console"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role, path);
  return page;
}

/** Away, so a handoff waits in the queue instead of being given to this person. */
async function setPresence(page: Page, presence: "away" | "online") {
  await expect(page.getByTestId("presence")).toBeEnabled();
  await page.getByTestId("presence").selectOption(presence);
  await expect(page.getByTestId("presence")).toHaveValue(presence);
}

/** Takes the conversation, whoever has it, and writes to the customer. */
async function takeAndReply(person: Page, conversationId: string, text: string) {
  await person.goto(`/console/${conversationId}`);
  await person.getByRole("button", { name: /^(Take over|Claim|Take from colleague)$/ }).click();
  await expect(person.getByTestId("owner")).toHaveText("With you");
  await person.getByLabel("Message").fill(text);
  await person.getByRole("button", { name: "Send" }).click();
}

test("a long AI reply is revealed progressively with a streaming marker, then shows whole, as the agent's transcript stores it", async ({ browser, page }) => {
  const frame = await openChat(page);
  // Every state the newest AI reply is drawn in, from the moment it appears.
  await frame.evaluate(() => {
    const seen: { streaming: boolean; text: string }[] = [];
    (window as unknown as { replyStates: typeof seen }).replyStates = seen;
    new MutationObserver(() => {
      const li = [...document.querySelectorAll("li[data-author=ai]:not(.greeting)")].at(-1);
      if (!li) return;
      const state = { streaming: li.getAttribute("data-streaming") === "true", text: (li.querySelector(".bubble") as HTMLElement | null)?.innerText ?? "" };
      const last = seen.at(-1);
      if (!last || last.text !== state.text || last.streaming !== state.streaming) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await say(page, "How long do I have to return an item?");
  await expect(aiReplies(page).first()).toBeVisible();
  await expect(chat(page).locator("li[data-streaming]")).toHaveCount(0);

  const reply = aiReplies(page).last();
  const whole = flat(await reply.locator(".bubble").innerText());
  const states = await frame.evaluate(() => (window as unknown as { replyStates: { streaming: boolean; text: string }[] }).replyStates);
  const partial = states.filter((s) => s.streaming && s.text.trim().length > 0);
  // Shown in more than one step while marked as streaming, each step short of the whole reply.
  expect(partial.length).toBeGreaterThan(1);
  for (const step of partial) {
    expect(flat(step.text).length).toBeLessThan(whole.length);
    // Each step is the start of the whole reply, up to Markdown or a line still being written.
    expect(whole.startsWith(flat(step.text).split(/[[*]/)[0]!.replace(/\s*\S*$/, ""))).toBe(true);
  }
  expect(flat(states.at(-1)!.text)).toBe(whole);
  expect(states.at(-1)!.streaming).toBe(false);
  await expect(reply).not.toHaveAttribute("aria-hidden", "true");

  // Nothing lost: the agent reads the same words, and so does the customer after a reload.
  const conversationId = await conversationOf(page);
  const maya = await staff(browser, "agent");
  await maya.goto(`/console/${conversationId}`);
  const stored = maya.locator('[aria-label="Transcript"] li[data-author="ai"]').last();
  await expect(stored).toBeVisible();
  expect(flat(await stored.innerText())).toContain(whole);
  await page.reload();
  // The chat stays open across the reload.
  await expect(page.getByRole("button", { name: "Close chat" })).toBeVisible();
  await expect(aiReplies(page).last().locator(".bubble")).toHaveText(whole, { useInnerText: true });
  await maya.context().close();
});

test("a resolved conversation's composer is read-only for everyone who opens it; the returning customer's past conversations show subject and status", async ({ browser, page }) => {
  const shopper = "cus_1012";
  const maya = await staff(browser, "agent", "/console?view=mine");
  await setPresence(maya, "away");

  await openChat(page, shopper);
  await say(page, "How long do I have to return an item?");
  await expect(aiReplies(page).first()).toBeVisible();
  await chat(page).getByRole("button", { name: "Talk to a person" }).click();
  const first = await conversationOf(page, shopper);

  await takeAndReply(maya, first, "Hi, Maya here. You have 30 days from delivery.");
  await expect(chat(page).locator("li[data-author=human]").filter({ hasText: "30 days from delivery" })).toBeVisible();
  await maya.getByRole("button", { name: "Resolve", exact: true }).click();

  // Read-only: no box to write in, no Send, for the person who resolved it, after a reload, and
  // for a colleague who opens it.
  await expect(maya.getByTestId("resolved-read-only")).toBeVisible();
  await expect(maya.getByLabel("Message")).toHaveCount(0);
  await expect(maya.getByRole("button", { name: "Send" })).toHaveCount(0);
  await maya.reload();
  await expect(maya.getByTestId("resolved-read-only")).toContainText("read-only");
  await expect(maya.getByLabel("Message")).toHaveCount(0);
  const supervisor = await staff(browser, "supervisor", `/console/${first}`);
  await supervisor.goto(`/console/${first}`);
  await expect(supervisor.getByTestId("resolved-read-only").getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(supervisor.getByLabel("Message")).toHaveCount(0);
  await expect(supervisor.getByRole("button", { name: "Send" })).toHaveCount(0);
  await supervisor.context().close();

  // The same shopper comes back another day, on another browser, and asks for a person again.
  const later = await (await browser.newContext()).newPage();
  await openChat(later, shopper);
  await say(later, "My payment failed but money was taken. Let me talk to a real person right now.");
  const second = await conversationOf(later, shopper);
  expect(second).not.toBe(first);
  await maya.goto(`/console/${second}`);
  const past = maya.locator(`a[data-testid=previous-conversation][href="/console/${first}"]`);
  await expect(past).toBeVisible();
  // What it was about (its first intent), not a bare date, and how it ended.
  await expect(past).not.toContainText("No topic recorded");
  await expect(past.locator("span").first()).toHaveText(/[a-z]{3}/i);
  await expect(past.locator("span").first()).not.toHaveText(/^\d/);
  await expect(maya.getByRole("listitem").filter({ has: past })).toContainText("resolved");

  await setPresence(maya, "online");
  await later.context().close();
  await maya.context().close();
});

test("a supervisor who handles a handoff is listed on the Agents page, and the false-escalation table shows when, readably", async ({ browser, page }) => {
  const supervisor = await staff(browser, "supervisor");
  const { name } = demoUser("supervisor");
  await openChat(page);
  await say(page, "I want to talk to a human");
  const conversationId = await conversationOf(page);

  await takeAndReply(supervisor, conversationId, "Hello, I'm here. What can I do for you?");
  await expect(chat(page).locator("li[data-author=human] .who")).toHaveText(name);
  await say(page, "Never mind, I found it myself. Thanks!");
  await expect(supervisor.locator('[aria-label="Transcript"] li[data-author="customer"]').filter({ hasText: "found it myself" })).toBeVisible();
  await supervisor.getByRole("button", { name: "Resolve: no action needed" }).click();
  await expect(supervisor.getByTestId("resolved-read-only")).toBeVisible();

  // Analytics are folded from the conversation's events after they are stored: reload until shown.
  await supervisor.goto("/supervisor/agents");
  const row = supervisor.getByTestId("table-agent-performance").locator("tbody tr").filter({ has: supervisor.getByRole("rowheader", { name, exact: true }) });
  await expect(async () => {
    await supervisor.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass();
  // Handled at least the conversation above.
  expect(Number(await row.getByRole("cell").nth(1).innerText())).toBeGreaterThan(0);

  await supervisor.goto("/supervisor/escalations");
  const falseEscalations = supervisor.getByTestId("table-false-escalations");
  const candidate = falseEscalations.locator("tbody tr").filter({ has: supervisor.getByRole("rowheader", { name: conversationId }) });
  await expect(async () => {
    await supervisor.reload();
    await expect(candidate).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expectReadableMoments(falseEscalations, 1);
  await expect(candidate.getByRole("cell").last()).toHaveText(name);
  await supervisor.context().close();
});

test("the SLA-breach table shows when a handoff waited, readably", async ({ browser, page }) => {
  const supervisor = await staff(browser, "supervisor", "/supervisor/quality");
  const admin = await staff(browser, "admin", "/console");
  // The tiers' first-response targets, shortened to a second so that an unanswered handoff
  // is a breach by the time the page is read; restored afterwards.
  const usual = (await (await admin.request.get("/api/workspace/settings")).json()).sla;
  const oneSecond = Object.fromEntries(Object.entries(usual as Record<string, { firstResponseSeconds: number; resolutionSeconds: number }>).map(([tier, t]) => [tier, { ...t, firstResponseSeconds: 1 }]));
  expect((await admin.request.patch("/api/workspace/settings", { data: { sla: oneSecond }, headers: fromDesk(admin) })).status()).toBe(200);
  try {
    await openChat(page);
    await say(page, "I want to talk to a human");
    const conversationId = await conversationOf(page);
    await supervisor.goto("/supervisor/quality");
    const breaches = supervisor.getByTestId("table-sla-breaches");
    const breach = breaches.locator("tbody tr").filter({ has: supervisor.getByRole("rowheader", { name: conversationId }) });
    await expect(async () => {
      await supervisor.reload();
      await expect(breach).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expectReadableMoments(breaches, 2);
  } finally {
    expect((await admin.request.patch("/api/workspace/settings", { data: { sla: usual }, headers: fromDesk(admin) })).status()).toBe(200);
    await admin.context().close();
    await supervisor.context().close();
  }
});

test("the intent filter offers the workspace's intents to choose from, and filters by the one chosen", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  const intent = page.getByLabel("Intent");
  await expect(intent).toHaveJSProperty("tagName", "SELECT");
  const labels = (await intent.locator("option").allInnerTexts()).map(flat);
  expect(labels[0]).toBe("All intents");
  // The earlier tests' handoffs were classified: their intents are among the choices.
  const intentCells = page.getByTestId("table-false-escalations").locator("tbody tr td:nth-child(5)");
  const handedOff = (await intentCells.allInnerTexts()).map(flat).filter((i) => i !== "—");
  expect(handedOff.length).toBeGreaterThan(0);
  for (const i of handedOff) expect(labels).toContain(i);
  expect(new Set(labels).size).toBe(labels.length);

  const chosen = handedOff[0]!;
  await intent.selectOption({ label: chosen });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/intent=/);
  await expect(page.getByLabel("Intent")).toHaveValue(chosen.replace(/ /g, "_"));
  for (const shown of await intentCells.allInnerTexts()) expect(flat(shown)).toBe(chosen);
});

test("Download CSV buttons on half-width cards stay on one line", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/quality");
  for (const path of ["/supervisor/quality", "/supervisor/escalations"]) {
    await page.goto(path);
    const cards = page.locator(".lg\\:grid-cols-2 > [data-testid^=table-]");
    await expect(cards).toHaveCount(2);
    // Side by side, each about half the page wide.
    const [left, right] = [(await cards.nth(0).boundingBox())!, (await cards.nth(1).boundingBox())!];
    expect(left.y).toBe(right.y);
    expect(left.width).toBeLessThan(page.viewportSize()!.width / 2);
    for (const button of await cards.getByRole("link", { name: /Download CSV/ }).all()) {
      // The height of the label's text against the height of one line of it.
      const lines = await button.evaluate((el) => {
        const text = document.createRange();
        text.selectNodeContents(el);
        return text.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight);
      });
      expect(lines, `${path}: ${await button.innerText()}`).toBeLessThan(1.5);
    }
  }
});

/** The table's time column reads as a date and a time, never as a raw ISO timestamp. */
async function expectReadableMoments(table: ReturnType<Page["getByTestId"]>, column: number) {
  await expect(table.getByRole("columnheader").nth(column)).toHaveText(/^Handed off \(.+\)$/);
  await expect(table).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  const moments = await table.locator("tbody tr").locator(`:is(th, td):nth-child(${column + 1})`).allInnerTexts();
  expect(moments.length).toBeGreaterThan(0);
  for (const moment of moments) expect(moment).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
}
