import type { HandoffBrief } from "../handoff/brief";
import type { ClassificationPayload } from "../events/catalogue";
import { humanise } from "../analytics/tables";

/**
 * What a past conversation was about, in a few words: the first intent the triage agent
 * classified, or else the summary of its handoff brief; null when it never got that far.
 */
export function conversationSubject(events: readonly { type: string; payload: unknown }[]): string | null {
  const classification = events.find((e) => e.type === "classification");
  if (classification) return humanise((classification.payload as ClassificationPayload).intent);
  const brief = events.findLast((e) => e.type === "handoff_brief");
  return brief ? (brief.payload as { brief: HandoffBrief }).brief.context.summary : null;
}
