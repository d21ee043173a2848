import { z } from "zod";
import { ESCALATION_TRIGGERS, payloadsOf } from "../events/catalogue";

/**
 * The inbox's search and filters, read from the page's query string so every view can be
 * bookmarked. Anything unreadable is dropped rather than refused: a stale link still opens the
 * inbox, just less filtered.
 */

export const CONVERSATION_STATUSES = ["open", "waiting_human", "with_human", "pending_async", "resolved"] as const;
export const CUSTOMER_TIERS = ["free", "pro", "premium", "enterprise"] as const;

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const fields = {
  q: z.string().trim().min(1).max(200),
  status: z.enum(CONVERSATION_STATUSES),
  // "me", "unassigned" or a colleague's id.
  assignee: id,
  trigger: z.enum(ESCALATION_TRIGGERS),
  language: z.string().regex(/^[a-z]{2,3}$/),
  tier: z.enum(CUSTOMER_TIERS),
  page: z.string().trim().min(1).max(200),
};

export type InboxFilters = { [K in keyof typeof fields]?: z.infer<(typeof fields)[K]> };

export function parseInboxFilters(params: Record<string, string | string[] | undefined>): InboxFilters {
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = params[key];
    const parsed = schema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as InboxFilters;
}

export function hasFilters(filters: InboxFilters): boolean {
  return Object.keys(filters).length > 0;
}

/** The email a visitor last left for a reply by email (the widget's "Email me"), if any. */
export function contactEmailOf(events: readonly { type: string; payload: unknown }[]): string | null {
  const left = payloadsOf("async_requested", events).map(({ payload }) => payload.email);
  return left.findLast((email): email is string => typeof email === "string" && email.length > 0) ?? null;
}

/**
 * How an unnamed visitor is told apart in the inbox: the email they left once they left one,
 * else the page they are chatting from.
 */
export function visitorLabel(visitor: { contactEmail: string | null; pageTitle: string | null; pageUrl: string | null }): string {
  if (visitor.contactEmail) return visitor.contactEmail;
  if (visitor.pageTitle) return `Visitor on “${visitor.pageTitle}”`;
  if (visitor.pageUrl) {
    try {
      const url = new URL(visitor.pageUrl);
      return `Visitor on ${url.host}${url.pathname === "/" ? "" : url.pathname}`;
    } catch {
      // An address the browser sent that is not a URL says nothing useful about the visitor.
    }
  }
  return "Visitor";
}
