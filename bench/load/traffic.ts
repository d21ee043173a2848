// Browsers talking to a desk: widget conversations opened over HTTP as the widget opens them, one
// websocket each, and an agent's console that has taken some of them over. `runTraffic` has every
// conversation write at a steady, jittered rate and times what the other side sees.
import { io as connect, type Socket } from "socket.io-client";
import { connected } from "../socket-client";

/** A customer message that goes unanswered this long is an error (it still counts in the latencies if it comes). */
const REPLY_TIMEOUT_MS = 30_000;
const ACK_TIMEOUT_MS = 10_000;
const DRAIN_SECONDS = 30;
/** Sessions opened at once: the widget's first request, from many browsers but not all in one instant. */
const OPENING_CONCURRENCY = 16;

/**
 * Help-centre questions the knowledge agent answers, so every customer message is owed a reply
 * from the same agent (questions the triage sometimes sends to the transactions agent, such as exchanges or
 * membership, would bounce the chat between agents, which the router rightly hands to a person).
 */
const customerQuestions = [
  "How long do I have to return an item?",
  "What payment methods do you accept?",
  "How long does delivery take?",
  "How do I download an invoice?",
  "How do pre-orders work?",
  "How do I set up two-factor authentication?",
];
const agentReplies = ["Let me check that for you.", "Thanks, I can see your order here.", "One moment while I look into it."];

export interface Conversation {
  id: string;
  socket: Socket;
}

export interface Opened {
  conversations: Conversation[];
  /** Sessions the desk refused or sockets it did not accept, each printed as it happened. */
  failures: number;
}

interface Sent {
  at: number;
}

interface Tracked extends Conversation {
  /** Customer messages still waiting for the first sign of the AI's reply, oldest first. */
  awaiting: Sent[];
  /** The reply being streamed now; its finished message is not a new reply. */
  streaming: string | null;
  handedOff: boolean;
}

export interface Traffic {
  replyMs: number[];
  deliveryMs: number[];
  customerMessages: number;
  agentReplies: number;
  errors: Map<string, number>;
}

type Ack = { ok: true } | { ok: false; error: string };

let clientMessages = 0;
const nextClientMessageId = (who: string) => `bench-${who}-${process.pid}-${++clientMessages}`;

