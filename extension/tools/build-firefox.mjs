// Writes dist/firefox/: the extension with a Firefox manifest. Firefox runs MV3 backgrounds as
// event pages (background.scripts), not service workers, and wants an add-on id.
// Usage: npm run build:firefox   (npm run lint:firefox also runs web-ext lint on the result)
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = join(root, "extension");
const target = join(root, "dist", "firefox");

export function firefoxManifest(chrome) {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: "newsbrief@newsbrief.invalid",
        strict_min_version: "128.0",
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(target, { recursive: true, force: true });
  // Development tools stay out of the package.
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, "tools") + sep) && path !== join(source, "tools"),
  });
  const manifest = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8"));
  writeFileSync(join(target, "manifest.json"), JSON.stringify(firefoxManifest(manifest), null, 2) + "\n");
  console.log(`wrote ${target}`);
}
