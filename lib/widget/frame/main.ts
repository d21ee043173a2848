import { startChat } from "./chat";
import type { HostProfile } from "./host";
import { sessionStore } from "./storage";

// The loader passes its settings in the fragment, which browsers never send to a server.
const params = new URLSearchParams(location.hash.slice(1));
const optional = (name: string) => params.get(name) || undefined;
const root = document.getElementById("chat");
const workspace = params.get("workspace");

function profile(): HostProfile {
  try {
    const parsed: unknown = JSON.parse(params.get("profile") ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as HostProfile) : {};
  } catch {
    return {};
  }
}

if (root && workspace) {
  // The page signed its visitor out (SDK shutdown): whoever comes next starts a new chat.
  if (params.get("fresh") === "1") sessionStore(workspace, optional("userId") ?? null).forget();
  void startChat(root, {
    workspace,
    pageUrl: optional("pageUrl"),
    pageTitle: optional("pageTitle"),
    language: optional("lang") ?? navigator.language,
    userId: optional("userId"),
    userHash: optional("userHash"),
    parentOrigin: params.get("parent") ?? location.origin,
    profile: profile(),
  });
} else if (root) {
  root.textContent = "This chat is opened by the widget loader (widget.js).";
}
