/** Cache keys and the eviction order of cached results (the storage itself is the worker's). */

const encoder = new TextEncoder();

/** How many analyses are kept; `chrome.storage.session` holds 10 MB in all. */
export const MAX_RESULTS = 25;

/** Hex SHA-256 of a string (Web Crypto: the service worker, pages and Node all have it). */
export async function sha256Hex(value) {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The storage key of one analysis. The hash covers everything that changes the answer: the
 * text sent, the page address, the summary length and the server that answered.
 */
export async function cacheKey({ url, text, summaryLength, serverUrl }) {
  const parts = [url ?? "", summaryLength ?? "", serverUrl ?? "", text];
  return `result:${(await sha256Hex(parts.join("\u0000"))).slice(0, 40)}`;
}

/** The storage key of a tab's latest analysis record. */
export function tabKey(tabId) {
  return `tab:${tabId}`;
}

/**
 * Most-recently-used order after using `key`: `{ order, evicted }`, where `evicted` are the keys
 * that no longer fit in `max`.
 */
export function touch(order, key, max = MAX_RESULTS) {
  const next = [key, ...(order ?? []).filter((other) => other !== key)];
  return { order: next.slice(0, max), evicted: next.slice(max) };
}
