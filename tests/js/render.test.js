// The popup's real HTML in jsdom, filled by render.js.
import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { describeError, failure } from "../../extension/lib/errors.js";
import { buildView } from "../../extension/lib/view.js";
import { filterQuotes, renderError, renderLoading, renderResults } from "../../extension/popup/render.js";
import { loadPassage, read, sampleEntry } from "./helpers.js";

const P = await loadPassage();

function popup() {
  // Scripts do not run: render.js is driven directly.
  return new JSDOM(read("extension", "popup", "popup.html")).window.document;
}

const visible = (doc, id) => !doc.getElementById(id).hidden;
const texts = (doc, selector) => [...doc.querySelectorAll(selector)].map((e) => e.textContent);

test("results: summary bullets, actors, quotes with speaker, role and cue", () => {
  const doc = popup();
  renderResults(doc, buildView(sampleEntry(), P, { topActors: 1 }), { cached: true });
  assert.equal(doc.body.dataset.state, "results");
  assert.ok(visible(doc, "results") && !visible(doc, "loading") && !visible(doc, "error"));
  assert.equal(doc.getElementById("copy").disabled, false);
  assert.deepEqual(texts(doc, "#summary-list button"), [
    "Harbour Commissioner Dana Whitfield 🚢 said the ferry plan was approved on Monday.",
  ]);
  assert.deepEqual(texts(doc, "#actor-list .actor-name"), ["Dana Whitfield"]);
  assert.deepEqual(texts(doc, "#actor-list .actor-roles"), ["Harbour Commissioner"]);
  assert.equal(doc.querySelector("#actor-list .actor-icon").title, "Person");
  assert.equal(doc.querySelector("#actor-list .actor-kind").textContent, " (person)");
  assert.deepEqual(texts(doc, "#actor-list .actor-quotes"), ["2 quotes"]);
  assert.deepEqual(texts(doc, "#actor-list-more .actor-name"), ["Ortiz"]);
  assert.equal(doc.getElementById("actors-more").hidden, false);
  assert.equal(doc.getElementById("actors-more-label").textContent, "1 more");
  assert.equal(doc.querySelectorAll("#quote-list > li").length, 4);
  const second = doc.querySelectorAll("#quote-list > li")[1];
  assert.equal(second.querySelector(".quote-text").textContent, "“This is the most important vote in a decade,”");
  assert.equal(second.querySelector(".quote-meta").textContent.trim(), "Dana Whitfield, Harbour Commissioner · said");
  assert.equal(doc.querySelectorAll("#quote-list > li")[3].querySelector(".quote-speaker").textContent, "Unattributed");
  assert.match(doc.getElementById("meta").textContent, /test-model · 13 ms · from this session's cache/);
});

test("every passage button carries what the page needs to find it", () => {
  const doc = popup();
  renderResults(doc, buildView(sampleEntry(), P));
  const buttons = [...doc.querySelectorAll("#results button.passage")];
  assert.ok(buttons.length >= 7);
  for (const button of buttons) {
    assert.ok(button.dataset.passage.length > 0);
    assert.ok(Number(button.dataset.occurrences) >= 1);
  }
});

test("the speaker filter hides other speakers' quotes and restores them", () => {
  const doc = popup();
  renderResults(doc, buildView(sampleEntry(), P));
  assert.equal(doc.getElementById("speaker-filter-label").hidden, false);
  assert.deepEqual(texts(doc, "#speaker-filter option"), [
    "All speakers (4)",
    "Dana Whitfield (2)",
    "Ortiz (1)",
    "Unattributed (1)",
  ]);
  const shown = () => [...doc.querySelectorAll("#quote-list > li")].filter((li) => !li.hidden).length;
  filterQuotes(doc, "a2");
  assert.equal(shown(), 1);
  filterQuotes(doc, "");
  assert.equal(shown(), 1);
  filterQuotes(doc, "*");
  assert.equal(shown(), 4);
});

test("hostile page or server strings stay text", () => {
  const entry = sampleEntry();
  entry.request.title = '<img src=x onerror="alert(1)">';
  entry.response.actors[0].name = "<b>Bold</b>";
  entry.response.quotes[0].text = "<script>alert(2)</script>";
  const doc = popup();
  renderResults(doc, buildView(entry, P));
  assert.equal(doc.querySelectorAll("#results img, #results b, #results script").length, 0);
  assert.equal(doc.getElementById("page-title").textContent, '<img src=x onerror="alert(1)">');
  assert.equal(doc.querySelector("#actor-list .actor-name").textContent, "<b>Bold</b>");
});

test("no actors and no quotes say so", () => {
  const entry = sampleEntry();
  entry.response = { ...entry.response, actors: [], quotes: [] };
  const doc = popup();
  renderResults(doc, buildView(entry, P));
  assert.deepEqual(texts(doc, "#actor-list li"), ["No actors found."]);
  assert.equal(doc.getElementById("no-quotes").hidden, false);
  assert.equal(doc.getElementById("speaker-filter-label").hidden, true);
});

test("error: title, message, the command to copy, and its buttons", () => {
  const doc = popup();
  renderError(doc, describeError(failure("server_down"), { serverUrl: "http://127.0.0.1:8765" }));
  assert.equal(doc.body.dataset.state, "error");
  assert.equal(doc.getElementById("error-title").textContent, "The NewsBrief server is not running");
  assert.equal(doc.getElementById("error-command").textContent, "newsbrief serve --port 8765");
  assert.ok(visible(doc, "error-command-box") && visible(doc, "retry") && visible(doc, "error-options"));
  assert.ok(!visible(doc, "grant"));
  assert.equal(doc.getElementById("copy").disabled, true);
  renderError(doc, describeError(failure("timeout", { seconds: 2 }), { serverUrl: "http://127.0.0.1:8765" }));
  assert.ok(!visible(doc, "error-command-box"), "no stale command from the previous error");
});

test("loading: the current step is marked and the detail counts words and seconds", () => {
  const doc = popup();
  renderLoading(doc, { phase: "analyzing", words: 1234, server: "http://127.0.0.1:8765", since: 1000 }, 3500);
  assert.equal(doc.body.dataset.state, "loading");
  assert.equal(doc.getElementById("step-extract").className, "done");
  assert.equal(doc.getElementById("step-analyze").className, "active");
  assert.equal(doc.getElementById("step-analyze").getAttribute("aria-current"), "step");
  assert.equal(doc.getElementById("loading-detail").textContent, "1,234 words sent to http://127.0.0.1:8765 · 2.5 s");
});
