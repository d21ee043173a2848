import type { SharedV4ProviderOptions } from "@ai-sdk/provider";

/**
 * What the pipeline tells the model about the call beyond the prompt. Hosted models receive the
 * same facts as prompt text and ignore this; the offline engine, which cannot read free text the
 * way a large model does, works from these structured facts instead.
 */
export interface DeskEntity {
  type: string;
  value: string;
  text: string;
}

export interface DeskArticle {
  slug: string;
  /** The language the article is written in; a translation shares its slug. */
  language: string;
  title: string;
  body: string;
  /** The part of the article that matched the question, quoted whole by the offline engine. */
  section: { heading: string | null; text: string } | null;
  /** Probability that this is the article the question is about. */
  confidence: number;
}

export type DeskCall =
  | { task: "triage"; workspaceId?: string }
  | {
      task: "reply";
      agent: string;
      intent: string;
      entities: DeskEntity[];
      articles: DeskArticle[];
      customer: { firstName: string | null; verified: boolean; language: string };
      /** Whether a Lumen Plus offer fits: the customer is in a good mood and not a member already. */
      offersMembership: boolean;
      /** Words a person whispered with "Say:" for this reply; they open it unchanged. */
      staffScript?: string | null;
    };

export const DESK_OPTIONS_KEY = "desk";

export function deskProviderOptions(call: DeskCall): SharedV4ProviderOptions {
  return { [DESK_OPTIONS_KEY]: call as unknown as Record<string, never> };
}

export function readDeskCall(providerOptions: SharedV4ProviderOptions | undefined): DeskCall | null {
  const value = providerOptions?.[DESK_OPTIONS_KEY] as unknown;
  return value && typeof value === "object" && "task" in value ? (value as DeskCall) : null;
}
