import assert from "node:assert/strict";
import { test } from "node:test";
import { buildView } from "../../extension/lib/view.js";
import { ARTICLE_TEXT, loadPassage, sampleEntry } from "./helpers.js";

const P = await loadPassage();

test("passages come from the sent text through code-point offsets (after an emoji)", () => {
  const view = buildView(sampleEntry(), P);
  assert.equal(view.summary[0].passage.text, view.summary[0].text);
  const direct = view.quotes[1];
  assert.equal(direct.passage.text, "This is the most important vote in a decade,");
  assert.ok(ARTICLE_TEXT.includes(direct.passage.text));
  assert.deepEqual(view.actors.top[0].passage, { text: "Dana Whitfield", occurrence: { index: 0, count: 1 } });
});

test("a passage that repeats in the text knows which copy it is", () => {
  const entry = sampleEntry();
  // "said" occurs four times; the cue of the second quote is the second one.
  entry.response.summary.sentences = [{ text: "said", ...entry.response.quotes[1].cue, score: 1 }];
  assert.deepEqual(buildView(entry, P).summary[0].passage.occurrence, { index: 1, count: 4 });
});

test("actors: kind labels, roles, the top ones first and the rest behind 'more'", () => {
  const view = buildView(sampleEntry(), P, { topActors: 1 });
  assert.deepEqual(
    view.actors.top.map((a) => [a.name, a.kindLabel, a.roles, a.quoteCount]),
    [["Dana Whitfield", "Person", ["Harbour Commissioner"], 2]],
  );
  assert.deepEqual(
    view.actors.rest.map((a) => a.name),
    ["Ortiz"],
  );
});

test("quotes carry speaker, role and cue; the filter lists speakers, unattributed last", () => {
  const view = buildView(sampleEntry(), P);
  assert.deepEqual(
    view.quotes.map((q) => [q.speaker, q.role, q.cue, q.kind]),
    [
      ["Dana Whitfield", "Harbour Commissioner", "said", "indirect"],
      ["Dana Whitfield", "Harbour Commissioner", "said", "direct"],
      ["Ortiz", "Mayor", null, "direct"],
      [null, null, null, "indirect"],
    ],
  );
  assert.deepEqual(
    view.speakers.map((s) => [s.id, s.name, s.count]),
    [
      ["a1", "Dana Whitfield", 2],
      ["a2", "Ortiz", 1],
      ["", "Unattributed", 1],
    ],
  );
});

test("a non-English page gets one language warning; other server warnings pass through", () => {
  const entry = sampleEntry();
  entry.request.lang = "fr";
  entry.response.meta.language = "fr";
  entry.response.meta.warnings = [
    "The text looks like language 'fr', not English: the analysis is built for English and may be wrong.",
    "The article has 2 usable sentence(s); 3 were asked for.",
  ];
  const warnings = buildView(entry, P).warnings;
  assert.equal(warnings.length, 2);
  assert.equal(warnings[0].kind, "language");
  assert.match(warnings[0].text, /not seem to be in English \(it looks like “fr”\)/);
  assert.equal(warnings[1].kind, "server");
});

test("an English page has no language warning; a page declared French has one", () => {
  assert.deepEqual(buildView(sampleEntry(), P).warnings, []);
  const entry = sampleEntry();
  entry.request.lang = "fr-FR";
  assert.equal(buildView(entry, P).warnings[0].kind, "language");
});

test("empty results give empty lists, not errors", () => {
  const entry = sampleEntry();
  entry.response = { ...entry.response, summary: { method: "auto", sentences: [] }, actors: [], quotes: [] };
  const view = buildView(entry, P);
  assert.deepEqual([view.summary, view.actors.top, view.quotes, view.speakers], [[], [], [], []]);
});
