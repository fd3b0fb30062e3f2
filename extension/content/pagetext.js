/**
 * Plain text from page content, one paragraph per block, paragraphs separated by a blank line.
 * Classic script: injected into the page (defines `NewsBriefPageText`), imported by the tests.
 */
globalThis.NewsBriefPageText = (() => {
  const BLOCKS = new Set([
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "BR",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TD",
    "TH",
    "TR",
    "UL",
  ]);
  const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "BUTTON"]);
  const BREAK = "\n\n";

  /** Paragraphs joined by blank lines, whitespace inside each collapsed to single spaces. */
  function tidy(text) {
    return String(text ?? "")
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join(BREAK);
  }

  /** Every line of `text` as its own paragraph (for innerText and selections). */
  function linesAsParagraphs(text) {
    return tidy(String(text ?? "").replace(/\r?\n/g, BREAK));
  }

  /** The text of an element tree such as Readability's article content, block by block. */
  function blockText(root) {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === 3) {
        parts.push(node.data);
        return;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) {
        return;
      }
      const tag = (node.tagName ?? "").toUpperCase();
      if (SKIPPED.has(tag) || (node.hasAttribute && node.hasAttribute("hidden"))) {
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) {
        parts.push(BREAK);
      }
      for (const child of node.childNodes) {
        walk(child);
      }
      if (block) {
        parts.push(BREAK);
      }
    };
    walk(root);
    return tidy(parts.join(""));
  }

  /** What a reader sees of the page, when no article could be extracted. */
  function visibleText(root) {
    return linesAsParagraphs(root?.innerText ?? root?.textContent ?? "");
  }

  return { tidy, linesAsParagraphs, blockText, visibleText };
})();
