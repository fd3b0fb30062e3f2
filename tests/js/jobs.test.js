// The service worker's job logic with a fake chrome.* (tests/js/fakechrome.js).
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { installFakeChrome, jsonResponse } from "./fakechrome.js";
import { ARTICLE_TEXT, sampleEntry } from "./helpers.js";

const ARTICLE_URL = "https://news.example/ferry";
const LONG_TEXT = `${ARTICLE_TEXT}\n\n${"More reporting on the ferry plan and its budget. ".repeat(20)}`;
let calls;
let serverAnswer;

function extracted(mode) {
  const text = mode === "selection" ? "Mayor Ortiz said the council would review the budget next month." : LONG_TEXT;
  return {
    title: "Ferry plan",
    url: ARTICLE_URL,
    lang: "en",
    text,
    source: mode === "selection" ? "selection" : "readability",
  };
}

beforeEach(() => {
  serverAnswer = () => jsonResponse(200, sampleEntry().response);
  calls = installFakeChrome({
    tabs: { 1: ARTICLE_URL, 2: "https://news.example/other" },
    page: (_tabId, mode) => extracted(mode),
    server: (url, init) => serverAnswer(url, init),
  });
});

const { analyzeTab } = await import("../../extension/sw/jobs.js");
const { onMenuClicked } = await import("../../extension/sw/menus.js");

test("a page is extracted, posted once with the settings, cached, and served from the cache after", async () => {
  const progress = [];
  const first = await analyzeTab({ tabId: 1, mode: "auto" }, (p) => progress.push(p.phase));
  assert.equal(first.cached, false);
  assert.deepEqual(progress, ["extracting", "analyzing"]);
  assert.equal(calls.fetch.length, 1);
  assert.equal(calls.fetch[0].url, "http://127.0.0.1:8765/api/v1/analyze");
  assert.equal(calls.fetch[0].body.text, LONG_TEXT);
  assert.deepEqual(calls.fetch[0].body.options, { summary_length: "short" });
  const again = await analyzeTab({ tabId: 1, mode: "auto" });
  assert.equal(again.cached, true);
  assert.equal(calls.fetch.length, 1, "no second request");
  assert.deepEqual(again.entry.response, first.entry.response);
  const record = (await globalThis.chrome.storage.session.get("tab:1"))["tab:1"];
  assert.equal(record.phase, "done");
  assert.equal(record.pending, undefined, "the article text is not kept in the tab record once done");
});

test("force re-analyses; the same text in another tab is a cache hit", async () => {
  await analyzeTab({ tabId: 1, mode: "page" });
  await analyzeTab({ tabId: 1, mode: "page", force: true });
  assert.equal(calls.fetch.length, 2);
  const other = await analyzeTab({ tabId: 2, mode: "page" });
  assert.equal(other.cached, true, "same URL, text and settings: same key");
});

test("two requests for one tab share one job", async () => {
  const [a, b] = await Promise.all([analyzeTab({ tabId: 1 }), analyzeTab({ tabId: 1 })]);
  assert.equal(calls.fetch.length, 1);
  assert.equal(a.key, b.key);
});

test("a failure is stored on the tab record and thrown as a Failure", async () => {
  serverAnswer = () => jsonResponse(503, { error: { code: "model_unavailable", message: "No model installed." } });
  await assert.rejects(analyzeTab({ tabId: 1 }), (error) => {
    assert.deepEqual(error.record, { kind: "server_error", status: 503, message: "No model installed." });
    return true;
  });
  const record = (await globalThis.chrome.storage.session.get("tab:1"))["tab:1"];
  assert.equal(record.phase, "error");
  assert.equal(record.error.status, 503);
  assert.deepEqual(calls.badges.at(-1), { tabId: 1, text: "!" });
});

test("an unreachable server is server_down; a malformed answer is bad_response", async () => {
  serverAnswer = () => {
    throw new TypeError("Failed to fetch");
  };
  await assert.rejects(analyzeTab({ tabId: 1 }), (error) => error.record.kind === "server_down");
  serverAnswer = () => jsonResponse(200, { summary: "nope" });
  await assert.rejects(analyzeTab({ tabId: 1 }), (error) => error.record.kind === "bad_response");
});

test("a server outside the manifest's hosts needs a granted permission first", async () => {
  await globalThis.chrome.storage.local.set({ settings: { serverUrl: "http://192.168.1.20:8765" } });
  await assert.rejects(analyzeTab({ tabId: 1 }), (error) => error.record.kind === "permission");
  assert.equal(calls.fetch.length, 0);
});

test("a too-short page is not sent", async () => {
  calls = installFakeChrome({
    tabs: { 1: ARTICLE_URL },
    page: () => ({ url: ARTICLE_URL, text: "Sign in. Forgot your password?", source: "visible" }),
    server: () => jsonResponse(200, sampleEntry().response),
  });
  await assert.rejects(analyzeTab({ tabId: 1 }), (error) => {
    assert.deepEqual(error.record, { kind: "not_article", words: 5, mode: "page", source: "visible" });
    return true;
  });
  assert.equal(calls.fetch.length, 0);
});

test("the context menu on a selection analyses the selection in its frame and opens the popup", async () => {
  onMenuClicked(
    { menuItemId: "newsbrief-analyze", selectionText: "Mayor Ortiz said", frameId: 4 },
    { id: 1, windowId: 9 },
  );
  assert.deepEqual(calls.openPopup, [{ windowId: 9 }]);
  const joined = await analyzeTab({ tabId: 1, mode: "auto" });
  assert.equal(joined.entry.mode, "selection");
  assert.equal(calls.fetch.length, 1, "the popup joined the menu's job");
  assert.equal(calls.fetch[0].body.text, extracted("selection").text);
  const extraction = calls.executeScript.find((i) => i.func);
  assert.deepEqual(extraction.target, { tabId: 1, frameIds: [4] });
  assert.deepEqual(extraction.args, ["selection"]);
});

test("a failed selection is retried from what was selected, not from the page", async () => {
  serverAnswer = () => jsonResponse(500, { error: { code: "internal_error", message: "boom" } });
  await assert.rejects(analyzeTab({ tabId: 1, mode: "selection" }));
  serverAnswer = () => jsonResponse(200, sampleEntry().response);
  const retried = await analyzeTab({ tabId: 1, mode: "auto" });
  assert.equal(retried.entry.mode, "selection");
  assert.equal(calls.executeScript.filter((i) => i.func).length, 1, "the selection was read once");
  assert.equal(calls.fetch.at(-1).body.text, extracted("selection").text);
});
