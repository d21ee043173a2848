import type { Conversation, Customer, Db, Workspace } from "../db";
import { appendEvent } from "../conversation/log";
import { payloadOrSkip } from "../events/catalogue";
import { issueWidgetToken, verifyWidgetToken } from "../realtime/widget-token";
import { isWithinBusinessHours } from "../workspace/business-hours";
import { parseWorkspaceSettings } from "../workspace/settings";
import { isValidIdentityHash } from "./identity";
import { mergeAttributes, storedAttributes, type AttributeValue } from "./attributes";
import type { LimitDecision } from "../rate-limit/decisions";
import { format, pickLanguage, translations, type StringTable } from "./strings";

/** How long a browser may keep resuming its conversation without starting a new one. */
const TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

export interface SessionInput {
  workspace: string;
  userId?: string;
  userHash?: string;
  pageUrl?: string;
  pageTitle?: string;
  language?: string;
  resume?: { conversationId: string; token: string };
  /** From the SDK's boot/update; applied only to a customer identified by userId and userHash. */
  name?: string;
  email?: string;
  attributes?: Record<string, AttributeValue | null>;
}

export interface WidgetSession {
  conversationId: string;
  token: string;
  expiresAt: number;
  resumed: boolean;
  status: Conversation["status"];
  language: string;
  settings: { color: string; position: "left" | "right"; greeting: string; languages: string[]; assistantName: string; typingPreview: boolean };
  strings: StringTable;
  customer: { name?: string; verified: boolean };
  availability: { withinHours: boolean; humansOnline: number };
}

export type SessionOutcome =
  | { ok: true; session: WidgetSession }
  | { ok: false; status: 400 | 404; error: string }
  | { ok: false; status: 429; error: string; retryAfterSeconds: number };

/** Counts a new chat against the workspace's limits; continuing a chat never asks. */
export type NewChatAdmission = (workspaceId: string) => Promise<LimitDecision>;

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

