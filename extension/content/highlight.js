/**
 * Scrolls to a passage of the analysed text in the live page and highlights it.
 * Classic script injected after passage.js; the service worker calls `newsbriefHighlight`.
 * The highlight is a CSS Custom Highlight (no change to the page's DOM); where the browser has
 * none, the passage is selected instead.
 */
globalThis.newsbriefHighlight = (passage, occurrence, options = {}) => {
  const NAME = "newsbrief";
  const SKIPPED = "script, style, noscript, template, textarea, title";

  const nodes = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
  }

  const place = globalThis.NewsBriefPassage.locate(
    nodes.map((node) => node.data),
    passage,
    occurrence,
  );
  if (!place) {
    return { found: false };
  }
  const range = document.createRange();
  range.setStart(nodes[place.startSegment], place.startOffset);
  range.setEnd(nodes[place.endSegment], place.endOffset);

  if (globalThis.CSS?.highlights && typeof Highlight === "function") {
    CSS.highlights.delete(NAME);
    if (options.highlight !== false) {
      CSS.highlights.set(NAME, new Highlight(range));
    }
  } else if (options.highlight !== false) {
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: "center", behavior: options.smooth === false ? "instant" : "smooth" });
  return { found: true, complete: place.complete, text: range.toString() };
};
