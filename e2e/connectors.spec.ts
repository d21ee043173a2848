import { expect, test, type Page } from "@playwright/test";
import { exampleShopConnector, startExampleShop, type ExampleShop } from "../scripts/example-shop";
import { fromDesk, signIn } from "./helpers";

// An admin points order lookups and refunds at the business's own shop (a real server on a local
// port, started here), tests a lookup from the page, and a shopper's refund is then paid by that shop.

let shop: ExampleShop;

test.beforeAll(async () => {
  const placed = new Date(Date.now() - 6 * 24 * 3600 * 1000).toISOString();
  shop = await startExampleShop({ token: null, orders: [{ id: "70001", state: "delivered", total_cents: 49_90, refunded_cents: 0, placed_at: placed, lines: ["Desk lamp"], tracking: "1Z999AA10123456784" }] });
});

test.afterAll(async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin", "/admin/connectors");
  expect((await admin.request.put("/api/admin/connectors", { data: { settings: { actions: {} } }, headers: fromDesk(admin) })).status()).toBe(200);
  await admin.context().close();
  await shop.close();
});

async function configure(page: Page, action: "lookupOrder" | "refund", title: string) {
  const route = exampleShopConnector(shop.baseURL, "UNUSED").actions[action]!;
  if (route.type !== "http") throw new Error("the example shop's actions are HTTP endpoints");
  const group = page.getByRole("group", { name: title });
  await group.getByLabel("Goes to").selectOption("http");
  await group.getByLabel("Method").selectOption(route.method);
  await group.getByLabel("URL").fill(route.url);
  // The example shop started here takes no token.
  await group.getByLabel("Secret from environment variable").fill("");
  await group.getByLabel(/^Request body/).fill(route.request === null ? "" : JSON.stringify(route.request));
  await group.getByLabel(/^Response mapping/).fill(JSON.stringify(route.response));
  return group;
}

test("an admin connects the shop's order lookup and refunds, tests a lookup, and a shopper's refund is paid by the shop", async ({ page, browser }) => {
  await signIn(page, "admin", "/admin/connectors");
  await page.goto("/admin/connectors");
  const lookup = await configure(page, "lookupOrder", "Order lookup");
  await configure(page, "refund", "Refund");
  // The shop runs on this machine; "test this action" follows the saved choice, so it is saved first.
  await page.getByRole("checkbox", { name: /Allow endpoints on a private network/ }).check();
  await page.getByRole("button", { name: "Save connectors" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await lookup.getByLabel("Customer email").fill("anyone@example.com");
  await lookup.getByLabel("Order number").fill("70001");
  await lookup.getByRole("button", { name: "Test this action" }).click();
  await expect(page.getByTestId("connector-test-result-lookupOrder")).toContainText("Worked");
  await expect(page.getByTestId("connector-test-result-lookupOrder")).toContainText("Desk lamp");

  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto("/demo");
  await shopper.getByTestId("demo-sign-in").click();
  await expect(shopper.getByTestId("demo-account")).toBeVisible();
  await shopper.getByRole("button", { name: "Open chat" }).click();
  const chat = shopper.frameLocator("iframe[data-lumen-desk=frame]");
  const input = chat.getByRole("textbox", { name: "Your message" });
  await input.fill("I'd like a refund for order #70001, please.");
  await input.press("Enter");
  // The greeting is an AI line too; the reply is the first one that is neither it nor still streaming.
  const reply = chat.locator("li[data-author=ai]:not(.greeting)").filter({ hasNot: chat.locator("[data-streaming]") }).first();
  await expect(reply).toContainText(/refunded/i);
  await expect(reply).toContainText("70001");
  expect([...shop.refunds.values()].map((r) => [r.order, r.amountCents])).toEqual([["70001", 49_90]]);
  await shopper.context().close();
});
