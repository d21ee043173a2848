import { expect, test } from "@playwright/test";
import { demoStaff } from "../lib/demo/people";
import { demoUser, signIn } from "./helpers";

test("health reports the app and its database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database).toMatchObject({ provider: "sqlite", status: "ok" });
  expect(body.app.realtime).toBe("ok");
});

test("the home page and the sign-in page render", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI customer service");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the console" })).toBeVisible();
});

test("a signed-out visitor is sent to sign-in and comes back after signing in", async ({ page }) => {
  await page.goto("/console");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fconsole/);
  const user = demoUser("agent");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demoUser("agent").email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("an agent reaches the console and goes online over the socket", async ({ page }) => {
  await signIn(page, "agent");
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  // The presence control only enables once the authenticated socket is connected.
  await expect(page.getByTestId("presence")).toBeEnabled();
  await expect(page.getByTestId("presence")).toHaveValue("online");
  await page.getByTestId("presence").selectOption("away");
  await expect(page.getByTestId("presence")).toHaveValue("away");
});

test("an agent cannot open the admin page, an admin can", async ({ browser }) => {
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, "agent");
  await agent.goto("/admin");
  await expect(agent).toHaveURL(/\/forbidden/);
  await expect(agent.getByRole("heading", { name: /don.t have access/ })).toBeVisible();
  await agentContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", "/admin");
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { name: "Team" })).toBeVisible();
  // The seeded team's agents are listed (people invited by other tests may be listed too).
  for (const member of demoStaff.filter((m) => m.role === "agent")) {
    await expect(admin.getByRole("row").filter({ hasText: member.name }).getByRole("cell", { name: "agent", exact: true })).toBeVisible();
  }
  await adminContext.close();
});

test("console APIs check who is calling", async ({ request, browser }) => {
  const signedOut = await request.get("/api/conversations");
  expect(signedOut.status()).toBe(401);
  expect((await signedOut.json()).error).toContain("Sign in");

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "agent");
  const list = await page.request.get("/api/conversations?limit=5");
  expect(list.status()).toBe(200);
  expect(Array.isArray((await list.json()).conversations)).toBe(true);
  const invalid = await page.request.get("/api/conversations?limit=9999");
  expect(invalid.status()).toBe(400);
  const adminOnly = await page.request.get("/api/workspace/settings");
  expect(adminOnly.status()).toBe(403);
  await context.close();
});

test("the help centre lists the store's articles and shows each one", async ({ page }) => {
  await page.goto("/help");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("help centre");
  await page.getByRole("link", { name: "Our return policy" }).click();
  await expect(page).toHaveURL(/\/help\/return-policy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our return policy");
  await expect(page.getByRole("article")).toContainText("30");
});
