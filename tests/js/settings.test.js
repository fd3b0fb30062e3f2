import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DEFAULTS,
  hostPattern,
  isBuiltinServer,
  normalizeSettings,
  startCommand,
  validateServerUrl,
} from "../../extension/lib/settings.js";

const VALID = [
  ["http://127.0.0.1:8765", "http://127.0.0.1:8765"],
  ["  http://localhost:9000/ ", "http://localhost:9000"],
  ["https://newsbrief.lan", "https://newsbrief.lan"],
  ["http://[::1]:8765", "http://[::1]:8765"],
];
const INVALID = [
  ["", /Enter the server address/],
  ["127.0.0.1:8765", /web address|http/],
  ["ftp://127.0.0.1", /http:\/\/ or https:\/\//],
  ["http://user:pw@127.0.0.1:8765", /user name or password/],
  ["http://127.0.0.1:8765/api/v1", /without a path/],
  ["http://127.0.0.1:8765/?x=1", /without a path/],
  ["not a url", /not a web address/],
];

for (const [input, expected] of VALID) {
  test(`accepts ${JSON.stringify(input)}`, () => {
    assert.deepEqual(validateServerUrl(input), { ok: true, url: expected });
  });
}

for (const [input, message] of INVALID) {
  test(`rejects ${JSON.stringify(input)}`, () => {
    const result = validateServerUrl(input);
    assert.equal(result.ok, false);
    assert.match(result.error, message);
  });
}

test("host patterns ignore the port; only loopback http is built in", () => {
  assert.equal(hostPattern("http://127.0.0.1:8765"), "http://127.0.0.1/*");
  assert.equal(hostPattern("https://newsbrief.lan:8443"), "https://newsbrief.lan/*");
  assert.equal(isBuiltinServer("http://127.0.0.1:9999"), true);
  assert.equal(isBuiltinServer("http://localhost:8765"), true);
  assert.equal(isBuiltinServer("https://127.0.0.1:8765"), false);
  assert.equal(isBuiltinServer("http://192.168.1.5:8765"), false);
});

test("normalizeSettings fills defaults and replaces bad values", () => {
  assert.deepEqual(normalizeSettings(undefined), { ...DEFAULTS });
  assert.deepEqual(
    normalizeSettings({ serverUrl: "gopher://x", summaryLength: "huge", highlight: "yes", timeoutSeconds: 0 }),
    { ...DEFAULTS },
  );
  assert.deepEqual(
    normalizeSettings({
      serverUrl: "http://localhost:9000/",
      summaryLength: "long",
      highlight: false,
      timeoutSeconds: 5,
    }),
    { serverUrl: "http://localhost:9000", summaryLength: "long", highlight: false, timeoutSeconds: 5 },
  );
});

test("the start command names the configured port and, off loopback, the host", () => {
  assert.equal(startCommand("http://127.0.0.1:8765"), "newsbrief serve --port 8765");
  assert.equal(startCommand("http://localhost:9001"), "newsbrief serve --port 9001");
  assert.equal(startCommand("http://10.0.0.2:8000"), "newsbrief serve --host 10.0.0.2 --port 8000");
  assert.equal(startCommand("http://127.0.0.1"), "newsbrief serve --port 80");
});
