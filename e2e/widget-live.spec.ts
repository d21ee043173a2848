import { expect, test, type Page } from "@playwright/test";
import { openAroundTheClock, signIn } from "./helpers";

// A customer in the real widget and the agent in the console, each in their own browser: the
// names the customer sees, typing both ways, the email offer leaving once a person is there, and
// files both ways.

openAroundTheClock();

const chat = (page: Page) => page.frameLocator("iframe[data-lumen-desk=frame]");
const photo = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const label = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");

test("customer and agent: names, the email offer only while waiting alone, typing both ways, files both ways", async ({ browser, page }) => {
  const maya = await (await browser.newContext()).newPage();
  await signIn(maya, "agent", "/console?view=mine");
  // Away, so the handoff waits in the queue, as it does when nobody can take it at once.
  await expect(maya.getByTestId("presence")).toBeEnabled();
  await maya.getByTestId("presence").selectOption("away");
  await expect(maya.getByTestId("presence")).toHaveValue("away");

  await page.goto("/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  const composer = chat(page).getByRole("textbox", { name: "Your message" });
  await composer.fill("My payment failed but money was taken from my card.");
  await composer.press("Enter");
  // AI replies carry the team's assistant name, not the specialist that wrote them.
  const aiReply = chat(page).locator("li[data-author=ai]:not(.greeting)").first();
  await expect(aiReply.locator(".who")).toHaveText("Lumen");
  await expect(chat(page).locator("li[data-author=ai] .who").filter({ hasText: /^(knowledge|transactions|triage)$/ })).toHaveCount(0);

  // Waiting alone: the email/callback offer appears, without taking the keyboard.
  await chat(page).getByRole("button", { name: "Talk to a person" }).click();
  const offer = chat(page).getByText("Leave your email and we'll reply there");
  await expect(offer).toBeVisible();
  await expect(chat(page).getByLabel("Email address")).not.toBeFocused();
  await expect(chat(page).locator("li[data-author=system]").last()).toBeInViewport();

  const frame = page.frames().find((f) => f.url().includes("/widget/frame"))!;
  const conversationId = await frame.evaluate(() => JSON.parse(localStorage.getItem("lumen-desk:lumen:visitor") ?? "{}").conversationId as string);
  await maya.goto(`/console/${conversationId}`);
  await maya.getByRole("button", { name: "Claim" }).click();
  await expect(maya.getByTestId("owner")).toHaveText("With you");

  // A person is there: the offer is gone.
  await expect(chat(page).getByText("You're chatting with Maya Ortega.")).toBeVisible();
  await expect(offer).toBeHidden();

  // The agent types: the customer sees who.
  await maya.getByLabel("Message").pressSequentially("Hi, I'm Maya, checking");
  await expect(chat(page).getByText("Maya Ortega is typing…")).toBeVisible();
  // The customer types: the agent sees it (the draft itself stays private by default).
  await composer.pressSequentially("It was order 1042");
  await expect(maya.getByTestId("customer-typing")).toHaveText("Customer is typing…");

  await maya.getByRole("button", { name: "Send" }).click();
  const personReply = chat(page).locator("li[data-author=human]").first();
  await expect(personReply.locator(".who")).toHaveText("Maya Ortega");
  await expect(personReply).toContainText("checking");

  // Files both ways: the customer's photo shows in the console, the agent's PDF in the chat.
  await chat(page).locator("input[type=file]").setInputFiles({ name: "damage.png", mimeType: "image/png", buffer: photo });
  await expect(chat(page).locator("li[data-author=customer] img[alt='damage.png']")).toBeVisible();
  await expect(maya.getByRole("img", { name: "damage.png" })).toBeVisible();
  await maya.locator("#attachment-file").setInputFiles({ name: "return-label.pdf", mimeType: "application/pdf", buffer: label });
  await expect(chat(page).getByRole("button", { name: /Open return-label\.pdf/ })).toBeVisible();

  await maya.context().close();
});
