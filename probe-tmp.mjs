import { chromium } from "@playwright/test";
const [,, path, ...messages] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.text()));
await page.goto("http://localhost:3123" + path);
await page.getByRole("button", { name: "Open chat" }).click();
const chat = page.frameLocator("iframe[data-lumen-desk=frame]");
for (const m of messages) {
  await chat.getByRole("textbox", { name: "Your message" }).fill(m);
  await chat.getByRole("textbox", { name: "Your message" }).press("Enter");
  await page.waitForTimeout(3000);
}
console.log(await chat.locator("#chat").innerText());
await browser.close();
