import assert from "node:assert/strict";
import { test } from "node:test";
import { codePointIndexer, codePointLength, sliceCodePoints } from "../../extension/lib/offsets.js";

test("without astral characters code points and UTF-16 agree", () => {
  const index = codePointIndexer("plain text");
  assert.equal(index(0), 0);
  assert.equal(index(5), 5);
  assert.equal(index(99), 10, "clamped to the end");
  assert.equal(index(-3), 0, "clamped to the start");
});

test("after an emoji, UTF-16 indexes run one ahead per emoji", () => {
  const text = "a😀b😀c";
  const index = codePointIndexer(text);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(index), [0, 1, 3, 4, 6, 7]);
  assert.equal(sliceCodePoints(text, 2, 5), "b😀c");
});

test("slices like Python does with the server's offsets", () => {
  // In Python: "🚢 Ship said hello"[2:6] == "Ship"
  assert.equal(sliceCodePoints("🚢 Ship said hello", 2, 6), "Ship");
  assert.equal(sliceCodePoints("é😀 ok", 3, 5), "ok");
});

test("codePointLength counts as Python's len", () => {
  assert.equal(codePointLength("abc"), 3);
  assert.equal(codePointLength("😀😀"), 2);
  assert.equal(codePointLength(""), 0);
});
