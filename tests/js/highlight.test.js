import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { inject } from "./helpers.js";

function page(body) {
  const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { runScripts: "outside-only" });
  const scrolled = [];
  dom.window.Element.prototype.scrollIntoView = function scrollIntoView() {
    scrolled.push(this);
  };
  inject(dom.window, "content/passage.js", "content/highlight.js");
  return { window: dom.window, scrolled };
}

test("finds a passage split over elements, selects it (no CSS highlights in jsdom) and scrolls to it", () => {
  const { window, scrolled } = page(
    "<p>Teaser: the mayor said no.</p><article><p>Then <a>the mayor</a> said\n  no.</p></article><script>the mayor said no.</script>",
  );
  const result = window.newsbriefHighlight("the mayor said no.", { index: 0, count: 1 }, { smooth: false });
  assert.equal(result.found, true);
  assert.equal(result.complete, true);
  assert.equal(result.text, "the mayor said\n  no.");
  assert.equal(window.getSelection().toString(), "the mayor said\n  no.");
  assert.equal(scrolled.length, 1);
  assert.ok(scrolled[0].closest("article"), "the article's copy, not the teaser");
});

test("highlighting off scrolls without selecting", () => {
  const { window, scrolled } = page("<p>One passage here.</p>");
  const result = window.newsbriefHighlight("One passage here.", { index: 0, count: 1 }, { highlight: false });
  assert.equal(result.found, true);
  assert.equal(window.getSelection().rangeCount, 0);
  assert.equal(scrolled.length, 1);
});

test("a passage not in the page is reported, not guessed", () => {
  const { window, scrolled } = page("<p>Something else entirely.</p>");
  assert.deepEqual({ ...window.newsbriefHighlight("The mayor resigned.", { index: 0, count: 1 }) }, { found: false });
  assert.equal(scrolled.length, 0);
});
