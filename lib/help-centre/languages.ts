import { CUSTOMER_LANGUAGES, LANGUAGE_NAMES } from "../language/detect";

/** The languages an article can be written in: those the desk answers customers in. */
export const ARTICLE_LANGUAGES = CUSTOMER_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));

export function languageName(code: string): string {
  return ARTICLE_LANGUAGES.find((l) => l.code === code)?.name ?? code;
}
