import { payloadsOf } from "../events/catalogue";
import { humanise } from "../analytics/tables";

/**
 * What a past conversation was about, in a few words: the first intent the triage agent
 * classified, or else the summary of its handoff brief; null when it never got that far.
 */
export function conversationSubject(events: readonly { type: string; payload: unknown }[]): string | null {
  const classification = payloadsOf("classification", events)[0];
  if (classification) return humanise(classification.payload.intent);
  return payloadsOf("handoff_brief", events).at(-1)?.payload.brief.context.summary ?? null;
}
