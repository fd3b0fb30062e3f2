/**
 * Finding a passage of the analysed text again in the page. Classic script: injected into the
 * page (it defines `NewsBriefPassage` in the extension's isolated world), loaded by the popup,
 * and imported by the Node tests.
 *
 * The text sent to the server and the page's DOM agree on characters but not on whitespace
 * (paragraph breaks, line wrapping, &nbsp;), so both are compared with whitespace removed.
 */
globalThis.NewsBriefPassage = (() => {
  // Whitespace, soft hyphens and zero-width characters: present in one text and not the other.
  const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;
  // When the whole passage is not found, these many leading characters are tried instead.
  const PREFIX_LENGTHS = [160, 80, 40];

  /** The text without ignored characters. */
  function compact(text) {
    let out = "";
    for (const char of text) {
      if (!IGNORED.test(char)) {
        out += char;
      }
    }
    return out;
  }

  /**
   * The compacted concatenation of `segments` (e.g. the page's text nodes) and, for each of its
   * UTF-16 units, the segment it came from and the UTF-16 offset inside that segment.
   */
  function compactSegments(segments) {
    let text = "";
    const segmentAt = [];
    const offsetAt = [];
    segments.forEach((segment, index) => {
      let offset = 0;
      for (const char of segment) {
        if (!IGNORED.test(char)) {
          text += char;
          for (let unit = 0; unit < char.length; unit += 1) {
            segmentAt.push(index);
            offsetAt.push(offset + unit);
          }
        }
        offset += char.length;
      }
    });
    return { text, segmentAt, offsetAt };
  }

  /** Start indexes of every (possibly overlapping) occurrence of `needle` in `haystack`. */
  function findAll(haystack, needle) {
    const found = [];
    if (!needle) {
      return found;
    }
    let index = haystack.indexOf(needle);
    while (index !== -1) {
      found.push(index);
      index = haystack.indexOf(needle, index + 1);
    }
    return found;
  }

  /**
   * Which occurrence of the passage starting at UTF-16 index `start` of `text` this is:
   * `{ index, count }`, counted among the passage's occurrences in the whole text.
   */
  function occurrenceOf(text, start, passage) {
    const all = findAll(compact(text), compact(passage));
    const position = compact(text.slice(0, start)).length;
    const index = all.indexOf(position);
    return { index: index === -1 ? 0 : index, count: Math.max(all.length, 1) };
  }

  /**
   * Which of `pageCount` occurrences in the page is the `index`-th of `count` in the text. A page
   * carries more copies than the article (teasers, captions, share blurbs), and they come
   * before the article body more often than after it, so extra copies are skipped from the front.
   */
  function pickOccurrence(pageCount, index, count) {
    if (pageCount <= 0) {
      return -1;
    }
    const shifted = pageCount >= count ? index + (pageCount - count) : index;
    return Math.min(shifted, pageCount - 1);
  }

  /**
   * Where the passage lies in `segments`: `{ startSegment, startOffset, endSegment, endOffset,
   * complete }` (end exclusive), or null. `complete` is false when only a prefix matched.
   */
  function locate(segments, passage, occurrence = { index: 0, count: 1 }) {
    const page = compactSegments(segments);
    const wanted = compact(passage);
    const candidates = [wanted, ...PREFIX_LENGTHS.filter((n) => n < wanted.length).map((n) => wanted.slice(0, n))];
    for (const needle of candidates) {
      const starts = findAll(page.text, needle);
      const pick = pickOccurrence(starts.length, occurrence.index, occurrence.count);
      if (pick >= 0) {
        const first = starts[pick];
        const last = first + needle.length - 1;
        return {
          startSegment: page.segmentAt[first],
          startOffset: page.offsetAt[first],
          endSegment: page.segmentAt[last],
          endOffset: page.offsetAt[last] + 1,
          complete: needle === wanted,
        };
      }
    }
    return null;
  }

  return { compact, compactSegments, findAll, occurrenceOf, pickOccurrence, locate };
})();