/** Opens `count` widget sessions over HTTP and connects a websocket for each. */
export async function openConversations(url: string, workspace: string, count: number): Promise<Opened> {
  const opened: Opened = { conversations: [], failures: 0 };
  let next = 0;
  async function openOne(): Promise<void> {
    const response = await fetch(`${url}/api/widget/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ workspace, pageUrl: `${url}/demo`, language: "en" }),
    });
    const session = (await response.json().catch(() => ({}))) as { conversationId?: string; token?: string; error?: string };
    if (!response.ok || !session.conversationId || !session.token) {
      console.error(`opening a widget session: HTTP ${response.status} ${session.error ?? ""}`);
      opened.failures++;
      return;
    }
    const socket = connect(url, { path: "/socket.io", transports: ["websocket"], forceNew: true, reconnection: false, auth: { widgetToken: session.token } });
    try {
      opened.conversations.push({ id: session.conversationId, socket: await connected(socket) });
    } catch (error) {
      console.error(`connecting a widget socket: ${(error as Error).message}`);
      opened.failures++;
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(OPENING_CONCURRENCY, count) }, async () => {
      while (next < count) {
        next++;
        await openOne();
      }
    }),
  );
  return opened;
}

/** An agent's console: a staff socket signed in with a next-auth session cookie, as a browser is. */
export async function staffConsole(url: string, cookie: string): Promise<Socket> {
  return connected(connect(url, { path: "/socket.io", transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie, origin: url } }));
}

/** The agent takes each conversation over from the AI, as the console's "take over" does. */
export async function takeOver(staff: Socket, conversations: readonly Conversation[]): Promise<void> {
  for (const c of conversations) {
    const claimed = (await staff.timeout(ACK_TIMEOUT_MS).emitWithAck("console:claim", { conversationId: c.id })) as Ack;
    if (!claimed.ok) throw new Error(`The agent could not take conversation ${c.id} over: ${claimed.error}`);
  }
}

function jittered(periodMs: number): number {
  return periodMs * (0.8 + 0.4 * Math.random());
}

export async function runTraffic(options: {
  staff: Socket;
  withAi: readonly Conversation[];
  takenOver: readonly Conversation[];
  seconds: number;
  rate: number;
  drainSeconds?: number;
}): Promise<Traffic> {
  const traffic: Traffic = { replyMs: [], deliveryMs: [], customerMessages: 0, agentReplies: 0, errors: new Map() };
  const error = (kind: string, count = 1) => traffic.errors.set(kind, (traffic.errors.get(kind) ?? 0) + count);
  const periodMs = 1000 / options.rate;
  const endsAt = performance.now() + options.seconds * 1000;
  const agentSent = new Map<string, Sent>();
  const tracked: Tracked[] = options.withAi.map((c) => ({ ...c, awaiting: [], streaming: null, handedOff: false }));
  const cleanups: (() => void)[] = [];
  let stopping = false;
  let outstanding = 0;
  let settle: (() => void) | null = null;
  const answered = (count = 1) => {
    outstanding -= count;
    if (outstanding === 0) settle?.();
  };

  function replied(conversation: Tracked): void {
    const sent = conversation.awaiting.shift();
    if (!sent) return void error("a reply nobody was waiting for");
    const latency = performance.now() - sent.at;
    traffic.replyMs.push(latency);
    if (latency > REPLY_TIMEOUT_MS) error(`AI reply later than ${REPLY_TIMEOUT_MS / 1000} s`);
    answered();
  }

  function listen(socket: Socket, handlers: Record<string, Parameters<Socket["on"]>[1]>): void {
    for (const [event, handler] of Object.entries(handlers)) socket.on(event, handler);
    const disconnected = (reason: string) => !stopping && error(`socket disconnected (${reason})`);
    socket.on("disconnect", disconnected);
    cleanups.push(() => {
      for (const [event, handler] of Object.entries(handlers)) socket.off(event, handler);
      socket.off("disconnect", disconnected);
    });
  }

  for (const conversation of tracked) {
    listen(conversation.socket, {
      "reply:delta": (delta: { replyId: string }) => {
        if (conversation.handedOff || delta.replyId === conversation.streaming) return;
        conversation.streaming = delta.replyId;
        replied(conversation);
      },
      "message:created": (created: { message: { author: string } }) => {
        if (conversation.handedOff || created.message.author !== "ai") return;
        // The end of the streamed reply, or a reply that was never streamed (an approval notice).
        if (conversation.streaming) conversation.streaming = null;
        else replied(conversation);
      },
      "conversation:updated": (update: { status: string }) => {
        if (conversation.handedOff || update.status === "open") return;
        // The questions are ones the AI answers; a handoff means the AI stopped answering this customer.
        conversation.handedOff = true;
        error(`conversation handed to a person (${update.status}) mid-benchmark`);
        error("customer messages left unanswered after a handoff", conversation.awaiting.length);
        answered(conversation.awaiting.length);
        conversation.awaiting = [];
      },
    });
  }
  listen(options.staff, {});
  for (const conversation of options.takenOver) {
    listen(conversation.socket, {
      "message:created": (created: { message: { author: string; clientMessageId: string | null } }) => {
        if (created.message.author !== "human" || !created.message.clientMessageId) return;
        const sent = agentSent.get(created.message.clientMessageId);
        if (!sent) return;
        agentSent.delete(created.message.clientMessageId);
        traffic.deliveryMs.push(performance.now() - sent.at);
        answered();
      },
    });
  }

  async function customerWrites(conversation: Tracked): Promise<void> {
    const sent: Sent = { at: performance.now() };
    // Awaited before the ack, which may come after the reply has begun.
    conversation.awaiting.push(sent);
    outstanding++;
    traffic.customerMessages++;
    const body = customerQuestions[traffic.customerMessages % customerQuestions.length];
    try {
      const ack = (await conversation.socket.timeout(ACK_TIMEOUT_MS).emitWithAck("message:send", { clientMessageId: nextClientMessageId("customer"), body })) as Ack;
      if (ack.ok) return;
      error(`message refused: ${ack.error}`);
      conversation.awaiting.splice(conversation.awaiting.indexOf(sent), 1);
      answered();
    } catch {
      // Possibly stored all the same, so its reply is still awaited.
      error(`message not acknowledged within ${ACK_TIMEOUT_MS / 1000} s`);
    }
  }

  async function agentWrites(conversation: Conversation): Promise<void> {
    const clientMessageId = nextClientMessageId("agent");
    agentSent.set(clientMessageId, { at: performance.now() });
    outstanding++;
    traffic.agentReplies++;
    const body = agentReplies[traffic.agentReplies % agentReplies.length];
    try {
      const ack = (await options.staff.timeout(ACK_TIMEOUT_MS).emitWithAck("console:reply", { conversationId: conversation.id, body, clientMessageId })) as Ack;
      if (ack.ok) return;
      error(`agent reply refused: ${ack.error}`);
      if (agentSent.delete(clientMessageId)) answered();
    } catch {
      error(`agent reply not acknowledged within ${ACK_TIMEOUT_MS / 1000} s`);
    }
  }

  const timers = new Set<NodeJS.Timeout>();
  function writeSteadily(write: () => Promise<void>, firstInMs: number): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (performance.now() >= endsAt) return;
      void write();
      writeSteadily(write, jittered(periodMs));
    }, firstInMs);
    timers.add(timer);
  }
  // Spread over the first period, so the conversations do not all write in the same instant. A
  // disconnected socket (already counted) stops writing, as a closed browser tab would.
  const idle = Promise.resolve();
  for (const conversation of tracked) {
    writeSteadily(() => (conversation.handedOff || !conversation.socket.connected ? idle : customerWrites(conversation)), Math.random() * periodMs);
  }
  for (const conversation of options.takenOver) {
    writeSteadily(() => (options.staff.connected && conversation.socket.connected ? agentWrites(conversation) : idle), Math.random() * periodMs);
  }

  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  for (const timer of timers) clearTimeout(timer);
  if (outstanding > 0) {
    let drainTimer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      settle = resolve;
      drainTimer = setTimeout(resolve, (options.drainSeconds ?? DRAIN_SECONDS) * 1000);
    });
    clearTimeout(drainTimer);
  }
  stopping = true;
  for (const cleanup of cleanups) cleanup();
  const unanswered = tracked.reduce((sum, c) => sum + c.awaiting.length, 0);
  if (unanswered > 0) error(`customer messages not answered within the ${options.drainSeconds ?? DRAIN_SECONDS} s after the last was sent`, unanswered);
  if (agentSent.size > 0) error("agent replies never delivered", agentSent.size);
  return traffic;
}
