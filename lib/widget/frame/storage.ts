/**
 * What the chat keeps in the browser: which conversation to resume and the messages typed but
 * not yet acknowledged, so neither a reload nor a dropped connection loses anything. Storage can
 * be unavailable (private modes, blocked third-party storage); the chat then still works for the
 * life of the page.
 */
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

export interface SavedSession {
  conversationId: string;
  token: string;
}

export interface OutboxItem {
  clientMessageId: string;
  body: string;
  at: string;
}

export function sessionStore(workspace: string, userId: string | null) {
  const key = `lumen-desk:${workspace}:${userId ?? "visitor"}`;
  const outboxKey = (conversationId: string) => `lumen-desk:outbox:${conversationId}`;
  const parse = <T>(raw: string | null, fallback: T): T => {
    try {
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load: (): SavedSession | null => parse<SavedSession | null>(read(key), null),
    save: (session: SavedSession) => write(key, JSON.stringify(session)),
    forget: () => write(key, null),
    outbox: (conversationId: string): OutboxItem[] => parse<OutboxItem[]>(read(outboxKey(conversationId)), []),
    saveOutbox: (conversationId: string, items: OutboxItem[]) => write(outboxKey(conversationId), items.length ? JSON.stringify(items) : null),
  };
}
