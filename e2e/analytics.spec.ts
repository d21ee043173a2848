import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else if (ch !== "\r") cell += ch;
  }
  return rows;
}

async function tableCells(page: Page, name: string): Promise<string[][]> {
  const table = page.getByTestId(`table-${name}`).getByRole("table");
  // textContent, not innerText: the header is upper-cased by CSS only.
  const header = await table.locator("thead th").allTextContents();
  const body = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())));
  return [header.map((h) => h.trim()), ...body];
}

test("a supervisor sees the headline numbers, each with its definition", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor");
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { name: "Supervisor overview" })).toBeVisible();
  const resolution = page.getByTestId("headline-ai-resolution-rate");
  await expect(resolution).toContainText("AI resolution rate");
  await expect(resolution).toContainText("not reopened within 7 days");
  await expect(page.getByTestId("headline-escalation-rate")).toContainText("handed to a person");
});

test("an agent is refused the supervisor pages and their data", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { name: "You don't have access to that page" })).toBeVisible();
  await page.goto("/supervisor/escalations");
  await expect(page.getByRole("heading", { name: "You don't have access to that page" })).toBeVisible();
  expect((await page.request.get("/api/supervisor/export/triggers")).status()).toBe(403);
  expect((await page.request.post("/api/supervisor/what-if", { data: { days: 7 } })).status()).toBe(403);
});

test("filters travel in the URL and each CSV export has the rows of its table", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  await page.getByLabel("Tier").selectOption("pro");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/tier=pro/);
  await expect(page.getByLabel("Tier")).toHaveValue("pro");
  for (const name of ["triggers", "tiers", "hours"]) {
    const link = page.getByTestId(`table-${name}`).getByRole("link", { name: /Download CSV/ });
    const href = await link.getAttribute("href");
    expect(href).toContain("tier=pro");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = parseCsv(await response.text());
    const shown = await tableCells(page, name);
    expect(csv[0]).toEqual(shown[0]);
    // The empty-table notice is one wide cell, not a row of data.
    expect(csv.slice(1)).toEqual(shown.slice(1).filter((row) => row.length === csv[0]!.length));
    expect(csv.length).toBeGreaterThan(1);
  }
});

test("a supervisor runs the threshold what-if", async ({ page }) => {
  await signIn(page, "supervisor", "/supervisor/escalations");
  await page.goto("/supervisor/escalations");
  await page.getByLabel("Confidence floor").fill("0.5");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await expect(page.getByTestId("what-if-result")).toContainText("would have");
});
