import { startChat } from "./chat";

// The loader passes its settings in the fragment, which browsers never send to a server.
const params = new URLSearchParams(location.hash.slice(1));
const optional = (name: string) => params.get(name) || undefined;
const root = document.getElementById("chat");
const workspace = params.get("workspace");

if (root && workspace) {
  void startChat(root, {
    workspace,
    pageUrl: optional("pageUrl"),
    pageTitle: optional("pageTitle"),
    language: optional("lang") ?? navigator.language,
    userId: optional("userId"),
    userHash: optional("userHash"),
    parentOrigin: params.get("parent") ?? location.origin,
  });
} else if (root) {
  root.textContent = "This chat is opened by the widget loader (widget.js).";
}
