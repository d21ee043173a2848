import { demoArticles, type DemoArticle } from "./knowledge-articles";
import { spanishArticles } from "./knowledge-articles-es";
import { frenchArticles } from "./knowledge-articles-fr";
import { germanArticles } from "./knowledge-articles-de";

/** A translation shares its English article's slug (the link customers follow) and category. */
export type TranslatedArticle = Pick<DemoArticle, "slug" | "title" | "tags" | "body">;

export interface LocalisedDemoArticle extends DemoArticle {
  language: string;
}

const translations: Record<string, TranslatedArticle[]> = { es: spanishArticles, fr: frenchArticles, de: germanArticles };

/** Every article of the demo help centre in every language it is written in, English first. */
export function demoHelpCentre(): LocalisedDemoArticle[] {
  const categories = new Map(demoArticles.map((a) => [a.slug, a.category]));
  return [
    ...demoArticles.map((a) => ({ ...a, language: "en" })),
    ...Object.entries(translations).flatMap(([language, articles]) =>
      articles.map((a) => {
        const category = categories.get(a.slug);
        if (!category) throw new Error(`The ${language} article "${a.slug}" translates no English article.`);
        return { ...a, category, language };
      }),
    ),
  ];
}
