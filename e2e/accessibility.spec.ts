import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/**
 * Every console, supervisor and admin page, and the chat widget's frame, checked with axe-core
 * against WCAG 2 A and AA: no serious or critical violations.
 */

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading").first()).toBeVisible();
  expect(await seriousViolations(page), path).toEqual([]);
}

test("the agent's console pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "agent");
  for (const path of ["/console", "/console?view=waiting", "/console?q=refund&status=resolved", "/console/replies", "/profile"]) await expectAccessible(page, path);
  // A conversation page, reached from the inbox.
  await page.goto("/console?status=resolved");
  const first = page.locator("tr[data-conversation] a").first();
  if ((await first.count()) > 0) {
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), page.url()).toEqual([]);
  }
});

test("the supervisor pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor");
  for (const path of [
    "/supervisor",
    "/supervisor/escalations",
    "/supervisor/quality",
    "/supervisor/quality-scores",
    "/supervisor/agents",
    "/supervisor/alerts",
    "/supervisor/conversations?set=escalated",
  ]) {
    await expectAccessible(page, path);
  }
});

test("the admin pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "admin", "/admin");
  for (const path of ["/admin", "/admin/settings", "/admin/team", "/admin/help-centre", "/admin/help-centre/new", "/admin/setup"]) await expectAccessible(page, path);
});

test("the chat widget's frame has no serious or critical accessibility violations, closed or open", async ({ page }) => {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(page.frameLocator("iframe[data-lumen-desk=frame]").getByRole("textbox", { name: "Your message" })).toBeFocused();
  // axe follows the frame into the chat itself.
  expect(await seriousViolations(page)).toEqual([]);
});
