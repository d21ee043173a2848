import type { ReplyContext } from "./saved-replies";

/**
 * What a saved reply's variables stand for in one conversation: the customer's name, and the
 * order it is about — the order number the customer last named in the chat, else their latest
 * order on file.
 */
export function replyContextOf(events: readonly { type: string; payload: unknown }[], customerName: string | null, latestOrderNumber: string | null): ReplyContext {
  const named = events
    .filter((e) => e.type === "classification")
    .flatMap((e) => ((e.payload as { entities?: { type: string; value: unknown }[] } | null)?.entities ?? []).filter((entity) => entity.type === "order_number"))
    .map((entity) => String(entity.value));
  return { customerName, orderNumber: named.at(-1) ?? latestOrderNumber };
}
