/**
 * Work on one conversation runs one piece after another in this process: customer turns in the
 * order they were sent, and a staff decision the AI announces never lands in the middle of a
 * turn the AI is still answering.
 */
const conversationQueues = new Map<string, Promise<unknown>>();

export function inConversationOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
  const previous = conversationQueues.get(conversationId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  conversationQueues.set(conversationId, next);
  void next.finally(() => {
    if (conversationQueues.get(conversationId) === next) conversationQueues.delete(conversationId);
  }).catch(() => undefined);
  return next;
}
