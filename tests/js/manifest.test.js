// The manifest asks for no more than the job needs, and every file it or the worker names exists.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { EXTENSION, read } from "./helpers.js";

const manifest = JSON.parse(read("extension", "manifest.json"));

test("permissions are exactly the narrow set", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "contextMenus", "scripting", "storage"]);
  assert.deepEqual(manifest.host_permissions, ["http://127.0.0.1/*", "http://localhost/*"]);
  assert.deepEqual(manifest.optional_host_permissions, ["http://*/*", "https://*/*"]);
  assert.equal(manifest.content_scripts, undefined, "nothing runs in pages unless the reader asks");
});

test("the toolbar button, its shortcut and the options page are declared", () => {
  assert.equal(manifest.action.default_popup, "popup/popup.html");
  assert.ok(manifest.commands._execute_action.suggested_key.default);
  assert.equal(manifest.options_ui.page, "options/options.html");
  assert.equal(manifest.background.type, "module");
});

test("every file named by the manifest exists", () => {
  const files = [
    manifest.background.service_worker,
    manifest.action.default_popup,
    manifest.options_ui.page,
    ...Object.values(manifest.icons),
    ...Object.values(manifest.action.default_icon),
  ];
  for (const file of files) {
    assert.ok(existsSync(join(EXTENSION, file)), file);
  }
});

test("every file the worker injects exists", () => {
  const source = read("extension", "sw", "tabs.js");
  const injected = [...source.matchAll(/"((?:vendor|content)\/[^"]+\.js)"/g)].map((m) => m[1]);
  assert.ok(injected.length >= 5);
  for (const file of injected) {
    assert.ok(existsSync(join(EXTENSION, file)), file);
  }
});

test("no popup or options code writes HTML from strings", () => {
  for (const file of ["popup/popup.js", "popup/render.js", "options/options.js"]) {
    assert.doesNotMatch(
      read("extension", file),
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(/,
      file,
    );
  }
});
