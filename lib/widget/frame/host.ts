/**
 * Messages between the chat and the loader on the customer's page. The page's origin comes
 * from the loader, so the chat only ever talks to the page that embedded it.
 */
export type ToHost =
  | { type: "lumen-desk:close" }
  | { type: "lumen-desk:unread"; count: number }
  /** For the SDK's on("message"): something the desk's side said, as it arrived. */
  | { type: "lumen-desk:message"; author: "ai" | "human" | "system"; body: string };
export type FromHost =
  | { type: "lumen-desk:visibility"; open: boolean }
  | { type: "lumen-desk:page"; url: string; title: string }
  /** The SDK's showNewMessage: text put in the composer for the customer to send. */
  | { type: "lumen-desk:prefill"; text: string }
  /** The SDK's boot/update: what the site knows about its signed-in customer. */
  | { type: "lumen-desk:profile"; profile: HostProfile };

export interface HostProfile {
  name?: string;
  email?: string;
  attributes?: Record<string, string | number | boolean | null>;
}

export function connectHost(parentOrigin: string, onMessage: (message: FromHost) => void) {
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    const data = event.data as { type?: unknown } | null;
    if (data && typeof data.type === "string" && data.type.startsWith("lumen-desk:")) onMessage(data as FromHost);
  });
  return {
    send(message: ToHost) {
      if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
    },
  };
}
