import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage();
await page.goto("http://localhost:3123/demo?as=shopper");
const number = await page.locator("[data-refundable=true]").getAttribute("data-order");
console.log("order", number, await page.locator("[data-testid=demo-orders]").innerText());
await page.getByRole("button", { name: "Open chat" }).click();
const chat = page.frameLocator("iframe[data-lumen-desk=frame]");
for (const m of [`I'd like a refund for order #${number}, please.`, "Yes, please go ahead."]) {
  await chat.getByRole("textbox", { name: "Your message" }).fill(m);
  await chat.getByRole("textbox", { name: "Your message" }).press("Enter");
  await page.waitForTimeout(3000);
}
console.log(await chat.locator("ol").innerText());
await page.goto("http://localhost:3123/demo?as=shopper");
console.log(await page.locator("[data-testid=demo-orders]").innerText());
await browser.close();
