/**
 * The page's article as `{ title, byline, siteName, lang, excerpt, text, url, source, words }`.
 * Classic script injected after Readability.js, Readability-readerable.js and pagetext.js; the
 * service worker then calls `newsbriefExtract(mode)`. It only reads the page: never fetches.
 */
globalThis.newsbriefExtract = (mode) => {
  const { blockText, visibleText, linesAsParagraphs } = globalThis.NewsBriefPageText;
  // Readability below this many words found a fragment, not the article: the visible text may do better.
  const ARTICLE_WORDS = 80;
  const wordCount = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const metaContent = (selector) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;

  const base = {
    title: document.title || null,
    byline: metaContent('meta[name="author"]'),
    siteName: metaContent('meta[property="og:site_name"]'),
    lang: document.documentElement.lang || null,
    excerpt: null,
    url: location.href,
  };

  if (mode === "selection") {
    const text = linesAsParagraphs(String(globalThis.getSelection?.() ?? ""));
    return { ...base, text, source: "selection", words: wordCount(text) };
  }

  let article = null;
  try {
    // Readability changes the document it reads: give it a copy. The serializer keeps the
    // content as elements so that paragraphs survive as paragraphs.
    article = new Readability(document.cloneNode(true), { serializer: (element) => element }).parse();
  } catch {
    article = null; // a page Readability cannot handle falls back to its visible text
  }
  let text = article?.content ? blockText(article.content) : "";
  let source = "readability";
  if (wordCount(text) < ARTICLE_WORDS) {
    const visible = visibleText(document.body);
    if (wordCount(visible) > wordCount(text)) {
      text = visible;
      source = "visible";
    }
  }
  return {
    title: article?.title || base.title,
    byline: article?.byline || base.byline,
    siteName: article?.siteName || base.siteName,
    lang: article?.lang || base.lang,
    excerpt: article?.excerpt || null,
    url: base.url,
    readerable: typeof isProbablyReaderable === "function" ? isProbablyReaderable(document) : null,
    text,
    source,
    words: wordCount(text),
  };
};
