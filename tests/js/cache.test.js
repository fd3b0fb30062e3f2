import assert from "node:assert/strict";
import { test } from "node:test";
import { cacheKey, sha256Hex, tabKey, touch } from "../../extension/lib/cache.js";

const base = {
  url: "https://news.example/a",
  text: "Some text.",
  summaryLength: "short",
  serverUrl: "http://127.0.0.1:8765",
};

test("sha256Hex matches the standard test vector", async () => {
  assert.equal(await sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("the same request gives the same key", async () => {
  assert.equal(await cacheKey(base), await cacheKey({ ...base }));
  assert.match(await cacheKey(base), /^result:[0-9a-f]{40}$/);
});

test("text, URL, summary length and server each change the key", async () => {
  const keys = await Promise.all([
    cacheKey(base),
    cacheKey({ ...base, text: "Some text!" }),
    cacheKey({ ...base, url: "https://news.example/b" }),
    cacheKey({ ...base, summaryLength: "long" }),
    cacheKey({ ...base, serverUrl: "http://localhost:9000" }),
  ]);
  assert.equal(new Set(keys).size, keys.length);
});

test("fields cannot run into each other", async () => {
  const a = await cacheKey({ ...base, url: "ab", text: "c" });
  const b = await cacheKey({ ...base, url: "a", text: "bc" });
  assert.notEqual(a, b);
});

test("touch keeps most recent first and evicts beyond the limit", () => {
  assert.deepEqual(touch(["b", "a"], "c", 3), { order: ["c", "b", "a"], evicted: [] });
  assert.deepEqual(touch(["c", "b", "a"], "d", 3), { order: ["d", "c", "b"], evicted: ["a"] });
  assert.deepEqual(touch(["c", "b", "a"], "a", 3), { order: ["a", "c", "b"], evicted: [] });
  assert.deepEqual(touch(undefined, "x", 3), { order: ["x"], evicted: [] });
  assert.equal(tabKey(7), "tab:7");
});
