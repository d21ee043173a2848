import { payloadsOf } from "../events/catalogue";
import type { ReplyContext } from "./saved-replies";

/**
 * What a saved reply's variables stand for in one conversation: the customer's name, and the
 * order it is about — the order number the customer last named in the chat, else their latest
 * order on file.
 */
export function replyContextOf(events: readonly { type: string; payload: unknown }[], customerName: string | null, latestOrderNumber: string | null): ReplyContext {
  const named = payloadsOf("classification", events)
    .flatMap(({ payload }) => payload.entities.filter((entity) => entity.type === "order_number"))
    .map((entity) => entity.value);
  return { customerName, orderNumber: named.at(-1) ?? latestOrderNumber };
}
