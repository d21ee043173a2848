import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// What the AI says it sent is in the mailbox, and the link in it changes the shop account once.

test("a shopper asks for a password reset; the emailed link sets a new password once", async ({ page, browser }) => {
  await page.goto("/demo");
  await page.getByTestId("demo-sign-in").click();
  await expect(page.getByTestId("demo-account")).toBeVisible();
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.frameLocator("iframe[data-lumen-desk=frame]");
  const input = chat.getByRole("textbox", { name: "Your message" });
  await input.fill("I forgot my password, please send me a reset link");
  await input.press("Enter");
  const reply = chat.locator("li[data-author=ai]:not(.greeting)").filter({ hasNot: chat.locator("[data-streaming]") }).first();
  await expect(reply).toContainText("password-reset link");
  await expect(reply).not.toContainText("/account/reset/");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin", "/dev/mailbox");
  await admin.goto("/dev/mailbox");
  const email = admin.getByTestId("mailbox-email").filter({ hasText: "Reset your password" }).first();
  await expect(email).toBeVisible();
  const link = /\/account\/reset\/[A-Za-z0-9_-]+/.exec(await email.innerText())?.[0];
  expect(link).toBeTruthy();
  await admin.context().close();

  await page.goto(link!);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("account-link-done")).toContainText("Your password is changed");

  await page.goto(link!);
  await expect(page.getByTestId("account-link-closed")).toBeVisible();
});
