// Refreshes extension/vendor/readability/ from the pinned npm package, unmodified.
// Usage: npm ci && npm run vendor:readability   (after changing the pinned version in package.json)
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = join(root, "node_modules", "@mozilla", "readability");
const target = join(root, "extension", "vendor", "readability");
const FILES = ["Readability.js", "Readability-readerable.js", "LICENSE.md"];

const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies["@mozilla/readability"];
const installed = JSON.parse(readFileSync(join(source, "package.json"), "utf8")).version;
if (pinned !== installed) {
  throw new Error(`package.json pins @mozilla/readability ${pinned} but ${installed} is installed: run npm ci`);
}
for (const name of FILES) {
  copyFileSync(join(source, name), join(target, name));
}
writeFileSync(
  join(target, "VERSION"),
  `@mozilla/readability ${installed} (npm), Apache-2.0, files copied unmodified: ${FILES.join(", ")}\n`,
);
console.log(`vendored @mozilla/readability ${installed} into ${target}`);
