// Readability is vendored unmodified from the pinned npm package (npm run vendor:readability).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, read } from "./helpers.js";

const pinned = JSON.parse(read("package.json")).devDependencies["@mozilla/readability"];
const installed = join(ROOT, "node_modules", "@mozilla", "readability");

test("the pin is an exact version", () => {
  assert.match(pinned, /^\d+\.\d+\.\d+$/);
  assert.match(read("extension", "vendor", "readability", "VERSION"), new RegExp(`@mozilla/readability ${pinned} `));
});

test(
  "the vendored files are byte for byte the npm package's",
  { skip: !existsSync(installed) && "npm ci first" },
  () => {
    for (const name of ["Readability.js", "Readability-readerable.js", "LICENSE.md"]) {
      assert.equal(
        read("extension", "vendor", "readability", name),
        read("node_modules", "@mozilla", "readability", name),
        name,
      );
    }
  },
);
