// Shared by the Node tests: paths, the classic scripts loaded as globals, and a synthetic analysis.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const EXTENSION = join(ROOT, "extension");

export const read = (...parts) => readFileSync(join(ROOT, ...parts), "utf8");

/** The content scripts define globals (they are injected as classic scripts): load them so. */
export async function loadPassage() {
  await import("../../extension/content/passage.js");
  return globalThis.NewsBriefPassage;
}

/** Runs classic scripts inside a jsdom window, as chrome.scripting would inject them. */
export function inject(window, ...files) {
  for (const file of files) {
    window.eval(read("extension", file));
  }
}

// A synthetic article written for these tests, with an emoji so that code-point offsets and
// UTF-16 indexes differ after it.
export const ARTICLE_TEXT = [
  "Harbour Commissioner Dana Whitfield 🚢 said the ferry plan was approved on Monday.",
  "“This is the most important vote in a decade,” Whitfield said. Critics were unconvinced.",
  "Mayor Ortiz said the council would review the budget. “We will not rush,” she said.",
].join("\n\n");

/** Python-style slicing by code points, to build offsets the way the server does. */
export function cpOffsets(text, needle, from = 0) {
  const start16 = text.indexOf(needle, from);
  if (start16 === -1) {
    throw new Error(`not in text: ${needle}`);
  }
  const start = Array.from(text.slice(0, start16)).length;
  return { start_char: start, end_char: start + Array.from(needle).length };
}

export function sampleEntry(overrides = {}) {
  const text = ARTICLE_TEXT;
  const span = (needle) => ({ text: needle, ...cpOffsets(text, needle) });
  const response = {
    summary: {
      method: "auto",
      sentences: [
        { ...span("Harbour Commissioner Dana Whitfield 🚢 said the ferry plan was approved on Monday."), score: 1 },
      ],
    },
    actors: [
      {
        id: "a1",
        name: "Dana Whitfield",
        kind: "person",
        roles: ["Harbour Commissioner"],
        mention_count: 2,
        quote_count: 2,
        salience: 1,
        mentions: [span("Dana Whitfield")],
      },
      {
        id: "a2",
        name: "Ortiz",
        kind: "person",
        roles: ["Mayor"],
        mention_count: 1,
        quote_count: 1,
        salience: 0.5,
        mentions: [span("Ortiz")],
      },
    ],
    quotes: [
      {
        ...span("the ferry plan was approved on Monday"),
        kind: "indirect",
        speaker: "Dana Whitfield",
        speaker_id: "a1",
        speaker_mention: span("Dana Whitfield"),
        cue: span("said"),
        confidence: 0.7,
      },
      {
        ...span("This is the most important vote in a decade,"),
        kind: "direct",
        speaker: "Dana Whitfield",
        speaker_id: "a1",
        speaker_mention: span("Whitfield"),
        cue: { text: "said", ...cpOffsets(text, "said", text.indexOf("Whitfield said")) },
        confidence: 0.9,
      },
      {
        ...span("We will not rush,"),
        kind: "direct",
        speaker: "Ortiz",
        speaker_id: "a2",
        speaker_mention: null,
        cue: null,
        confidence: 0.8,
      },
      {
        ...span("Critics were unconvinced"),
        kind: "indirect",
        speaker: null,
        speaker_id: null,
        speaker_mention: null,
        cue: null,
        confidence: 0.3,
      },
    ],
    meta: {
      language: "en",
      model: "test-model",
      version: "0.1.0",
      chars: Array.from(text).length,
      sentences: 5,
      elapsed_ms: 12.5,
      warnings: [],
    },
  };
  return {
    request: { text, title: "Ferry plan approved", url: "https://news.example/ferry", lang: "en" },
    response,
    mode: "page",
    notices: [],
    ...overrides,
  };
}
