import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ReplayedMessage, ServerToClientEvents } from "../../realtime/events";
import { WIDGET_MESSAGE_LIMIT } from "../limits";
import type { WidgetSession } from "../session";
import { format, type StringTable } from "../strings";
import { Timeline, type TimelineEntry } from "../timeline";
import { post } from "./api";
import { h, replaceChildren } from "./dom";
import { asyncForm, csatForm, verifyForm } from "./forms";
import { connectHost, type FromHost, type HostProfile } from "./host";
import { revealedLength } from "../pacing";
import { TYPING_LAPSE_MS, typingSender } from "../../realtime/typing-sender";
import { renderMarkdown } from "./render-markdown";
import { sessionStore, type OutboxItem } from "./storage";

const PAPERCLIP_ICON =
  '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"/></svg>';

export interface Boot {
  workspace: string;
  pageUrl?: string;
  pageTitle?: string;
  language?: string;
  userId?: string;
  userHash?: string;
  parentOrigin: string;
  /** From the SDK; the desk keeps it only for a customer identified by userId and userHash. */
  profile: HostProfile;
}

type Update = Parameters<ServerToClientEvents["conversation:updated"]>[0];
type DeskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Panel = "none" | "async" | "verify" | "csat";

const ACK_TIMEOUT_MS = 15_000;
const PACE_TICK_MS = 50;
const RESEND_DELAY_MS = 5_000;
const waitingStatuses = new Set(["waiting_human", "with_human", "pending_async", "resolved"]);

function clientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Text on the brand colour must stay readable whatever colour the workspace picked. */
function readableOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? "#111827" : "#ffffff";
}

async function openSession(boot: Boot, resume: { conversationId: string; token: string } | null) {
  return post<WidgetSession>("/api/widget/session", {
    workspace: boot.workspace,
    userId: boot.userId,
    userHash: boot.userHash,
    pageUrl: boot.pageUrl,
    pageTitle: boot.pageTitle,
    language: boot.language,
    ...(boot.userId && boot.userHash ? boot.profile : {}),
    ...(resume ? { resume } : {}),
  });
}

