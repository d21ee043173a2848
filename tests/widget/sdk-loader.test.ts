// The widget loader (public/widget.js) run as a browser would run it, on a small fake DOM: the
// host page's SDK calls, made before and after the loader arrives, and what reaches the chat frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const loaderSource = readFileSync(path.join(import.meta.dirname, "..", "..", "public", "widget.js"), "utf8");
const DESK = "https://desk.example";
/** Values made inside the page's realm compared as plain data. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const SHOP = "https://shop.example";

class FakeElement {
  attributes = new Map<string, string>();
  children: FakeElement[] = [];
  parent: FakeElement | null = null;
  listeners = new Map<string, ((event: unknown) => void)[]>();
  style = { setProperty() {} };
  hidden = false;
  className = "";
  textContent = "";
  innerHTML = "";
  src = "";
  title = "";
  id = "";
  type = "";
  focused = false;
  posted: unknown[] = [];
  contentWindow = { postMessage: (message: unknown, origin: string) => this.posted.push({ message, origin }) };
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  appendChild(child: FakeElement) {
    child.parent = this;
    this.children.push(child);
    return child;
  }
  remove() {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = null;
  }
  attachShadow() {
    return this;
  }
  addEventListener(type: string, fn: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  dispatch(type: string, event: unknown = {}) {
    for (const fn of this.listeners.get(type) ?? []) fn(event);
  }
  focus() {
    this.focused = true;
  }
  find(tag: string): FakeElement[] {
    return this.children.flatMap((c) => [...(c.tagName === tag ? [c] : []), ...c.find(tag)]);
  }
}

function storage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

/** A host page with the loader's script tag; `before` runs the page's own code first. */
function page(options: { before?: string; attributes?: Record<string, string>; local?: ReturnType<typeof storage> } = {}) {
  const body = new FakeElement("body");
  const script = new FakeElement("script");
  script.src = `${DESK}/widget.js`;
  script.setAttribute("data-workspace", "lumen");
  for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
  const windowListeners: ((event: unknown) => void)[] = [];
  const warnings: string[] = [];
  let mounted!: () => void;
  const ready = new Promise<void>((resolve) => (mounted = resolve));
  // The page's global object is its window, as in a browser.
  const window: Record<string, unknown> = vm.createContext({
    addEventListener: (type: string, fn: (event: unknown) => void) => type === "message" && windowListeners.push(fn),
    document: { currentScript: script, body, documentElement: body, title: "Shop", createElement: (tag: string) => new FakeElement(tag), querySelector: () => null },
    location: { href: `${SHOP}/orders`, origin: SHOP },
    navigator: { language: "en-GB" },
    console: { warn: (text: string) => warnings.push(text) },
    localStorage: options.local ?? storage(),
    sessionStorage: storage(),
    URL,
    URLSearchParams,
    setInterval: () => 0,
    fetch: async (url: string) => {
      assert.equal(url, `${DESK}/api/widget/config?workspace=lumen`);
      setTimeout(mounted, 0);
      return { ok: true, json: async () => ({ color: "#4f46e5", position: "right" }) };
    },
  });
  window.window = window;
  const context = window;
  vm.runInContext("window.LumenDesk = window.LumenDesk || function () { (window.LumenDesk.q = window.LumenDesk.q || []).push(arguments); };", context);
  if (options.before) vm.runInContext(options.before, context);
  vm.runInContext(loaderSource, context);
  const sdk = (...args: unknown[]) => (window.LumenDesk as (...a: unknown[]) => void)(...args);
  const frames = () => body.find("iframe");
  const frame = () => {
    const [only] = frames();
    assert.ok(only, "the chat frame exists");
    return only;
  };
  const fragment = () => new URLSearchParams(frame().src.split("#")[1]);
  const fromFrame = (data: unknown) => {
    const f = frame();
    for (const fn of windowListeners) fn({ source: f.contentWindow, origin: DESK, data });
  };
  const fromOther = (data: unknown) => {
    for (const fn of windowListeners) fn({ source: {}, origin: SHOP, data });
  };
  return { ready, sdk, body, window, frames, frame, fragment, fromFrame, fromOther, warnings, context };
}

