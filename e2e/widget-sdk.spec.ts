import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

// The widget SDK on a plain shop page of another origin: calls queued before the loader arrives,
// a signed-in customer booted with attributes, a draft put in the composer, a photo sent, and
// sign-out leaving the next visitor a fresh chat.

const chat = (page: Page) => page.frameLocator("iframe[data-lumen-desk=frame]");
// A real 1×1 PNG.
const photo = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("boot, showNewMessage, a photo, close and shutdown from a shop's own script", async ({ page, context, request, baseURL }) => {
  const demo = await (await request.get("/demo?as=cus_1001")).text();
  const userHash = demo.match(/data-user-hash="([0-9a-f]{64})"/)?.[1];
  expect(userHash).toBeTruthy();
  const html = readFileSync(path.join(import.meta.dirname, "fixtures", "sdk-host.html"), "utf8")
    .replace("__DESK__", baseURL ?? "")
    .replace("__USER_ID__", "cus_1001")
    .replace("__USER_HASH__", userHash!);
  await context.grantPermissions(["local-network-access"]);
  await page.route("https://shop.test/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  await page.goto("https://shop.test/");

  // showNewMessage opened the chat with the draft in the composer, not sent.
  const composer = chat(page).getByRole("textbox", { name: "Your message" });
  await expect(composer).toHaveValue("My parcel arrived damaged");
  await expect(chat(page).locator("li[data-author=customer]")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { sdkEvents: string[] }).sdkEvents)).toEqual(["ready", "open"]);
  await composer.press("Enter");
  await expect(chat(page).locator("li[data-author=customer]").filter({ hasText: "My parcel arrived damaged" })).toHaveAttribute("data-delivery", /sent|delivered/);

  // A photo of the damage, shown in the chat from the desk.
  await chat(page).locator("input[type=file]").setInputFiles({ name: "damage.png", mimeType: "image/png", buffer: photo });
  const sentPhoto = chat(page).locator("li[data-author=customer] img[alt='damage.png']");
  await expect(sentPhoto).toBeVisible();
  await expect.poll(() => sentPhoto.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  // A file that only pretends to be an image is refused with the reason.
  await chat(page).locator("input[type=file]").setInputFiles({ name: "invoice.png", mimeType: "image/png", buffer: Buffer.from("<html>not an image</html>") });
  await expect(chat(page).getByText(/invoice\.png is not an image/)).toBeVisible();

  // The shop's own script closes the chat.
  await page.evaluate(() => (window as unknown as { LumenDesk: (...a: unknown[]) => void }).LumenDesk("close"));
  await expect(page.locator("iframe[data-lumen-desk=frame]")).toBeHidden();
  await expect.poll(() => page.evaluate(() => (window as unknown as { sdkEvents: string[] }).sdkEvents.at(-1))).toBe("close");

  // Sign-out: the next person at this computer opens a chat without the customer's messages.
  await page.evaluate(() => {
    const sdk = (window as unknown as { LumenDesk: (...a: unknown[]) => void }).LumenDesk;
    sdk("shutdown");
    sdk("open");
  });
  await expect(chat(page).getByRole("textbox", { name: "Your message" })).toBeVisible();
  await expect(chat(page).locator("li[data-author=customer]")).toHaveCount(0);
  await expect(chat(page).getByText("My parcel arrived damaged")).toHaveCount(0);
});
