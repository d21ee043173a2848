import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin creates a read token, the API answers it, refuses it writing, and refuses it once revoked", async ({ page, request: api }) => {
  await signIn(page, "admin", "/admin/api");
  await page.goto("/admin/api");
  const name = `Warehouse ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption("read");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("New API token").textContent())!.trim();
  expect(token).toMatch(/^ldk_/);

  // `api` is its own request context: no session cookie, only the token.
  const bearer = { Authorization: `Bearer ${token}` };
  const list = await api.get("/api/v1/conversations?limit=2", { headers: bearer });
  expect(list.status()).toBe(200);
  expect((await list.json()).data.length).toBeLessThanOrEqual(2);
  const write = await api.post("/api/v1/conversations", { headers: bearer, data: {} });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.code).toBe("insufficient_scope");

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("revoked");
  const revoked = await api.get("/api/v1/conversations", { headers: bearer });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("token_revoked");
});

test("the OpenAPI document is served", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/conversations");
});

test("an admin subscribes a URL to events, sees its secret once, and rotates it", async ({ page }) => {
  await signIn(page, "admin", "/admin/webhooks");
  await page.goto("/admin/webhooks");
  const url = `https://hooks.example.test/desk-${Date.now()}`;
  await page.getByLabel("URL").fill(url);
  await page.getByRole("checkbox", { name: "conversation.resolved" }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secret = (await page.getByLabel("Signing secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  const endpoint = page.getByRole("listitem").filter({ hasText: url });
  await expect(endpoint).toContainText("conversation.resolved");
  await endpoint.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByLabel("Signing secret")).not.toHaveText(secret);
  await expect(page.getByRole("listitem").filter({ hasText: url })).toContainText("previous secret also signs until");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("listitem").filter({ hasText: url }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: url })).toHaveCount(0);
});
