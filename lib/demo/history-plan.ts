import type { ScriptedConversation } from "../agents/scripted-conversations";
import type { ResolutionOutcome } from "../console/staff-actions";
import { between, pick, seededRandom } from "../seeded-random";
import { isWithinBusinessHours } from "../workspace/business-hours";
import type { BusinessHours } from "../workspace/settings";

/**
 * The plan of the demo workspace's past month: which scripted conversation each customer had and
 * when, and how the people and customers involved behaved around it (how soon someone answered,
 * how it ended, whether the customer rated it). Pure and seeded, so the history comes out the same
 * for the same moment; replaying it through the desk (history.ts) produces every stored row.
 */

export const HISTORY_DAYS = 30;
export const HISTORY_CONVERSATIONS = 240;
const HISTORY_SEED = 20261125;

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/**
 * The newest conversation starts this long before now, and a queued handoff is picked up at least
 * this long before now, so that the slowest reply, the work and the rating all land in the past.
 */
const NEWEST_START_BEFORE_NOW_MS = 2 * HOUR_MS;
const LATEST_PICKUP_BEFORE_NOW_MS = 45 * MINUTE_MS;

/** How many of a hundred customers start a chat in each local hour: mostly office hours, a few at night. */
const HOURLY_CONTACTS = [5, 3, 2, 2, 3, 8, 20, 40, 70, 100, 100, 100, 90, 100, 100, 95, 85, 70, 60, 55, 50, 40, 25, 12];
const WEEKEND_SHARE = 0.55;

/**
 * The scripts are a test set, far richer in handoffs than a real desk's day; conversations that
 * stay with the AI are drawn this many times as often, so the month looks like a desk's month.
 */
const CALM_SCRIPT_WEIGHT = 4;

/** How a person closes a conversation in the history; nobody there writes spam. */
export type HistoryOutcome = Exclude<ResolutionOutcome, "spam">;

export interface HistoryCustomer {
  externalId: string;
  tier: string;
  language: string;
}

export interface PlannedConversation {
  script: ScriptedConversation;
  /** The demo customer signed in to the shop, or null for a visitor who never proved who they are. */
  customerExternalId: string | null;
  startAt: Date;
  /** The customer's pause before each turn after the first. */
  turnGapsSeconds: number[];
  /** After a handoff to a named person: how long until their first reply. */
  assignedReplySeconds: number;
  /** After a handoff nobody could take at once: how long it waited, counted from when the team was working. */
  queuePickupSeconds: number;
  /** From claiming a queued conversation to the first reply. */
  claimedReplySeconds: number;
  /** From the first reply to resolving it. */
  workSeconds: number;
  outcome: HistoryOutcome;
  /** Whether a customer whom a person helped rates the chat afterwards (every AI-only customer does). */
  ratesAfterHandoff: boolean;
  ratingDelaySeconds: number;
  /** A uniform draw in [0, 1) that csatScore turns into the rating. */
  ratingDraw: number;
  /** A uniform draw in [0, 1) that picks the wording of the person's reply. */
  replyDraw: number;
}

function localClock(at: Date, timezone: string): { hour: number; weekend: boolean } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: timezone, weekday: "short", hour: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const weekday = parts.find((p) => p.type === "weekday")!.value;
  return { hour: Number(parts.find((p) => p.type === "hour")!.value), weekend: weekday === "Sat" || weekday === "Sun" };
}

/** How likely a customer is to start a chat at this moment, relative to a weekday's busiest hour (0..1]. */
export function contactWeight(at: Date, timezone: string): number {
  const { hour, weekend } = localClock(at, timezone);
  return (HOURLY_CONTACTS[hour]! / 100) * (weekend ? WEEKEND_SHARE : 1);
}

/** `count` moments between `from` and `to`, oldest first, as dense as contactWeight says (rejection sampling). */
export function contactMoments(random: () => number, count: number, from: Date, to: Date, timezone: string): Date[] {
  const span = to.getTime() - from.getTime();
  const moments: Date[] = [];
  while (moments.length < count) {
    const at = new Date(from.getTime() + Math.floor(random() * span));
    if (random() < contactWeight(at, timezone)) moments.push(at);
  }
  return moments.sort((a, b) => a.getTime() - b.getTime());
}

/** The first moment at or after `from` when the workspace is open, to the quarter hour; null when it never opens. */
export function nextOpening(hours: BusinessHours, timezone: string, from: Date): Date | null {
  const step = 15 * MINUTE_MS;
  const first = Math.ceil(from.getTime() / step) * step;
  for (let t = first; t < from.getTime() + 8 * DAY_MS; t += step) {
    if (isWithinBusinessHours(hours, timezone, new Date(t))) return new Date(t);
  }
  return null;
}