async function identifiedCustomer(db: Db, workspace: Workspace, input: SessionInput): Promise<Customer | null> {
  if (!input.userId || !input.userHash) return null;
  if (!isValidIdentityHash(input.userId, input.userHash, workspace.widgetSecret)) return null;
  const byExternalId = { workspaceId_externalId: { workspaceId: workspace.id, externalId: input.userId } };
  const known = await db.customer.findUnique({ where: byExternalId });
  if (known || !input.email) return known;
  // Someone signed in to the business's site whom the desk has not met yet, introduced by the SDK.
  // The hash vouches for the id only, so an email already on another customer is not taken over.
  try {
    return await db.customer.create({
      data: { workspaceId: workspace.id, externalId: input.userId, email: input.email.toLowerCase(), name: input.name ?? input.email.split("@")[0]! },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return db.customer.findUnique({ where: byExternalId });
  }
}

/** The site's name and attributes for its signed-in customer, kept on the customer for the brief. */
async function applyProfile(db: Db, customer: Customer, input: SessionInput): Promise<{ ok: true; customer: Customer } | { ok: false; error: string }> {
  const merged = mergeAttributes(storedAttributes(customer.attributes), input.attributes ?? {});
  if (!merged.ok) return merged;
  const rename = input.name !== undefined && input.name !== customer.name;
  if (!merged.changed && !rename) return { ok: true, customer };
  const updated = await db.customer.update({
    where: { id: customer.id },
    data: { ...(merged.changed ? { attributes: merged.attributes } : {}), ...(rename ? { name: input.name } : {}) },
  });
  return { ok: true, customer: updated };
}

async function verificationMethod(db: Db, conversationId: string): Promise<string | null> {
  const event = await db.conversationEvent.findFirst({
    where: { conversationId, type: "verification" },
    orderBy: { createdAt: "desc" },
  });
  return event ? (payloadOrSkip("verification", event)?.method ?? null) : null;
}

/**
 * The conversation a browser may continue: its token must name it, and a conversation verified
 * by the host site's signed-in identity is only continued by that same identity, so someone
 * signing out of the shop does not leave their chat open to the next person at the computer.
 */
async function resumable(db: Db, workspace: Workspace, input: SessionInput, customer: Customer | null, secret: string, now: Date) {
  if (!input.resume) return null;
  const claims = verifyWidgetToken(input.resume.token, secret, now.getTime());
  if (!claims || claims.conversationId !== input.resume.conversationId || claims.workspaceId !== workspace.id) return null;
  const conversation = await db.conversation.findFirst({ where: { id: claims.conversationId, workspaceId: workspace.id }, include: { customer: true } });
  if (!conversation) return null;
  if (customer && conversation.customerId && conversation.customerId !== customer.id) return null;
  if (!customer && conversation.customerId && (await verificationMethod(db, conversation.id)) === "identity_hash") return null;
  return conversation;
}

export async function openWidgetSession(
  db: Db,
  input: SessionInput,
  secret: string,
  now = new Date(),
  admitNewChat?: NewChatAdmission,
): Promise<SessionOutcome> {
  const workspace = await db.workspace.findUnique({ where: { slug: input.workspace } });
  if (!workspace) return { ok: false, status: 404, error: `No workspace is called "${input.workspace}".` };
  const settings = parseWorkspaceSettings(workspace);
  let identified = await identifiedCustomer(db, workspace, input);
  if (identified) {
    const profiled = await applyProfile(db, identified, input);
    if (!profiled.ok) return { ok: false, status: 400, error: profiled.error };
    identified = profiled.customer;
  }
  const previous = await resumable(db, workspace, input, identified, secret, now);
  const page = { pageUrl: input.pageUrl ?? null, pageTitle: input.pageTitle ?? null };

  let conversation: Conversation;
  let customer: Customer | null;
  if (previous) {
    customer = previous.customer ?? identified;
    conversation = await db.conversation.update({
      where: { id: previous.id },
      // The brief shows the page the customer is on now, not only the one they started on.
      data: { ...page, ...(customer && !previous.customerId ? { customerId: customer.id } : {}) },
    });
    if (identified && !previous.customerId) {
      await appendEvent(db, {
        workspaceId: workspace.id,
        conversationId: conversation.id,
        type: "verification",
        payload: { method: "identity_hash", customerId: identified.id, verified: true },
        actor: { type: "customer" },
      });
    }
  } else {
    customer = identified;
    const language = pickLanguage([customer?.language, input.language], settings.widget.languages);
    const admission = admitNewChat ? await admitNewChat(workspace.id) : { allowed: true as const };
    if (!admission.allowed) {
      const retryAfterSeconds = Math.ceil(admission.retryAfterMs / 1000);
      const error = format(translations[language].tooManyChats, { minutes: Math.ceil(retryAfterSeconds / 60) });
      return { ok: false, status: 429, error, retryAfterSeconds };
    }
    conversation = await db.conversation.create({
      data: { workspaceId: workspace.id, customerId: customer?.id ?? null, language, ...page, createdAt: now },
    });
    await appendEvent(db, {
      workspaceId: workspace.id,
      conversationId: conversation.id,
      type: "conversation_started",
      payload: { channel: "chat", language, ...page, identified: Boolean(customer) },
      actor: { type: "customer" },
      at: now,
    });
    if (customer) {
      await appendEvent(db, {
        workspaceId: workspace.id,
        conversationId: conversation.id,
        type: "verification",
        payload: { method: "identity_hash", customerId: customer.id, verified: true },
        actor: { type: "customer" },
        at: now,
      });
    }
  }

  // The conversation's language started as the browser's and follows the language the customer
  // writes in, so it outranks the browser's when a chat is resumed.
  const language = pickLanguage([conversation.language, input.language, customer?.language], settings.widget.languages);
  const strings = translations[language];
  const expiresAt = now.getTime() + TOKEN_TTL_MS;
  const humansOnline = await db.user.count({ where: { workspaceId: workspace.id, presence: "online" } });
  // The workspace's greeting is written in its first language; other languages get the
  // widget's own translation rather than a greeting the customer may not read.
  const greeting = language === settings.widget.languages[0] ? settings.widget.greeting : strings.greeting;
  return {
    ok: true,
    session: {
      conversationId: conversation.id,
      token: issueWidgetToken({ conversationId: conversation.id, workspaceId: workspace.id, expiresAt }, secret),
      expiresAt,
      resumed: Boolean(previous),
      status: conversation.status,
      language,
      settings: { color: settings.widget.color, position: settings.widget.position, greeting, languages: settings.widget.languages, assistantName: settings.widget.assistantName, typingPreview: settings.widget.typingPreview },
      strings,
      customer: conversation.customerId && customer ? { name: firstName(customer.name), verified: true } : { verified: false },
      availability: { withinHours: isWithinBusinessHours(settings.businessHours, workspace.timezone, now), humansOnline },
    },
  };
}
