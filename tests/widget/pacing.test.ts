import { test } from "node:test";
import assert from "node:assert/strict";
import { readingPace, revealedLength } from "../../lib/widget/pacing";

const reply =
  "You can return anything within 30 days of delivery. Start from Orders, choose the item and pick a reason; " +
  "we email a prepaid label and refund the card you paid with once the parcel is scanned.";

/** Shows `chunks` as they arrive (all at once, as the desk sends them) and ticks every `tickMs`. */
function play(chunks: string[], tickMs: number) {
  let received = "";
  let shown = 0;
  const frames: number[] = [];
  for (const chunk of chunks) received += chunk;
  while (shown < received.length && frames.length < 10_000) {
    shown = revealedLength(received, shown, tickMs);
    frames.push(shown);
  }
  return { received, shown, frames };
}

test("a reply that arrived in one burst is revealed over many steps, ending with every character", () => {
  const chunks = reply.match(/.{1,16}/gs)!;
  const { received, shown, frames } = play(chunks, 50);
  assert.equal(shown, received.length);
  assert.equal(received, reply, "no chunk is lost on the way");
  assert.ok(frames.length >= 10, `revealed in ${frames.length} steps, not at once`);
  for (let i = 1; i < frames.length; i++) assert.ok(frames[i]! >= frames[i - 1]!, "what is shown never shrinks");
});

test("every intermediate step ends on a whole word", () => {
  const { frames } = play([reply], 50);
  for (const at of frames.slice(0, -1)) {
    assert.ok(/\s/.test(reply[at - 1]!) || /\s/.test(reply[at]!), `step ending at ${at} ("${reply.slice(Math.max(0, at - 10), at)}|") splits a word`);
  }
});

test("the pace stays between the slowest and fastest rates", () => {
  const long = "word ".repeat(2000);
  const afterOneSecond = revealedLength(long, 0, 1000);
  assert.ok(afterOneSecond <= readingPace.maxCharsPerSecond + readingPace.longestWord, `${afterOneSecond} characters in one second`);
  const short = "Yes, it has shipped.";
  assert.equal(revealedLength(short, 0, 1000), short.length, "a short answer is complete within a second");
  assert.ok(revealedLength(short, 0, 100) < short.length, "but still appears over a few steps");
});

test("nothing is revealed without time passing, and never more than was received", () => {
  assert.equal(revealedLength(reply, 10, 0), 10);
  assert.equal(revealedLength(reply, reply.length, 500), reply.length);
  assert.equal(revealedLength("Hi", 0, 60_000), 2);
  assert.equal(revealedLength(reply, reply.length + 5, 10), reply.length, "a count beyond the text is clamped to it");
});

test("a word longer than the limit is cut rather than held back", () => {
  const url = "See https://example.com/" + "a".repeat(200) + " for details";
  const next = revealedLength(url, 4, 100);
  assert.ok(next > 4 && next < 60, `revealed up to ${next}`);
});