const CSAT_BY_OUTCOME: Record<HistoryOutcome | "ai_only", readonly number[]> = {
  // Shares of the scores 1..5, in percent.
  ai_only: [3, 5, 12, 35, 45],
  solved: [2, 3, 10, 35, 50],
  no_action_needed: [2, 5, 20, 40, 33],
  not_solved: [30, 35, 25, 8, 2],
  duplicate: [5, 10, 40, 30, 15],
};

/** The rating a customer gives, from a uniform draw, by how the conversation ended. */
export function csatScore(draw: number, ending: HistoryOutcome | "ai_only"): number {
  const shares = CSAT_BY_OUTCOME[ending];
  let cumulative = 0;
  for (const [index, share] of shares.entries()) {
    cumulative += share / 100;
    if (draw < cumulative) return index + 1;
  }
  return shares.length;
}

const OUTCOMES: readonly HistoryOutcome[] = [
  ...Array<HistoryOutcome>(13).fill("solved"),
  ...Array<HistoryOutcome>(4).fill("no_action_needed"),
  ...Array<HistoryOutcome>(2).fill("not_solved"),
  "duplicate",
];

/** Mostly a few minutes; sometimes the team is busy, and now and then a reply is badly late. */
function replyDelaySeconds(random: () => number): number {
  const roll = random();
  if (roll < 0.7) return between(random, 20, 240);
  if (roll < 0.9) return between(random, 240, 720);
  return between(random, 720, 2700);
}

/** Demo customers who fit the script: same tier and language, else same tier, else anyone. */
function customerFor(random: () => number, script: ScriptedConversation, customers: readonly HistoryCustomer[]): string | null {
  if (!script.customer.verified || customers.length === 0) return null;
  const sameTier = customers.filter((c) => c.tier === script.customer.tier);
  const sameLanguage = sameTier.filter((c) => c.language === script.language);
  return pick(random, sameLanguage.length > 0 ? sameLanguage : sameTier.length > 0 ? sameTier : customers).externalId;
}

export function planHistory(input: {
  scripts: readonly ScriptedConversation[];
  customers: readonly HistoryCustomer[];
  timezone: string;
  now: Date;
}): PlannedConversation[] {
  const random = seededRandom(HISTORY_SEED);
  const weighted = input.scripts.flatMap((script) => Array<ScriptedConversation>(script.expect.escalate ? 1 : CALM_SCRIPT_WEIGHT).fill(script));
  const to = new Date(input.now.getTime() - NEWEST_START_BEFORE_NOW_MS);
  // From midnight UTC, so all of it falls in the supervisor pages' default period of whole days.
  const from = new Date(Math.floor(input.now.getTime() / DAY_MS) * DAY_MS - (HISTORY_DAYS - 1) * DAY_MS);
  return contactMoments(random, HISTORY_CONVERSATIONS, from, to, input.timezone).map((startAt) => {
    const script = pick(random, weighted);
    return {
      script,
      customerExternalId: customerFor(random, script, input.customers),
      startAt,
      turnGapsSeconds: script.turns.slice(1).map(() => between(random, 15, 120)),
      assignedReplySeconds: replyDelaySeconds(random),
      queuePickupSeconds: replyDelaySeconds(random),
      claimedReplySeconds: between(random, 20, 120),
      workSeconds: between(random, 120, 900),
      outcome: pick(random, OUTCOMES),
      ratesAfterHandoff: random() < 0.6,
      ratingDelaySeconds: between(random, 10, 180),
      ratingDraw: random(),
      replyDraw: random(),
    };
  });
}

export interface HumanTimeline {
  /** When a person claims it from the queue; null when routing assigned someone at the handoff. */
  claimAt: Date | null;
  replyAt: Date;
  resolveAt: Date;
  rateAt: Date;
}

/**
 * When the people around a handoff act. A conversation queued outside business hours waits for
 * the next opening; one that would still be waiting now is picked up a little before now instead,
 * so the history leaves nothing open in the inbox.
 */
export function humanTimeline(
  plan: PlannedConversation,
  handoff: { at: Date; assigned: boolean; reopensAt: Date | null },
  now: Date,
): HumanTimeline {
  const seconds = (n: number) => n * 1000;
  let claimAt: Date | null = null;
  let replyAt: Date;
  if (handoff.assigned) {
    replyAt = new Date(handoff.at.getTime() + seconds(plan.assignedReplySeconds));
  } else {
    const teamBack = Math.max(handoff.at.getTime(), handoff.reopensAt?.getTime() ?? handoff.at.getTime());
    const latest = Math.max(handoff.at.getTime() + MINUTE_MS, now.getTime() - LATEST_PICKUP_BEFORE_NOW_MS);
    claimAt = new Date(Math.min(teamBack + seconds(plan.queuePickupSeconds), latest));
    replyAt = new Date(claimAt.getTime() + seconds(plan.claimedReplySeconds));
  }
  const resolveAt = new Date(replyAt.getTime() + seconds(plan.workSeconds));
  return { claimAt, replyAt, resolveAt, rateAt: new Date(resolveAt.getTime() + seconds(plan.ratingDelaySeconds)) };
}
