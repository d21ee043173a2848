import { expect, test, type Page } from "@playwright/test";
import { zipFile } from "../tests/support/zip-file";
import { signIn } from "./helpers";

const chat = (page: Page) => page.frameLocator("iframe[data-lumen-desk=frame]");
const aiReplies = (page: Page) => chat(page).locator("li[data-author=ai]:not(.greeting)").filter({ hasNot: chat(page).locator("[data-streaming]") });

test("an admin writes an article; the help page shows it and the widget's AI answers from it; unpublished, it is gone", async ({ page, browser }) => {
  const slug = `gift-wrapping-${Date.now().toString(36)}`;
  await signIn(page, "admin", "/admin/help-centre/new");
  await page.getByLabel("Title").fill("Gift wrapping");
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByLabel("Category").fill("orders");
  await page.getByLabel(/^Tags/).fill("gift wrap, wrapping paper, gift message");
  await page
    .getByLabel("Article text (Markdown)")
    .fill(
      "## Can you gift wrap my order?\n\nYes: choose gift wrapping at checkout and we wrap every item in recycled paper with a handwritten card, for 4 dollars per order.\n\n## Can I add a gift message?\n\nWrite your message in the gift note box at checkout; it is printed on the card and prices are left out of the parcel.",
    );
  await expect(page.getByText("Sections the AI answers from: Can you gift wrap my order? · Can I add a gift message?")).toBeVisible();
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  const editor = page.url();

  await page.goto(`/help/${slug}`);
  await expect(page.getByRole("heading", { name: "Gift wrapping" })).toBeVisible();
  await expect(page.getByText(/recycled paper with a handwritten card/)).toBeVisible();

  // Each instance re-checks the articles every few seconds; a customer asking meanwhile may get the old answer, so a new chat asks again.
  await expect(async () => {
    const customer = await (await browser.newContext()).newPage();
    try {
      await customer.goto("/demo");
      await customer.getByRole("button", { name: "Open chat" }).click();
      const input = chat(customer).getByRole("textbox", { name: "Your message" });
      await input.fill("Do you offer gift wrapping?");
      await input.press("Enter");
      const answer = aiReplies(customer).first();
      await expect(answer.locator(`a[href^='/help/${slug}']`)).toBeVisible({ timeout: 15_000 });
      await expect(answer).toContainText(/recycled paper/i);
    } finally {
      await customer.context().close();
    }
  }).toPass({ timeout: 90_000 });

  await page.goto(editor);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("form", { name: "Edit article" }).getByRole("status")).toContainText("Unpublished");
  expect((await page.goto(`/help/${slug}`))?.status()).toBe(404);
});

test("importing the same zip of Markdown files twice creates its articles once, and a bad file is named", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const article = (name: string, title: string) => `---\nslug: ${name}-${stamp}\ntitle: ${title}\ncategory: care\ntags: [care]\n---\n## How do I look after it?\n\nWipe it with a damp cloth and let it dry away from direct heat.\n`;
  const zip = zipFile({
    "care/leather.md": article("leather-care", "Leather care"),
    "care/wool.md": article("wool-care", "Wool care"),
    "care/broken.md": "---\nslug: Broken Slug\ntitle: Broken\n---\nThis file has a slug that is not an address.\n",
  });
  await signIn(page, "admin", "/admin/help-centre");
  const count = async () => Number((await page.getByRole("heading", { name: /^\d+ articles$/ }).innerText()).split(" ")[0]);
  const before = await count();

  for (const [round, expected] of [
    [1, "2 created, 0 updated, 0 unchanged, 1 refused"],
    [2, "0 created, 0 updated, 2 unchanged, 1 refused"],
  ] as const) {
    await page.getByLabel("A .zip of Markdown files, a .csv or a .md file").setInputFiles({ name: "care.zip", mimeType: "application/zip", buffer: zip });
    await page.getByRole("button", { name: "Import" }).click();
    const outcome = page.getByRole("form", { name: "Import articles" }).getByRole("status");
    await expect(outcome, `import ${round}`).toContainText(expected);
    await expect(outcome).toContainText("care/broken.md");
    await expect(page.getByRole("heading", { name: `${before + 2} articles` })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Leather care" })).toBeVisible();
});
