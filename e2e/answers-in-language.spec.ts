import { expect, test, type FrameLocator, type Page } from "@playwright/test";

// Spanish, French and German visitors asking about parts of the help centre beyond returns and
// shipping get the answer from the article written in their language, in their language.

function chat(page: Page): FrameLocator {
  return page.frameLocator("iframe[data-lumen-desk=frame]");
}

const answers = (page: Page) => chat(page).locator("li[data-author=ai]:not(.greeting):not([data-streaming])");

const visitors = [
  {
    locale: "es-ES",
    open: "Abrir el chat",
    composer: "Tu mensaje",
    question: "¿Dónde puedo descargar la factura de mi pedido?",
    link: "/help/invoices-and-receipts?lang=es",
    words: /factura/i,
  },
  {
    locale: "fr-FR",
    open: "Ouvrir le chat",
    composer: "Votre message",
    question: "Comment activer la double authentification ?",
    link: "/help/two-factor-authentication?lang=fr",
    words: /authentification/i,
  },
  {
    locale: "de-DE",
    open: "Chat öffnen",
    composer: "Ihre Nachricht",
    question: "Wie kann ich meine Lumen-Plus-Mitgliedschaft pausieren?",
    link: "/help/cancel-or-pause-membership?lang=de",
    words: /paus/i,
  },
];

for (const visitor of visitors) {
  test.describe(`a visitor whose browser is ${visitor.locale}`, () => {
    test.use({ locale: visitor.locale });

    test("is answered from the help-centre article in their language, with its link", async ({ page }) => {
      await page.goto("/demo");
      await page.getByRole("button", { name: visitor.open }).click();
      const input = chat(page).getByRole("textbox", { name: visitor.composer });
      await input.fill(visitor.question);
      await input.press("Enter");
      const answer = answers(page).first();
      await expect(answer.locator(`a[href='${visitor.link}']`)).toBeVisible();
      await expect(answer).toContainText(visitor.words);
    });
  });
}
