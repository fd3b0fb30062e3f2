/** The analyze request sent to the server, built from what the page gave us. */
import { codePointLength } from "./offsets.js";

// The server's limits (README "The API"); longer fields would be refused with 413/422.
export const MAX_TEXT_CHARS = 300_000;
const MAX_TITLE_CHARS = 1_000;
const MAX_URL_CHARS = 4_096;

/**
 * `{ payload, notices }`: the JSON body for POST /api/v1/analyze, and sentences for the reader
 * about anything changed on the way (a text cut to the server's limit).
 */
export function buildAnalyzeRequest(page, settings) {
  const notices = [];
  if (page.source === "visible") {
    notices.push("No article was found on this page: NewsBrief analysed all of its visible text.");
  }
  let text = page.text;
  if (codePointLength(text) > MAX_TEXT_CHARS) {
    text = cutAtParagraph(text, MAX_TEXT_CHARS);
    notices.push(
      `The page is very long: only its first ${codePointLength(text).toLocaleString("en")} characters were analysed.`,
    );
  }
  const payload = {
    text,
    title: shortOrNull(page.title, MAX_TITLE_CHARS),
    url: shortOrNull(page.url, MAX_URL_CHARS),
    // Not read by the server today; sent so that a newer server can use them (unknown fields are ignored).
    byline: page.byline ?? null,
    site_name: page.siteName ?? null,
    lang: page.lang ?? null,
    options: { summary_length: settings.summaryLength },
  };
  return { payload, notices };
}

function shortOrNull(value, limit) {
  if (typeof value !== "string" || !value.trim()) {
    return null;
  }
  return codePointLength(value) > limit ? Array.from(value).slice(0, limit).join("") : value;
}

/** The longest prefix of `text` within `limit` code points, ending at a paragraph break if one is near. */
function cutAtParagraph(text, limit) {
  const head = Array.from(text).slice(0, limit).join("");
  const lastBreak = head.lastIndexOf("\n\n");
  return lastBreak > head.length * 0.8 ? head.slice(0, lastBreak) : head;
}