export async function startChat(root: HTMLElement, boot: Boot): Promise<void> {
  // The page may speak first (the SDK's showNewMessage, a profile): kept until the chat is up.
  const early: FromHost[] = [];
  let fromHost: ((message: FromHost) => void) | null = null;
  const host = connectHost(boot.parentOrigin, (message) => (fromHost ? fromHost(message) : early.push(message)));
  const store = sessionStore(boot.workspace, boot.userId ?? null);
  const opened = await openSession(boot, store.load());
  if (!opened.ok) {
    replaceChildren(root, h("p", { class: "fatal", role: "alert" }, opened.error || "The chat could not start."));
    return;
  }
  let session = opened.data;
  store.save({ conversationId: session.conversationId, token: session.token });
  let t: StringTable = session.strings;
  document.documentElement.style.setProperty("--brand", session.settings.color);
  document.documentElement.style.setProperty("--on-brand", readableOn(session.settings.color));

  const timeline = new Timeline();
  let status: string = session.status;
  let update: Partial<Update> = {};
  let connection: "connecting" | "online" | "offline" = "connecting";
  let typing: string | null = null;
  let panel: Panel = "none";
  let rated = false;
  let asked = false;
  let visible = true;
  let unread = 0;
  let awaitingFirstReply = false;

  const outbox = new Map<string, OutboxItem>(store.outbox(session.conversationId).map((item) => [item.clientMessageId, item]));
  const saveOutbox = () => store.saveOutbox(session.conversationId, [...outbox.values()]);
  for (const item of outbox.values()) timeline.addOutgoing(item.clientMessageId, item.body, new Date(item.at));

  // --- layout -------------------------------------------------------------------------------
  // A live list rather than role="log": the role would strip the list semantics its items need.
  const log = h("ol", { class: "log", "aria-live": "polite", "aria-relevant": "additions" });
  const greeting = h("li", { class: "msg ai greeting" });
  log.append(greeting);
  const statusBar = h("div", { class: "status", role: "status", "aria-live": "polite" });
  const typingLine = h("div", { class: "typing", role: "status", "aria-live": "polite" });
  const panelArea = h("div", { class: "panel" });
  const chips = h("div", { class: "chips", role: "group" });
  const input = h("textarea", {
    id: "composer",
    rows: 1,
    maxlength: WIDGET_MESSAGE_LIMIT,
    autocomplete: "off",
    onkeydown: (event: KeyboardEvent) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    },
  });
  const composerError = h("p", { class: "form-error", role: "alert" });
  const uploadNote = h("p", { class: "upload-note", role: "status" });
  const fileInput = h("input", {
    type: "file",
    id: "attachment",
    class: "sr-only",
    tabindex: -1,
    accept: "image/png,image/jpeg,image/webp,image/gif,application/pdf",
    onchange: () => {
      const file = fileInput.files?.[0];
      fileInput.value = "";
      if (file) void sendFile(file);
    },
  });
  const attachButton = h("button", { type: "button", class: "attach", onclick: () => fileInput.click() });
  // Drawn rather than an emoji: machines without an emoji font would show an empty box.
  attachButton.innerHTML = PAPERCLIP_ICON;
  const composerLabel = h("label", { for: "composer", class: "sr-only" });
  const sendButton = h("button", { type: "submit", class: "send" });
  const composer = h(
    "form",
    {
      class: "composer",
      onsubmit: (event: SubmitEvent) => {
        event.preventDefault();
        if (send(input.value)) {
          input.value = "";
          typingOut.stop();
        }
      },
    },
    composerLabel,
    fileInput,
    attachButton,
    input,
    sendButton,
  );
  const humanButton = h("button", { type: "button", class: "secondary human", onclick: () => send(t.talkToPersonMessage) });
  const verifyButton = h("button", { type: "button", class: "link", onclick: () => showPanel("verify", true) });
  const newButton = h("button", { type: "button", class: "primary", hidden: true, onclick: () => restart() });
  const title = h("h1", {});
  const subtitle = h("p", {});
  const endButton = h("button", { type: "button", class: "header-button", onclick: () => showPanel("csat", true) });
  const closeButton = h("button", { type: "button", class: "header-button close", onclick: () => host.send({ type: "lumen-desk:close" }) }, "×");
  const header = h("header", {}, h("div", {}, title, subtitle), endButton, closeButton);
  replaceChildren(
    root,
    header,
    statusBar,
    log,
    typingLine,
    panelArea,
    chips,
    composerError,
    uploadNote,
    composer,
    h("div", { class: "actions" }, humanButton, verifyButton, newButton),
  );
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") host.send({ type: "lumen-desk:close" });
  });

  /** Every fixed word of the chat, in the session's language; run again when the language changes. */
  function label() {
    document.documentElement.lang = session.language;
    document.title = t.title;
    log.setAttribute("aria-label", t.messagesLabel);
    replaceChildren(greeting, h("span", { class: "who" }, session.settings.assistantName), h("div", { class: "bubble" }, renderMarkdown(session.settings.greeting)));
    chips.setAttribute("aria-label", t.quickRepliesLabel);
    replaceChildren(chips, ...[t.chipReturn, t.chipTrack, t.chipRefund, t.chipBilling].map((text) => h("button", { type: "button", class: "chip", onclick: () => send(text) }, text)));
    input.placeholder = t.placeholder;
    composerLabel.textContent = t.composerLabel;
    sendButton.textContent = t.send;
    attachButton.setAttribute("aria-label", t.attach);
    fileInput.setAttribute("aria-label", t.attach);
    attachButton.title = t.attach;
    humanButton.textContent = t.talkToPerson;
    verifyButton.textContent = t.verifyLink;
    newButton.textContent = t.newConversation;
    title.textContent = t.title;
    subtitle.textContent = t.subtitle;
    endButton.textContent = t.endChat;
    closeButton.setAttribute("aria-label", t.close);
  }
  label();

  /** The customer wrote in another language: the same conversation, redrawn in it. */
  async function switchLanguage(language: string) {
    if (language === session.language) return;
    const reopened = await openSession({ ...boot, language }, { conversationId: session.conversationId, token: session.token });
    if (!reopened.ok || reopened.data.language === session.language) return;
    session = reopened.data;
    store.save({ conversationId: session.conversationId, token: session.token });
    t = session.strings;
    label();
    // Names and delivery marks on the messages are words too: they are drawn again.
    for (const node of nodes.values()) node.li.remove();
    nodes.clear();
    if (panel !== "none") showPanel(panel);
    render();
  }

  // --- rendering ----------------------------------------------------------------------------
  const nodes = new Map<string, { li: HTMLLIElement; streaming: boolean; body: string; delivery: Text | null }>();

  function deliveryText(entry: TimelineEntry): string {
    return entry.delivery ? t[entry.delivery] : "";
  }

  // --- pacing: replies watched as they arrive are revealed at a readable pace -----------------
  const paced = new Map<string, { shown: number; at: number }>();
  let paceTimer: ReturnType<typeof setInterval> | undefined;

  function pace(key: string | undefined) {
    if (!key || paced.has(key)) return;
    paced.set(key, { shown: 0, at: performance.now() });
    paceTimer ??= setInterval(paceTick, PACE_TICK_MS);
  }

  function paceTick() {
    const now = performance.now();
    const byKey = new Map(timeline.list().map((e) => [e.key, e]));
    for (const [key, state] of paced) {
      const entry = byKey.get(key);
      if (entry) state.shown = revealedLength(entry.body, state.shown, now - state.at);
      state.at = now;
      // A reply still being written keeps its place; a stored one is done once all of it shows.
      if (!entry || (entry.streamId === null && state.shown >= entry.body.length)) paced.delete(key);
    }
    if (paced.size === 0) {
      clearInterval(paceTimer);
      paceTimer = undefined;
    }
    renderLog();
  }

  function shownBody(entry: TimelineEntry): string {
    const state = paced.get(entry.key);
    return state ? entry.body.slice(0, state.shown) : entry.body;
  }

  function entryNode(entry: TimelineEntry) {
    // Still arriving on screen: hidden from screen readers, which read the reply once, whole.
    const streaming = entry.streamId !== null || paced.has(entry.key);
    // The AI's specialists are one assistant to the customer; a person is named.
    const who = entry.author === "customer" ? t.you : entry.author === "system" ? t.system : entry.author === "ai" ? session.settings.assistantName : (entry.agentName ?? t.someone);
    const bubble = h("div", { class: "bubble" });
    fillBubble(bubble, entry);
    const li = h("li", { class: `msg ${entry.author}`, "data-author": entry.author, ...(streaming ? { "aria-hidden": "true", "data-streaming": "true" } : {}) });
    if (entry.author === "system") li.append(bubble);
    else li.append(h("span", { class: "who" }, who), bubble);
    let delivery: Text | null = null;
    if (entry.delivery) {
      delivery = document.createTextNode(deliveryText(entry));
      li.dataset.delivery = entry.delivery;
      li.append(h("span", { class: "delivery" }, delivery));
      if (entry.delivery === "failed" && entry.clientMessageId) {
        const id = entry.clientMessageId;
        li.append(h("span", { class: "form-error" }, entry.error ?? ""), h("button", { type: "button", class: "link", onclick: () => retry(id) }, t.retry));
      }
    }
    return { li, streaming, body: shownBody(entry), delivery };
  }

  // Files are read with the chat's token, never a URL that works for anyone who has it.
  const fileUrls = new Map<string, Promise<string | null>>();
  function fileUrl(url: string): Promise<string | null> {
    let found = fileUrls.get(url);
    if (!found) {
      found = fetch(url, { headers: { Authorization: `Bearer ${session.token}` } })
        .then((response) => (response.ok ? response.blob() : null))
        .then((blob) => (blob ? URL.createObjectURL(blob) : null))
        .catch(() => null);
      fileUrls.set(url, found);
    }
    return found;
  }

  function attachmentNode(file: TimelineEntry["attachments"][number]): HTMLElement {
    if (file.image) {
      const img = h("img", { class: "attachment-image", alt: file.fileName });
      void fileUrl(file.url).then((src) => {
        if (src) img.src = src;
      });
      return img;
    }
    const open = async () => {
      const href = await fileUrl(file.url);
      if (!href) return;
      const link = h("a", { href, download: file.fileName });
      document.body.append(link);
      link.click();
      link.remove();
    };
    return h("button", { type: "button", class: "link attachment-file", onclick: () => void open() }, `${format(t.openFile, { name: file.fileName })} (${Math.max(1, Math.round(file.sizeBytes / 1024))} KB)`);
  }

  async function sendFile(file: File) {
    composerError.textContent = "";
    uploadNote.textContent = format(t.attaching, { name: file.name });
    attachButton.disabled = true;
    try {
      const response = await fetch("/api/widget/attachments", {
        method: "POST",
        headers: { Authorization: `Bearer ${session.token}`, "Content-Type": file.type || "application/octet-stream", "X-Attachment-Name": encodeURIComponent(file.name) },
        body: file,
      });
      if (!response.ok) composerError.textContent = ((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText;
    } catch {
      composerError.textContent = t.offline;
    } finally {
      uploadNote.textContent = "";
      attachButton.disabled = false;
    }
  }

  function fillBubble(bubble: HTMLElement, entry: TimelineEntry) {
    if (entry.attachments.length > 0) replaceChildren(bubble, ...entry.attachments.map(attachmentNode));
    else if (entry.author === "customer") replaceChildren(bubble, ...entry.body.split("\n").flatMap((line, i) => (i ? [h("br"), line] : [line])));
    else replaceChildren(bubble, renderMarkdown(shownBody(entry)));
  }

  function renderLog() {
    const entries = timeline.list();
    const keys = new Set(entries.map((e) => e.key));
    for (const [key, node] of nodes) {
      if (!keys.has(key)) {
        node.li.remove();
        nodes.delete(key);
      }
    }
    entries.forEach((entry, index) => {
      let node = nodes.get(entry.key);
      const failedChanged = node && (node.li.dataset.delivery === "failed") !== (entry.delivery === "failed");
      if (!node || node.streaming !== (entry.streamId !== null || paced.has(entry.key)) || failedChanged) {
        const fresh = entryNode(entry);
        if (awaitingFirstReply && (entry.author === "ai" || entry.author === "human")) firstReplySeen();
        node?.li.remove();
        nodes.set(entry.key, fresh);
        node = fresh;
      } else {
        if (node.body !== shownBody(entry)) {
          fillBubble(node.li.querySelector(".bubble") as HTMLElement, entry);
          node.body = shownBody(entry);
        }
        // Changed as text, not as a new node, so screen readers are not told every tick.
        if (node.delivery && entry.delivery && node.li.dataset.delivery !== entry.delivery) {
          node.delivery.data = deliveryText(entry);
          node.li.dataset.delivery = entry.delivery;
        }
      }
      const at = log.children[index + 1];
      if (at !== node.li) log.insertBefore(node.li, at ?? null);
    });
    const hasCustomerMessages = entries.some((e) => e.author === "customer");
    chips.hidden = hasCustomerMessages || status !== "open";
    log.scrollTop = log.scrollHeight;
  }

  // The time from sending to the first visible words of a reply, for anyone measuring the
  // widget in the browser's performance timeline.
  function firstReplySeen() {
    awaitingFirstReply = false;
    performance.mark("lumen-desk:first-reply");
    performance.measure("lumen-desk:first-reply", "lumen-desk:send", "lumen-desk:first-reply");
  }

  function renderStatus() {
    const lines: string[] = [];
    if (connection === "offline") lines.push(t.offline);
    else if (connection === "connecting") lines.push(t.connecting);
    if (status === "waiting_human") {
      if (update.queue) {
        lines.push(format(t.queuePosition, { position: update.queue.position }));
        lines.push(update.queue.expectedWaitSeconds === null ? t.queueWaitUnknown : format(t.queueWait, { minutes: Math.max(1, Math.round(update.queue.expectedWaitSeconds / 60)) }));
      }
      const closed = update.offHours ?? !session.availability.withinHours;
      if (closed) lines.push(session.availability.withinHours ? t.noAgents : t.offHours);
    }
    if (status === "with_human" && update.assignee) lines.push(format(t.withHuman, { name: update.assignee.name }));
    if (status === "pending_async") lines.push(t.asyncDone);
    if (status === "resolved") lines.push(t.resolved);
    replaceChildren(statusBar, ...lines.map((line) => h("p", {}, line)));
    statusBar.hidden = lines.length === 0;
    typingLine.textContent = typing ? format(t.typing, { name: typing }) : "";
    humanButton.disabled = waitingStatuses.has(status);
    verifyButton.hidden = session.customer.verified;
    const closedChat = status === "resolved";
    composer.hidden = closedChat;
    newButton.hidden = !closedChat;
    // The email/callback offer is for a customer left waiting; once a person has joined, or the
    // conversation went back to the AI, it is withdrawn.
    const waitingAlone = status === "waiting_human" && !update.assignee;
    if (closedChat && !rated && panel !== "csat") showPanel("csat");
    else if (waitingAlone && !asked && panel === "none") showPanel("async");
    else if (!waitingAlone && panel === "async") showPanel("none");
  }

  /**
   * Only a panel the customer asked for takes the keyboard; one the chat offers by itself leaves
   * the focus in the composer and the newest message in view.
   */
  function showPanel(next: Panel, focus = false) {
    panel = next;
    if (next === "none") replaceChildren(panelArea);
    else if (next === "csat") {
      if (rated) return;
      replaceChildren(panelArea, csatForm(t, session.token, () => (rated = true)));
    } else if (next === "async") {
      replaceChildren(panelArea, asyncForm(t, session.token, () => {
        asked = true;
        showPanel("none");
      }));
    } else {
      replaceChildren(panelArea, verifyForm(t, session.token, (name) => {
        session = { ...session, customer: { name, verified: true } };
        showPanel("none");
        renderStatus();
      }));
    }
    if (focus) panelArea.querySelector<HTMLElement>("input, textarea, button")?.focus();
    log.scrollTop = log.scrollHeight;
  }

  function render() {
    renderLog();
    renderStatus();
  }

  // --- sending ------------------------------------------------------------------------------
  function send(raw: string): boolean {
    const body = raw.trim();
    if (!body) return false;
    if (body.length > WIDGET_MESSAGE_LIMIT) {
      composerError.textContent = format(t.tooLong, { max: WIDGET_MESSAGE_LIMIT });
      return false;
    }
    composerError.textContent = "";
    const id = clientMessageId();
    const at = new Date();
    outbox.set(id, { clientMessageId: id, body, at: at.toISOString() });
    saveOutbox();
    const entry = timeline.addOutgoing(id, body, at);
    performance.mark("lumen-desk:send");
    awaitingFirstReply = true;
    render();
    transmit(entry);
    return true;
  }

  function transmit(entry: TimelineEntry) {
    const id = entry.clientMessageId;
    // While disconnected nothing is emitted: socket.io would buffer it and the resend after
    // reconnecting would be a second copy. Unsent messages go out once the replay is done.
    if (!id || !socket.connected) return;
    // A slow acknowledgement marks the message as not sent (with a retry), but one that still
    // arrives later wins: the server stored it.
    const timer = setTimeout(() => {
      if (socket.connected) timeline.fail(id, t.failed);
      render();
    }, ACK_TIMEOUT_MS);
    socket.emit("message:send", { clientMessageId: id, body: entry.body }, (result) => {
      clearTimeout(timer);
      if (result.ok) timeline.acknowledge(id, result.data);
      else timeline.fail(id, result.error);
      // A message the desk refused stays on screen with its reason and is not sent again; one it
      // could not store for now (database out of reach) is resent with the same id shortly.
      if (!result.ok && result.retryable) setTimeout(() => retry(id), RESEND_DELAY_MS);
      else outbox.delete(id);
      saveOutbox();
      render();
    });
  }

  function retry(id: string) {
    const entry = timeline.retry(id);
    if (!entry) return;
    outbox.set(id, { clientMessageId: id, body: entry.body, at: entry.createdAt });
    saveOutbox();
    render();
    transmit(entry);
  }

  function restart() {
    store.forget();
    location.reload();
  }

  // --- connection ---------------------------------------------------------------------------
  const socket: DeskSocket = io({ path: "/socket.io", auth: { widgetToken: session.token }, transports: ["websocket", "polling"] });
  // The draft goes to the desk only when the team turned previews on.
  const typingOut = typingSender((update) => socket.connected && socket.emit("typing:set", update), { preview: session.settings.typingPreview });
  input.addEventListener("input", () => typingOut.input(input.value));
  let typingLapse: ReturnType<typeof setTimeout> | undefined;

  function received(message: ReplayedMessage, live: boolean) {
    timeline.applyMessage(message);
    if (live && message.author === "ai") pace(timeline.list().find((e) => e.id === message.id)?.key);
    if (message.author !== "customer") {
      typing = null;
      if (live) host.send({ type: "lumen-desk:message", author: message.author, body: message.body });
      if (live && !visible) {
        unread += 1;
        host.send({ type: "lumen-desk:unread", count: unread });
      }
    }
  }

  socket.on("connect", () => {
    socket.emit("conversation:sync", { afterSeq: timeline.lastSeq }, (result) => {
      if (result.ok) for (const message of result.data.messages) received(message, false);
      connection = "online";
      for (const entry of timeline.unsent()) transmit(entry);
      render();
    });
  });
  socket.on("disconnect", () => {
    connection = "offline";
    render();
  });
  socket.on("message:created", ({ conversationId, message }) => {
    if (conversationId !== session.conversationId) return;
    received(message, true);
    render();
  });
  socket.on("reply:delta", ({ conversationId, replyId, agentName, text }) => {
    if (conversationId !== session.conversationId) return;
    timeline.applyDelta(replyId, agentName, text, new Date());
    pace(timeline.list().find((e) => e.streamId === replyId)?.key);
    renderLog();
  });
  socket.on("reply:typing", ({ conversationId, typing: isTyping }) => {
    if (conversationId !== session.conversationId) return;
    // The AI's specialists are one assistant to the customer.
    typing = isTyping ? session.settings.assistantName : null;
    if (isTyping) timeline.markAllDelivered();
    render();
  });
  socket.on("typing:changed", ({ conversationId, who, name, typing: isTyping }) => {
    if (conversationId !== session.conversationId || who !== "agent") return;
    clearTimeout(typingLapse);
    typing = isTyping ? (name ?? t.someone) : null;
    if (isTyping) {
      timeline.markAllDelivered();
      typingLapse = setTimeout(() => {
        typing = null;
        renderStatus();
      }, TYPING_LAPSE_MS);
    }
    renderStatus();
  });
  socket.on("conversation:language", ({ conversationId, language }) => {
    if (conversationId === session.conversationId) void switchLanguage(language);
  });
  socket.on("conversation:updated", (next) => {
    if (next.conversationId !== session.conversationId) return;
    status = next.status;
    update = next;
    render();
  });
  // The browser knows about a lost network before the socket's heartbeat does.
  window.addEventListener("offline", () => {
    socket.disconnect();
    connection = "offline";
    render();
  });
  window.addEventListener("online", () => socket.connect());

  // --- the host page ------------------------------------------------------------------------
  let pageTimer: ReturnType<typeof setTimeout> | undefined;
  function onHost(message: FromHost) {
    if (message.type === "lumen-desk:visibility") {
      visible = message.open;
      if (visible) {
        unread = 0;
        host.send({ type: "lumen-desk:unread", count: 0 });
        input.focus();
      }
    } else if (message.type === "lumen-desk:prefill") {
      input.value = message.text.slice(0, WIDGET_MESSAGE_LIMIT);
      input.focus();
    } else if (message.type === "lumen-desk:profile") {
      boot.profile = message.profile;
      void openSession(boot, { conversationId: session.conversationId, token: session.token }).then((result) => {
        if (!result.ok) console.warn(`Lumen Desk: ${result.error}`);
      });
    } else if (message.type === "lumen-desk:page") {
      boot.pageUrl = message.url;
      boot.pageTitle = message.title;
      clearTimeout(pageTimer);
      // The session call records the page the customer moved to, for the handoff brief.
      pageTimer = setTimeout(() => void openSession(boot, { conversationId: session.conversationId, token: session.token }), 500);
    }
  }

  render();
  input.focus();
  fromHost = onHost;
  for (const message of early.splice(0)) onHost(message);
}
