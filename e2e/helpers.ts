import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoPasswords, demoStaff } from "../lib/demo/people";

export function demoUser(role: "admin" | "supervisor" | "agent") {
  const person = demoStaff.find((s) => s.role === role);
  if (!person) throw new Error(`no demo ${role}`);
  return { email: person.email, password: demoPasswords[role], name: person.name };
}

export async function signIn(page: Page, role: "admin" | "supervisor" | "agent", returnTo = "/console") {
  const user = demoUser(role);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("staff-name")).toHaveText(user.name);
  return user;
}

/**
 * Headers for a change made through an API call outside the page's own scripts: the desk
 * refuses state-changing staff requests that do not say they come from its own origin.
 */
export function fromDesk(page: Page): { Origin: string } {
  return { Origin: new URL(page.url()).origin };
}

async function asAdmin<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const admin = await (await browser.newContext()).newPage();
  try {
    await signIn(admin, "admin");
    return await work(admin);
  } finally {
    await admin.context().close();
  }
}

const allWeek = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [["00:00", "24:00"]]]));

/**
 * Opens the desk around the clock for the tests of the calling file and restores its hours after
 * them: outside opening hours handoffs take the async path and an empty queue alerts nobody, and
 * these tests are about the live desk whatever the time of day they run.
 */
export function openAroundTheClock(): void {
  let usualHours: unknown;
  test.beforeAll(async ({ browser }) => {
    await asAdmin(browser, async (admin) => {
      usualHours = (await (await admin.request.get("/api/workspace/settings")).json()).businessHours;
      expect((await admin.request.patch("/api/workspace/settings", { data: { businessHours: allWeek }, headers: fromDesk(admin) })).status()).toBe(200);
    });
  });
  test.afterAll(async ({ browser }) => {
    await asAdmin(browser, async (admin) => {
      expect((await admin.request.patch("/api/workspace/settings", { data: { businessHours: usualHours }, headers: fromDesk(admin) })).status()).toBe(200);
    });
  });
}
