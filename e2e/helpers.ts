import { expect, type Page } from "@playwright/test";
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
