/** Everything done inside a tab: extracting the article, highlighting a passage. */
import { Failure, failure } from "../lib/errors.js";

const EXTRACT_FILES = [
  "vendor/readability/Readability.js",
  "vendor/readability/Readability-readerable.js",
  "content/pagetext.js",
  "content/extract.js",
];
const HIGHLIGHT_FILES = ["content/passage.js", "content/highlight.js"];
const HIGHLIGHT_CSS = "::highlight(newsbrief) { background-color: #ffd43b; color: #111; }";

/** The page's article (or selection) as extract.js returns it; a thrown Failure otherwise. */
export async function extractFromTab(tabId, mode, frameId) {
  const target = frameId ? { tabId, frameIds: [frameId] } : { tabId };
  try {
    await chrome.scripting.executeScript({ target, files: EXTRACT_FILES });
    const [injection] = await chrome.scripting.executeScript({
      target,
      func: (extractMode) => globalThis.newsbriefExtract(extractMode),
      args: [mode],
    });
    if (!injection?.result) {
      throw new Error("the page returned nothing");
    }
    return injection.result;
  } catch (error) {
    throw new Failure(failure("restricted", { message: String(error?.message ?? error) }));
  }
}

/** Scrolls the tab to the passage and highlights it: `{ found, complete?, text? }`. */
export async function highlightInTab(tabId, passage, occurrence, highlight) {
  const target = { tabId };
  // Removed first so that repeated clicks do not stack copies of the same style sheet.
  await chrome.scripting.removeCSS({ target, css: HIGHLIGHT_CSS }).catch(() => {});
  await chrome.scripting.insertCSS({ target, css: HIGHLIGHT_CSS });
  await chrome.scripting.executeScript({ target, files: HIGHLIGHT_FILES });
  const [injection] = await chrome.scripting.executeScript({
    target,
    func: (text, where, options) => globalThis.newsbriefHighlight(text, where, options),
    args: [passage, occurrence, { highlight }],
  });
  return injection?.result ?? { found: false };
}
