/**
 * The server counts characters in Unicode code points; JavaScript strings count UTF-16 code
 * units. Outside the Basic Multilingual Plane (emoji, some CJK) the two differ, so every server
 * offset goes through here before it touches a JS string.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** A function mapping a code-point offset into `text` to the UTF-16 index of the same place. */
export function codePointIndexer(text) {
  if (!SURROGATE.test(text)) {
    return (offset) => clamp(offset, 0, text.length);
  }
  // utf16At[k] is the UTF-16 index of the k-th code point; one entry past the end.
  const utf16At = [];
  let index = 0;
  for (const char of text) {
    utf16At.push(index);
    index += char.length;
  }
  utf16At.push(index);
  return (offset) => utf16At[clamp(offset, 0, utf16At.length - 1)];
}

/** `text[start:end]` as Python would slice it, with code-point offsets. */
export function sliceCodePoints(text, start, end, indexer = codePointIndexer(text)) {
  return text.slice(indexer(start), indexer(end));
}

/** The number of code points in `text` (Python's `len`). */
export function codePointLength(text) {
  if (!SURROGATE.test(text)) {
    return text.length;
  }
  let count = 0;
  for (const _char of text) {
    count += 1;
  }
  return count;
}

function clamp(value, low, high) {
  return Math.min(Math.max(Number.isFinite(value) ? Math.trunc(value) : 0, low), high);
}
