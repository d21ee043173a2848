import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { io } from "socket.io-client";
import { openAroundTheClock, signIn } from "./helpers";

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

/** A visitor who asked for a person, so the conversation page has a brief, a chart and a transcript. */
async function handedOffConversation(request: APIRequestContext, baseURL: string): Promise<string> {
  const response = await request.post("/api/widget/session", { data: { workspace: "lumen", pageUrl: "https://shop.example/returns", pageTitle: "Returns" } });
  expect(response.status()).toBe(200);
  const { conversationId, token } = (await response.json()) as { conversationId: string; token: string };
  const socket = io(baseURL, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: token } });
  const handedOff = new Promise<void>((resolve) => socket.on("conversation:updated", (update: { status: string }) => update.status !== "open" && resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  expect(await socket.emitWithAck("message:send", { clientMessageId: `a11y-${conversationId}`, body: "I want to talk to a human" })).toMatchObject({ ok: true });
  await handedOff;
  socket.disconnect();
  return conversationId;
}

openAroundTheClock();

test("the agent's console pages have no serious or critical accessibility violations", async ({ page, request, baseURL }) => {
  const conversationId = await handedOffConversation(request, baseURL!);
  await signIn(page, "agent");
  for (const path of ["/console", "/console?view=waiting", "/console?q=refund&status=resolved", "/console/replies", "/profile"]) await expectAccessible(page, path);
  await page.goto(`/console/${conversationId}`);
  await expect(page.getByTestId("handoff-brief")).toBeVisible();
  expect(await seriousViolations(page), "conversation page").toEqual([]);
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
