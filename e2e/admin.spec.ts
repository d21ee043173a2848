import { expect, test, type Locator } from "@playwright/test";
import { fromDesk, signIn } from "./helpers";

const PASSWORD = "a long team password 42";

test("an admin invites an agent by email, who joins through the link once and signs in; deactivating them ends their session", async ({ browser }) => {
  const email = `new-agent-${Date.now()}@team.example`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", "/admin/team");
  await admin.goto("/admin/team");

  const invite = admin.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("agent");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation emailed to ${email}` })).toBeVisible();

  // The invitation went out through the outgoing mail; the dev mailbox shows it.
  await admin.goto("/dev/mailbox");
  const mail = admin.locator(`[data-testid="mailbox-email"][data-to="${email}"]`);
  await expect(mail).toHaveCount(1);
  const link = /\/signin\/invitation\/[A-Za-z0-9_-]+/.exec((await mail.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link!);
  await expect(newcomer.getByRole("heading", { name: /^Join / })).toBeVisible();
  await newcomer.getByLabel("Your name").fill("Nina Newcomer");
  await newcomer.getByLabel("Password").fill(PASSWORD);
  await newcomer.getByRole("button", { name: "Join the team" }).click();
  await expect(newcomer.getByText("You're on the team.")).toBeVisible();

  // The link worked once.
  await newcomer.goto(link!);
  await expect(newcomer.getByTestId("link-closed")).toBeVisible();

  await newcomer.goto("/signin?callbackUrl=%2Fconsole");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill(PASSWORD);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByTestId("staff-name")).toHaveText("Nina Newcomer");

  // An agent is not an admin: the team page and the settings API refuse them.
  await newcomer.goto("/admin/team");
  await expect(newcomer).toHaveURL(/\/forbidden/);
  const refused = await newcomer.request.patch("/api/workspace/settings", { data: { timezone: "UTC" }, headers: fromDesk(newcomer) });
  expect(refused.status()).toBe(403);

  // Deactivated, their open session stops working at once.
  await admin.goto("/admin/team");
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("form", { name: "Settings of Nina Newcomer" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Deactivated" })).toBeVisible();
  await newcomer.goto("/console");
  await expect(newcomer).toHaveURL(/\/signin/);

  await newcomerContext.close();
  await adminContext.close();
});

test("business hours saved on the settings page apply to the next chat, and a wrong range is refused in the form", async ({ browser, request }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin", "/admin/settings");
  const usual = (await (await admin.request.get("/api/workspace/settings")).json()) as { businessHours: unknown; timezone: string };
  const withinHours = async () => {
    const session = await request.post("/api/widget/session", { data: { workspace: "lumen" } });
    expect(session.status()).toBe(200);
    return ((await session.json()) as { availability: { withinHours: boolean } }).availability.withinHours;
  };
  /** Clicks Save and waits for the desk's answer, so the next chat is opened after the save. */
  const save = async (form: Locator) => {
    const saved = admin.waitForResponse((r) => r.url().endsWith("/api/workspace/settings") && r.request().method() === "PATCH");
    await form.getByRole("button", { name: "Save" }).click();
    expect((await saved).status()).toBe(200);
  };
  try {
    await admin.goto("/admin/settings");
    const hours = admin.getByRole("form", { name: "Business hours" });
    await hours.getByLabel("Monday").fill("18:00-09:00");
    await hours.getByRole("button", { name: "Save" }).click();
    await expect(hours.getByRole("alert")).toContainText("A range closes after it opens");

    // Open around the clock, in UTC: the next chat finds the desk open.
    await hours.getByLabel("Time zone").fill("UTC");
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) await hours.getByLabel(day).fill("00:00-24:00");
    await hours.getByLabel("Holidays").fill("");
    await save(hours);
    expect(await withinHours()).toBe(true);

    // Today a holiday: the next chat finds it closed, without a restart.
    await hours.getByLabel("Holidays").fill(new Date().toISOString().slice(0, 10));
    await save(hours);
    expect(await withinHours()).toBe(false);
  } finally {
    const restored = await admin.request.patch("/api/workspace/settings", { data: { businessHours: usual.businessHours, timezone: usual.timezone }, headers: fromDesk(admin) });
    expect(restored.status()).toBe(200);
    await context.close();
  }
});
