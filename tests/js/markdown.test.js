import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeMarkdown, toMarkdown } from "../../extension/lib/markdown.js";
import { buildView } from "../../extension/lib/view.js";
import { loadPassage, sampleEntry } from "./helpers.js";

const P = await loadPassage();
const DATE = new Date("2025-03-04T10:00:00Z");

test("the whole result, section by section", () => {
  const markdown = toMarkdown(buildView(sampleEntry(), P), { date: DATE });
  const expected = [
    "# Ferry plan approved",
    "",
    "<https://news.example/ferry>",
    "",
    "## Summary",
    "",
    "- Harbour Commissioner Dana Whitfield 🚢 said the ferry plan was approved on Monday.",
    "",
    "## Key actors",
    "",
    "- **Dana Whitfield** (person) — Harbour Commissioner — quoted 2 times",
    "- **Ortiz** (person) — Mayor — quoted 1 time",
    "",
    "## Quotes",
    "",
    "> _the ferry plan was approved on Monday_ (reported)",
    "> — **Dana Whitfield**, Harbour Commissioner (said)",
    "",
    "> “This is the most important vote in a decade,”",
    "> — **Dana Whitfield**, Harbour Commissioner (said)",
    "",
    "> “We will not rush,”",
    "> — **Ortiz**, Mayor",
    "",
    "> _Critics were unconvinced_ (reported)",
    "> — _unattributed_",
    "",
    "---",
    "",
    "_Analysed by NewsBrief 0.1.0 (test-model) on 2025-03-04._",
    "",
  ].join("\n");
  assert.equal(markdown, expected);
});

test("page and server strings cannot inject Markdown", () => {
  assert.equal(
    escapeMarkdown("*bold* _it_ [link](x) <b> `code` # h | t \\"),
    "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\` \\# h \\| t \\\\",
  );
  assert.equal(escapeMarkdown("line one\n\n> line two"), "line one \\> line two");
});

test("warnings appear as notes at the top", () => {
  const entry = sampleEntry();
  entry.request.lang = "fr";
  const markdown = toMarkdown(buildView(entry, P), { date: DATE });
  assert.match(markdown.split("## Summary")[0], /> \*\*Note:\*\* This page does not seem to be in English/);
});
