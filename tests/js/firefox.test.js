import assert from "node:assert/strict";
import { test } from "node:test";
import { firefoxManifest } from "../../extension/tools/build-firefox.mjs";
import { read } from "./helpers.js";

const chrome = JSON.parse(read("extension", "manifest.json"));

test("Firefox gets an event-page background, an add-on id, and the same permissions", () => {
  const firefox = firefoxManifest(chrome);
  assert.deepEqual(firefox.background, { scripts: ["background.js"], type: "module" });
  assert.match(firefox.browser_specific_settings.gecko.id, /@/);
  assert.equal(firefox.minimum_chrome_version, undefined);
  assert.deepEqual(firefox.permissions, chrome.permissions);
  assert.deepEqual(firefox.host_permissions, chrome.host_permissions);
  assert.deepEqual(firefox.optional_host_permissions, chrome.optional_host_permissions);
  assert.equal(firefox.action.default_popup, chrome.action.default_popup);
});
