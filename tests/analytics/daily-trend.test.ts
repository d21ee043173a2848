import { test } from "node:test";
import assert from "node:assert/strict";
import { factsOf } from "../../lib/analytics/conversation-facts";
import { dailyTrend } from "../../lib/analytics/daily-trend";
import { calmTurn } from "../fixtures/turn-signals";
import { EventLog } from "./event-log";

const DAY = 24 * 60;

function sentiment(log: EventLog, conversationId: string, minute: number, score: number) {
  log.event(conversationId, minute, "turn_signals", { messageId: `${conversationId}-${minute}`, signals: calmTurn({ sentiment: score, sentimentTrajectory: [score] }), sentimentLabel: "neutral" });
}

test("CSAT and sentiment per day, quiet days included", () => {
  const log = new EventLog();
  log.conversation("A", "free").rate(5, 5);
  sentiment(log, "A", 0, 0.5);
  sentiment(log, "A", 1, -0.1);
  log.conversation("B", "pro").rate(30, 2);
  sentiment(log, "B", 0, -0.6);
  // Rated the next day, but counted on the day the conversation started.
  log.conversation("C", "pro", 2 * DAY + 10).rate(3 * DAY, 4);
  const trend = dailyTrend(factsOf(log.dataset), { start: new Date("2026-11-02T00:00:00Z"), end: new Date("2026-11-05T00:00:00Z") });
  assert.deepEqual(
    trend.map((d) => [d.day, d.ratings, d.averageCsat, d.scoredTurns, d.averageSentiment === null ? null : Number(d.averageSentiment.toFixed(4))]),
    [
      ["2026-11-02", 2, 3.5, 3, -0.0667],
      ["2026-11-03", 0, null, 0, null],
      ["2026-11-04", 1, 4, 0, null],
    ],
  );
});
