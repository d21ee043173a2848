import type { ReplayedMessage } from "../realtime/events";

/**
 * The widget's view of a conversation, merged from four sources that overlap: messages the
 * customer typed (not yet acknowledged), acknowledgements, live `message:created` events and
 * the replay after a reconnect. Every stored message appears exactly once, keyed by its id or,
 * for the customer's own messages, by the client message id chosen before sending.
 */

export type Delivery = "sending" | "sent" | "delivered" | "failed";

export interface TimelineEntry {
  /** Stable across the pending → stored transition, so the view can keep the same element. */
  key: string;
  id: string | null;
  seq: number | null;
  author: ReplayedMessage["author"];
  agentName: string | null;
  body: string;
  clientMessageId: string | null;
  createdAt: string;
  /** Only the customer's own messages have a delivery state. */
  delivery: Delivery | null;
  /** An AI reply still being written; replaced by the stored message when it arrives. */
  streamId: string | null;
  error: string | null;
  /** The file a message carries; its body is then the file's name. */
  attachments: NonNullable<ReplayedMessage["attachments"]>;
}

export class Timeline {
  private entries: TimelineEntry[] = [];
  private arrival = new Map<string, number>();
  private counter = 0;

  /** Every message up to this sequence number is present: the point a replay resumes from. */
  get lastSeq(): number {
    let seq = 0;
    const seen = new Set(this.entries.map((e) => e.seq).filter((s): s is number => s !== null));
    while (seen.has(seq + 1)) seq += 1;
    return seq;
  }

  list(): readonly TimelineEntry[] {
    return this.entries;
  }

  /** Messages typed but not yet acknowledged, oldest first: resent after a reconnect. */
  unsent(): TimelineEntry[] {
    return this.entries.filter((e) => e.delivery === "sending");
  }

  addOutgoing(clientMessageId: string, body: string, at: Date): TimelineEntry {
    const existing = this.byClientId(clientMessageId);
    if (existing) return existing;
    return this.insert({
      key: `c:${clientMessageId}`,
      id: null,
      seq: null,
      author: "customer",
      agentName: null,
      body,
      clientMessageId,
      createdAt: at.toISOString(),
      delivery: "sending",
      streamId: null,
      error: null,
      attachments: [],
    });
  }

  acknowledge(clientMessageId: string, stored: { messageId: string; seq: number }): void {
    const entry = this.byClientId(clientMessageId);
    if (!entry) return;
    const twin = this.entries.find((e) => e.id === stored.messageId && e !== entry);
    if (twin) this.remove(twin);
    entry.id = stored.messageId;
    entry.seq = stored.seq;
    entry.error = null;
    if (entry.delivery !== "delivered") entry.delivery = this.answeredAfter(stored.seq) ? "delivered" : "sent";
    this.sort();
  }

  fail(clientMessageId: string, error: string): void {
    const entry = this.byClientId(clientMessageId);
    if (!entry || entry.seq !== null) return;
    entry.delivery = "failed";
    entry.error = error;
  }

  retry(clientMessageId: string): TimelineEntry | null {
    const entry = this.byClientId(clientMessageId);
    if (!entry || entry.delivery !== "failed") return null;
    entry.delivery = "sending";
    entry.error = null;
    return entry;
  }

  /** A stored message, live or replayed; applying the same message twice changes nothing. */
  applyMessage(message: ReplayedMessage): void {
    const known = this.entries.find((e) => e.id === message.id) ?? (message.clientMessageId ? this.byClientId(message.clientMessageId) : undefined);
    if (known) {
      known.id = message.id;
      known.seq = message.seq;
      known.body = message.body;
      known.createdAt = message.createdAt;
      known.attachments = message.attachments ?? known.attachments;
      if (known.delivery === "sending" || known.delivery === "failed") known.delivery = this.answeredAfter(message.seq) ? "delivered" : "sent";
      known.error = null;
    } else {
      const stream = message.author === "ai" ? this.streamFor(message.agentName) : undefined;
      // The desk answers one turn at a time, so anything stored from its side ends every reply
      // still being written, a reply that broke off midway included: the log is what was said.
      if (message.author !== "customer") for (const open of this.entries.filter((e) => e.streamId !== null)) this.remove(open);
      this.insert({
        key: stream?.key ?? `m:${message.id}`,
        id: message.id,
        seq: message.seq,
        author: message.author,
        agentName: message.agentName,
        body: message.body,
        clientMessageId: message.clientMessageId,
        createdAt: message.createdAt,
        delivery: message.author === "customer" ? (this.answeredAfter(message.seq) ? "delivered" : "sent") : null,
        streamId: null,
        error: null,
        attachments: message.attachments ?? [],
      });
    }
    if (message.author !== "customer") this.markDeliveredBefore(message.seq);
    this.sort();
  }

  /** Part of an AI reply being written; chunks of one reply share its replyId. */
  applyDelta(replyId: string, agentName: string, text: string, at: Date): void {
    const entry = this.entries.find((e) => e.streamId === replyId);
    if (entry) {
      entry.body += text;
      return;
    }
    this.insert({
      key: `s:${replyId}`,
      id: null,
      seq: null,
      author: "ai",
      agentName,
      body: text,
      clientMessageId: null,
      createdAt: at.toISOString(),
      delivery: null,
      streamId: replyId,
      error: null,
      attachments: [],
    });
  }

  /** Someone on the desk's side is typing, so everything the customer sent so far has arrived. */
  markAllDelivered(): void {
    for (const e of this.entries) if (e.delivery === "sent") e.delivery = "delivered";
  }

  private byClientId(clientMessageId: string): TimelineEntry | undefined {
    return this.entries.find((e) => e.clientMessageId === clientMessageId);
  }

  private streamFor(agentName: string | null): TimelineEntry | undefined {
    const streams = this.entries.filter((e) => e.streamId !== null);
    return streams.find((e) => e.agentName === agentName) ?? streams[0];
  }

  private answeredAfter(seq: number): boolean {
    return this.entries.some((e) => e.author !== "customer" && e.seq !== null && e.seq > seq);
  }

  private markDeliveredBefore(seq: number): void {
    for (const e of this.entries) {
      if (e.delivery === "sent" && e.seq !== null && e.seq < seq) e.delivery = "delivered";
    }
  }

  private insert(entry: TimelineEntry): TimelineEntry {
    this.arrival.set(entry.key, this.counter++);
    this.entries.push(entry);
    this.sort();
    return entry;
  }

  private remove(entry: TimelineEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }

  /** Stored messages in sequence order, then what is still pending or streaming, as it came. */
  private sort(): void {
    this.entries.sort((a, b) => {
      if (a.seq !== null && b.seq !== null) return a.seq - b.seq;
      if (a.seq !== null) return -1;
      if (b.seq !== null) return 1;
      return (this.arrival.get(a.key) ?? 0) - (this.arrival.get(b.key) ?? 0);
    });
  }
}