test("calls made before the loader arrives wait in the queue and run in order once it has", async () => {
  const p = page({
    before: `
      window.seen = [];
      LumenDesk("on", "ready", function () { window.seen.push("ready"); });
      LumenDesk("on", "open", function () { window.seen.push("open"); });
      LumenDesk("boot", { userId: "cus_42", userHash: "${"a".repeat(64)}", name: "Ada", email: "ada@example.com", attributes: { plan: "pro" } });
      LumenDesk("showNewMessage", "My parcel arrived damaged");
    `,
  });
  await p.ready;
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(plain(vm.runInContext("window.seen", p.context)), ["ready", "open"]);
  const fragment = p.fragment();
  assert.equal(fragment.get("userId"), "cus_42");
  assert.equal(fragment.get("userHash"), "a".repeat(64));
  assert.deepEqual(JSON.parse(fragment.get("profile")!), { name: "Ada", email: "ada@example.com", attributes: { plan: "pro" } });
  assert.equal(fragment.get("parent"), SHOP);

  // Nothing is posted into the frame before it has loaded; then the draft is handed over.
  assert.deepEqual(p.frame().posted, []);
  p.frame().dispatch("load");
  const messages = p.frame().posted.map((m) => (m as { message: { type: string; text?: string } }).message);
  assert.ok(messages.some((m) => m.type === "lumen-desk:prefill" && m.text === "My parcel arrived damaged"));
  assert.ok(p.frame().posted.every((m) => (m as { origin: string }).origin === DESK), "posted only to the desk's origin");
});

test("open, close and unread reach the page's handlers; messages from other windows are ignored", async () => {
  const p = page();
  await p.ready;
  const events: unknown[] = [];
  p.sdk("on", "open", () => events.push("open"));
  p.sdk("on", "close", () => events.push("close"));
  p.sdk("on", "unread", (count: number) => events.push(["unread", count]));
  p.sdk("on", "message", (message: unknown) => events.push(["message", message]));
  p.sdk("on", "ready", () => events.push("ready (already)"));
  p.sdk("open");
  p.sdk("open");
  p.fromFrame({ type: "lumen-desk:unread", count: 3 });
  p.fromFrame({ type: "lumen-desk:message", author: "human", body: "Hi, Maya here" });
  // A page script pretending to be the chat is not listened to.
  p.fromOther({ type: "lumen-desk:unread", count: 99 });
  p.sdk("close");
  assert.deepEqual(plain(events), ["ready (already)", "open", ["unread", 3], ["message", { author: "human", body: "Hi, Maya here" }], "close"]);
  const badge = p.body.find("span")[0]!;
  assert.equal(badge.textContent, "3");
});

test("shutdown leaves the signed-in chat behind: the next chat starts fresh and anonymous", async () => {
  const local = storage();
  const p = page({ attributes: { "data-user-id": "cus_7", "data-user-hash": "b".repeat(64) }, local });
  await p.ready;
  p.sdk("open");
  assert.equal(p.fragment().get("userId"), "cus_7");
  assert.equal(p.fragment().get("fresh"), null);
  p.sdk("shutdown");
  assert.equal(p.frames().length, 0, "the signed-in customer's chat is gone from the page");
  p.sdk("open");
  assert.equal(p.fragment().get("userId"), null);
  assert.equal(p.fragment().get("fresh"), "1", "the frame is told to forget the browser's saved chat");

  // The instruction is used once: a later page load resumes the new visitor's chat as usual.
  const later = page({ local });
  await later.ready;
  later.sdk("open");
  assert.equal(later.fragment().get("fresh"), null);
});

test("a shutdown before the chat was ever opened still starts the next page's chat fresh", async () => {
  const local = storage();
  const p = page({ before: `LumenDesk("shutdown");`, local });
  await p.ready;
  const next = page({ local });
  await next.ready;
  next.sdk("open");
  assert.equal(next.fragment().get("fresh"), "1");
});

test("booting a different person restarts the chat with their identity; update goes to the open chat", async () => {
  const p = page();
  await p.ready;
  p.sdk("open");
  assert.equal(p.fragment().get("userId"), null);
  p.sdk("boot", { userId: "cus_9", userHash: "c".repeat(64), attributes: { plan: "free" } });
  assert.equal(p.frames().length, 0);
  p.sdk("open");
  assert.equal(p.fragment().get("userId"), "cus_9");
  p.frame().dispatch("load");
  p.sdk("update", { attributes: { plan: "pro", seats: 5 } });
  const profile = p.frame().posted.map((m) => (m as { message: { type: string; profile?: unknown } }).message).find((m) => m.type === "lumen-desk:profile");
  assert.deepEqual(plain(profile?.profile), { attributes: { plan: "pro", seats: 5 } });
});

test("an unknown command or a handler that throws is reported without breaking the widget", async () => {
  const p = page({ before: `LumenDesk("fly");` });
  await p.ready;
  p.sdk("on", "open", () => {
    throw new Error("page bug");
  });
  p.sdk("open");
  assert.equal(p.frames().length, 1);
  assert.ok(p.warnings.some((w) => w.includes("unknown command fly")));
  assert.ok(p.warnings.some((w) => w.includes("page bug")));
});
