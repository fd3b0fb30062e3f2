import assert from "node:assert/strict";
import { test } from "node:test";
import { analysisProblem, apiErrorMessage } from "../../extension/lib/response.js";
import { sampleEntry } from "./helpers.js";

test("a well-formed analysis passes", () => {
  assert.equal(analysisProblem(sampleEntry().response), null);
});

test("malformed answers are named", () => {
  const good = sampleEntry().response;
  assert.match(analysisProblem(null), /not a JSON object/);
  assert.match(analysisProblem([]), /not a JSON object/);
  assert.match(analysisProblem({ ...good, summary: {} }), /summary/);
  assert.match(analysisProblem({ ...good, quotes: undefined }), /actors, quotes or meta/);
  assert.match(analysisProblem({ ...good, quotes: [{ text: "x", start_char: -1, end_char: 2 }] }), /offsets/);
  assert.match(analysisProblem({ ...good, actors: [{ id: 1 }] }), /actor/);
});

test("API error bodies give their message", () => {
  assert.equal(apiErrorMessage({ error: { code: "x", message: "text: required" } }), "text: required");
  assert.equal(apiErrorMessage({ error: "nope" }), null);
  assert.equal(apiErrorMessage("<html>"), null);
});
