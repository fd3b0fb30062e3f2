// ESLint flat config for the extension and its tooling (Python is linted by ruff).
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "dist/", ".venv/", "extension/vendor/", "tests/artifacts/"] },
  js.configs.recommended,
  { rules: { "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  {
    files: ["extension/**/*.js"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.webextensions },
    },
  },
  {
    files: ["extension/background.js", "extension/sw/**/*.js"],
    languageOptions: { globals: { ...globals.serviceworker, ...globals.webextensions } },
  },
  {
    // Injected into pages with chrome.scripting (classic scripts, the extension's isolated world).
    files: ["extension/content/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: { ...globals.browser, Readability: "readonly", isProbablyReaderable: "readonly" },
    },
  },
  {
    files: ["tests/js/**/*.js", "tests/js/**/*.mjs", "extension/tools/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node } },
  },
];
