import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_TEXT_CHARS, buildAnalyzeRequest } from "../../extension/lib/request.js";

const page = {
  text: "First paragraph.\n\nSecond paragraph.",
  title: "A title",
  url: "https://news.example/story",
  byline: "A. Writer",
  siteName: "Example News",
  lang: "en-GB",
};

test("the payload follows README 'The API'", () => {
  const { payload, notices } = buildAnalyzeRequest(page, { summaryLength: "medium" });
  assert.deepEqual(payload, {
    text: page.text,
    title: "A title",
    url: "https://news.example/story",
    byline: "A. Writer",
    site_name: "Example News",
    lang: "en-GB",
    options: { summary_length: "medium" },
  });
  assert.deepEqual(notices, []);
});

test("empty metadata is sent as null", () => {
  const { payload } = buildAnalyzeRequest({ text: "x", title: "  ", url: "" }, { summaryLength: "short" });
  assert.equal(payload.title, null);
  assert.equal(payload.url, null);
  assert.equal(payload.byline, null);
});

test("a text over the server's limit is cut at a paragraph, with a notice", () => {
  const paragraph = "word ".repeat(999) + "end.";
  const text = Array.from({ length: 70 }, () => paragraph).join("\n\n");
  assert.ok(text.length > MAX_TEXT_CHARS);
  const { payload, notices } = buildAnalyzeRequest({ ...page, text }, { summaryLength: "short" });
  assert.ok(Array.from(payload.text).length <= MAX_TEXT_CHARS);
  assert.ok(payload.text.endsWith("end."), "cut at a paragraph break");
  assert.equal(notices.length, 1);
  assert.match(notices[0], /first [\d,]+ characters/);
});

test("the limit counts code points, as the server does", () => {
  const text = "😀".repeat(MAX_TEXT_CHARS); // 600,000 UTF-16 units, 300,000 code points
  const { payload, notices } = buildAnalyzeRequest({ ...page, text }, { summaryLength: "short" });
  assert.equal(payload.text, text);
  assert.deepEqual(notices, []);
});

test("a long title is shortened to the server's limit", () => {
  const { payload } = buildAnalyzeRequest({ ...page, title: "t".repeat(1500) }, { summaryLength: "short" });
  assert.equal(payload.title.length, 1000);
});

test("a page without an article is analysed whole, with a notice saying so", () => {
  const { notices } = buildAnalyzeRequest({ ...page, source: "visible" }, { summaryLength: "short" });
  assert.equal(notices.length, 1);
  assert.match(notices[0], /No article was found/);
  assert.deepEqual(buildAnalyzeRequest({ ...page, source: "readability" }, { summaryLength: "short" }).notices, []);
});
