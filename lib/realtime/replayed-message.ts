import type { Message } from "../db";
import type { ReplayedMessage } from "./events";

/** A stored message as sockets carry it, to a live client or to one catching up after a reconnect. */
export function toReplayedMessage(m: Message): ReplayedMessage {
  return {
    id: m.id,
    seq: m.seq,
    author: m.author,
    agentName: m.agentName,
    body: m.body,
    clientMessageId: m.clientMessageId,
    createdAt: m.createdAt.toISOString(),
  };
}
