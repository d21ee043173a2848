import { test } from "node:test";
import assert from "node:assert/strict";
import { assessFrustration, sentimentLabel } from "../../lib/signals/frustration";
import { scoreSentiment } from "../../lib/signals/sentiment";

const cueKinds = (messages: string[]) => assessFrustration(messages).cues.map((cue) => cue.cue);

test("a calm question raises no cues", () => {
  assert.deepEqual(assessFrustration(["Hi, can you tell me when my order ships?"]), { score: 0, cues: [] });
  assert.deepEqual(assessFrustration([]), { score: 0, cues: [] });
});

test("repeating an earlier message raises frustration and quotes it", () => {
  const first = assessFrustration(["Where is my order 4512?", "It was due on Monday"]);
  const repeated = assessFrustration(["Where is my order 4512?", "It was due on Monday", "where is my order #4512"]);
  assert.ok(repeated.score > first.score);
  const cue = repeated.cues.find((c) => c.cue === "repetition");
  assert.ok(cue?.evidence.includes("Where is my order 4512?"));
});

test("'third time' and 'still not' phrases are cues", () => {
  assert.ok(cueKinds(["This is the third time I'm asking about this"]).includes("asked_again"));
  assert.ok(cueKinds(["my refund has still not arrived"]).includes("repeat_phrase"));
});

test("shouting, swearing and threats to leave are each recognised with evidence", () => {
  assert.ok(cueKinds(["WHY HAS NOBODY ANSWERED MY EMAIL"]).includes("shouting"));
  const profane = assessFrustration(["this is fucking ridiculous"]);
  assert.ok(profane.cues.some((c) => c.cue === "profanity" && c.evidence.includes("fucking")));
  for (const threat of ["I'm going to file a chargeback", "I will talk to my lawyer", "fix it or I'll cancel my subscription"]) {
    assert.ok(cueKinds([threat]).includes("threat_to_leave"), threat);
  }
  assert.ok(!cueKinds(["I'd like to cancel my order please"]).includes("threat_to_leave"));
});

test("a mood that keeps getting worse is a cue even without strong words", () => {
  const messages = ["Thanks, that's great", "hmm, the link isn't working", "still nothing, this is annoying and frustrating"];
  assert.ok(cueKinds(messages).includes("negative_drift"));
  assert.ok(!cueKinds(["this is annoying", "hmm, the link isn't working", "Thanks, that's great"]).includes("negative_drift"));
});

test("more cues mean a higher score, capped at 1", () => {
  const mild = assessFrustration(["my refund has still not arrived"]).score;
  const severe = assessFrustration([
    "where is my refund",
    "WHERE IS MY REFUND, THIS IS THE THIRD TIME, I'M CALLING MY LAWYER, THIS IS BULLSHIT",
  ]).score;
  assert.ok(severe > mild);
  assert.ok(severe <= 1);
});

test("sentimentLabel turns score and cues into the console's mood", () => {
  const label = (messages: string[]) => sentimentLabel(scoreSentiment(messages.at(-1)!).score, assessFrustration(messages).cues);
  assert.equal(label(["Thank you so much, that was really helpful!"]), "positive");
  assert.equal(label(["Can I change the delivery address?"]), "neutral");
  assert.equal(label(["Where is my order?", "Where is my order??"]), "frustrated");
  assert.equal(label(["Refund me now or I'm filing a chargeback, you scammers"]), "angry");
});

test("'third time' and 'still not' phrases are cues in Spanish, French and German", () => {
  for (const text of ["Por tercera vez, ¿cuándo llega mi reembolso?", "C'est la troisième fois que je demande", "Zum dritten Mal: wo ist meine Bestellung?"]) {
    assert.ok(cueKinds([text]).includes("asked_again"), text);
  }
  assert.ok(cueKinds(["mi pedido sigue sin llegar"]).includes("repeat_phrase"));
});
