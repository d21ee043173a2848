import { expect, test } from "@playwright/test";
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
