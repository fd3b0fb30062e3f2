import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPassage } from "./helpers.js";

const P = await loadPassage();

/** The text a located place covers in the segments. */
function covered(segments, place) {
  if (place.startSegment === place.endSegment) {
    return segments[place.startSegment].slice(place.startOffset, place.endOffset);
  }
  const parts = [segments[place.startSegment].slice(place.startOffset)];
  for (let i = place.startSegment + 1; i < place.endSegment; i += 1) {
    parts.push(segments[i]);
  }
  parts.push(segments[place.endSegment].slice(0, place.endOffset));
  return parts.join("");
}

test("compact drops whitespace, soft hyphens and zero-width characters", () => {
  assert.equal(P.compact(" a\u00a0b\n\tc\u00add\u200be "), "abcde");
});

test("a passage is found across text nodes whatever the whitespace", () => {
  const segments = ["Intro.\n    The mayor ", "said", " the\u00a0plan\n was approved.", " Next."];
  const place = P.locate(segments, "The mayor said the plan was approved.");
  assert.equal(place.complete, true);
  assert.equal(place.startSegment, 0);
  assert.equal(place.endSegment, 2);
  assert.equal(covered(segments, place), "The mayor said the\u00a0plan\n was approved.");
});

test("the right occurrence is chosen when a passage repeats", () => {
  const segments = ["Yes. ", "No. ", "Yes. ", "Maybe. ", "Yes."];
  const place = P.locate(segments, "Yes.", { index: 1, count: 3 });
  assert.equal(place.startSegment, 2);
});

test("extra copies in the page are taken to come before the article", () => {
  assert.equal(P.pickOccurrence(3, 0, 1), 2); // teaser, share blurb, then the article
  assert.equal(P.pickOccurrence(2, 1, 2), 1);
  assert.equal(P.pickOccurrence(1, 1, 2), 0); // fewer in the page: the nearest one
  assert.equal(P.pickOccurrence(0, 0, 1), -1);
});

test("occurrenceOf counts copies before the offset in the text", () => {
  const text = "Go. Stop. Go. Go.";
  assert.deepEqual(P.occurrenceOf(text, 0, "Go."), { index: 0, count: 3 });
  assert.deepEqual(P.occurrenceOf(text, 10, "Go."), { index: 1, count: 3 });
  assert.deepEqual(P.occurrenceOf(text, 14, "Go."), { index: 2, count: 3 });
});

test("when the whole passage is not on the page, a long enough prefix still finds it", () => {
  const sentence =
    "A ".repeat(5) + "long sentence about the harbour budget that the page later edited, and more words here";
  const segments = [sentence.slice(0, 70) + " [edited]"];
  const place = P.locate(segments, sentence);
  assert.ok(place, "found by prefix");
  assert.equal(place.complete, false);
  assert.equal(P.locate(["nothing alike"], "A sentence that is not there at all"), null);
});

test("offsets stay right after astral characters", () => {
  const segments = ["🚢 Ferry news: ", "the plan 😀 passed."];
  const place = P.locate(segments, "plan 😀 passed");
  assert.equal(covered(segments, place), "plan 😀 passed");
});
