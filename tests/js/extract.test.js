// The injected scripts (Readability, pagetext.js, extract.js) run in a jsdom window, as
// chrome.scripting would inject them into a page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { inject } from "./helpers.js";

const SCRIPTS = [
  "vendor/readability/Readability.js",
  "vendor/readability/Readability-readerable.js",
  "content/pagetext.js",
  "content/extract.js",
];

// A synthetic news page: navigation, an article of several paragraphs, a sidebar, a footer.
const paragraph = (n) =>
  `<p>Paragraph ${n} of the harbour story. The ferry commission met on Monday and argued about the budget, ` +
  `the timetable and the new pier for most of the afternoon, while residents waited outside in the rain.</p>`;
const ARTICLE_PAGE = `<!doctype html><html lang="en-GB"><head><title>Ferry plan approved after a long night of debate | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Jo Reporter"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry plan approved after a long night of debate</h1>
<p class="byline">By Jo Reporter</p>
${[1, 2, 3, 4, 5, 6].map(paragraph).join("\n")}
<p>“This is the most important vote in a decade,” said Commissioner Dana <em>Whitfield</em>.<br>She left early.</p>
<script>var tracking = "never extracted";</script>
</article>
<aside>Most read: <a href="/x">Cats</a></aside><footer>© Harbour Times</footer></body></html>`;

const LOGIN_PAGE = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
<form><label>Email <input></label><label>Password <input type="password"></label><button>Sign in</button></form>
<p>Forgot your password?</p></body></html>`;

function extract(html, mode = "page", url = "https://news.example/ferry") {
  const dom = new JSDOM(html, { url, runScripts: "outside-only" });
  inject(dom.window, ...SCRIPTS);
  return { result: dom.window.newsbriefExtract(mode), window: dom.window };
}

test("an article comes out as paragraphs with its metadata", () => {
  const { result } = extract(ARTICLE_PAGE);
  assert.equal(result.source, "readability");
  assert.equal(result.title, "Ferry plan approved after a long night of debate");
  assert.equal(result.siteName, "Harbour Times");
  assert.equal(result.lang, "en-GB");
  assert.equal(result.url, "https://news.example/ferry");
  const paragraphs = result.text.split("\n\n");
  assert.ok(paragraphs.length >= 7, `paragraphs: ${paragraphs.length}`);
  assert.ok(paragraphs.some((p) => p.startsWith("Paragraph 1 of the harbour story.")));
  assert.ok(result.text.includes("said Commissioner Dana Whitfield."), "inline elements keep their words together");
  assert.ok(!result.text.includes("Most read"), "the sidebar is not the article");
  assert.ok(!result.text.includes("never extracted"), "scripts are not text");
  assert.ok(!/ {2}|\n{3}/.test(result.text), "whitespace is tidy");
  assert.ok(result.words > 200);
});

test("Readability finding no article falls back to the visible text", () => {
  const { result } = extract(LOGIN_PAGE);
  assert.equal(result.source, "visible");
  assert.ok(result.text.includes("Forgot your password?"));
  assert.ok(result.words < 20);
});

test("selection mode takes only the selected text", () => {
  const dom = new JSDOM(ARTICLE_PAGE, { url: "https://news.example/ferry", runScripts: "outside-only" });
  inject(dom.window, ...SCRIPTS);
  const paragraphs = dom.window.document.querySelectorAll("article p");
  const range = dom.window.document.createRange();
  range.setStart(paragraphs[2].firstChild, 0);
  range.setEnd(paragraphs[3].firstChild, 11);
  dom.window.getSelection().addRange(range);
  const result = dom.window.newsbriefExtract("selection");
  assert.equal(result.source, "selection");
  assert.ok(result.text.startsWith("Paragraph 2 of the harbour story."));
  assert.ok(result.text.endsWith("Paragraph 3"));
  assert.ok(!result.text.includes("Paragraph 4"));
});

test("blockText separates blocks and line breaks, tidy collapses the rest", () => {
  const dom = new JSDOM("<div><h2>Head</h2>one <b>two</b><br>three<ul><li>a</li><li>b</li></ul></div>", {
    runScripts: "outside-only",
  });
  inject(dom.window, "content/pagetext.js");
  const { blockText, tidy, linesAsParagraphs } = dom.window.NewsBriefPageText;
  assert.equal(blockText(dom.window.document.body), "Head\n\none two\n\nthree\n\na\n\nb");
  assert.equal(tidy("  a \n b \n\n\n c  "), "a b\n\nc");
  assert.equal(linesAsParagraphs("x\ny\r\n\r\nz"), "x\n\ny\n\nz");
});
