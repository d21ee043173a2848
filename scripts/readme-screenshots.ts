/**
 * Retakes the README's screenshots from a running demo desk (with its month of demo history):
 *
 *   npm start                                   # in one terminal
 *   npm run screenshots -- --url http://localhost:3000
 *
 * The widget answers a returns question on the demo shop, a customer asks Maya for a person and
 * her console opens the handoff, and the supervisor overview shows the history's numbers.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "@playwright/test";
import { demoPasswords, demoStaff } from "../lib/demo/people";

const { values } = parseArgs({ options: { url: { type: "string", default: "http://localhost:3000" } } });
const base = values.url!;
const folder = path.join(process.cwd(), "public", "screenshots");
const viewport = { width: 1280, height: 800 };

async function signIn(browser: Browser, email: string, returnTo: string): Promise<Page> {
  const person = demoStaff.find((s) => s.email === email);
  if (!person) throw new Error(`no demo staff member ${email}`);
  const page = await (await browser.newContext({ viewport, baseURL: base })).newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(demoPasswords[person.role]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("staff-name").waitFor();
  return page;
}

async function customerSays(page: Page, text: string): Promise<void> {
  const input = page.frameLocator("iframe[data-lumen-desk=frame]").getByRole("textbox", { name: "Your message" });
  await input.fill(text);
  await input.press("Enter");
}

function finishedReplies(page: Page) {
  return page.frameLocator("iframe[data-lumen-desk=frame]").locator("li[data-author=ai]:not(.greeting):not([data-streaming]), li[data-author=system]");
}

async function openChat(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport, baseURL: base })).newPage();
  await page.goto("/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const shopper = await openChat(browser);
  await customerSays(shopper, "how do I return an item?");
  await finishedReplies(shopper).first().waitFor();
  await shopper.screenshot({ path: path.join(folder, "widget-demo.png") });

  const maya = await signIn(browser, "maya@lumen.example", "/console?view=mine");
  await maya.getByTestId("presence").selectOption("online");
  const customer = await openChat(browser);
  await customerSays(customer, "My payment failed but money was taken from my card.");
  await finishedReplies(customer).first().waitFor();
  await customerSays(customer, "This is ridiculous. Let me talk to a real person right now.");
  const handoff = maya.locator("tr[data-conversation]").first();
  await handoff.waitFor();
  await handoff.getByRole("link").first().click();
  await maya.getByTestId("handoff-brief").waitFor();
  await maya.screenshot({ path: path.join(folder, "console-handoff.png") });

  const supervisor = await signIn(browser, "supervisor@lumen.example", "/supervisor");
  await supervisor.goto("/supervisor");
  await supervisor.getByRole("heading").first().waitFor();
  await supervisor.screenshot({ path: path.join(folder, "supervisor-overview.png") });
  console.log(`screenshots written to ${folder}`);
} finally {
  await browser.close();
}
