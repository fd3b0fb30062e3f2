import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ERROR_KINDS,
  Failure,
  MIN_ARTICLE_WORDS,
  countWords,
  describeError,
  failure,
  minimumWords,
  toFailure,
} from "../../extension/lib/errors.js";

const settings = { serverUrl: "http://127.0.0.1:8765" };

test("every kind has a title, a message and a retry", () => {
  for (const kind of ERROR_KINDS) {
    const view = describeError(failure(kind, { status: 500, seconds: 30, words: 3 }), settings);
    assert.ok(view.title.length > 5, kind);
    assert.ok(view.message.length > 10, kind);
    assert.ok(view.actions.includes("retry"), `${kind} offers a retry`);
  }
});

test("server down shows the exact command for the configured port", () => {
  const view = describeError(failure("server_down"), { serverUrl: "http://127.0.0.1:9123" });
  assert.equal(view.command, "newsbrief serve --port 9123");
  assert.match(view.message, /127\.0\.0\.1:9123/);
});

test("the other states carry their facts", () => {
  assert.match(describeError(failure("timeout", { seconds: 7 }), settings).message, /7 s/);
  assert.match(
    describeError(failure("server_error", { status: 503, message: "model missing" }), settings).title,
    /503/,
  );
  assert.equal(
    describeError(failure("server_error", { status: 503, message: "model missing" }), settings).message,
    "model missing",
  );
  assert.match(describeError(failure("not_article", { words: 12 }), settings).message, /12 words/);
  assert.ok(describeError(failure("permission"), settings).actions.includes("grant"));
  const selection = describeError(failure("not_article", { words: 2, mode: "selection" }), settings);
  assert.match(selection.title, /selection/i);
  assert.ok(selection.actions.includes("page"));
});

test("an unknown kind becomes internal, with its message", () => {
  assert.equal(failure("bogus").kind, "internal");
  assert.equal(describeError({ kind: "bogus", message: "boom" }, settings).message, "boom");
});

test("toFailure keeps a Failure's record and wraps anything else", () => {
  const record = failure("timeout", { seconds: 3 });
  assert.deepEqual(toFailure(new Failure(record)), record);
  assert.deepEqual(toFailure(new TypeError("x")), { kind: "internal", message: "x" });
  assert.deepEqual(toFailure("plain"), { kind: "internal", message: "plain" });
});

test("countWords counts words in any script and ignores punctuation", () => {
  assert.equal(countWords("It's a well-known fact — isn't it?"), 6);
  assert.equal(countWords("Le président a déclaré"), 4);
  assert.equal(countWords("  ... — !!"), 0);
  assert.equal(countWords(null), 0);
});

test("a selection needs fewer words than a page", () => {
  assert.equal(minimumWords("page"), MIN_ARTICLE_WORDS);
  assert.ok(minimumWords("selection") < minimumWords("page"));
});
