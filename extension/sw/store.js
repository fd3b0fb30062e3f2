/**
 * Results in `chrome.storage.session`: in memory only (never written to disk, gone when the
 * browser quits), shared by the worker and the popup, and kept across worker restarts.
 */
import { MAX_RESULTS, tabKey, touch } from "../lib/cache.js";

const area = () => chrome.storage.session;
const ORDER_KEY = "results:order";

export async function readResult(key) {
  const stored = await area().get(key);
  return stored[key] ?? null;
}

/** Stores an entry, dropping the least recently used ones beyond MAX_RESULTS or the quota. */
export async function writeResult(key, entry) {
  const stored = await area().get(ORDER_KEY);
  let { order, evicted } = touch(stored[ORDER_KEY], key, MAX_RESULTS);
  for (;;) {
    try {
      await area().remove(evicted);
      await area().set({ [key]: entry, [ORDER_KEY]: order });
      return true;
    } catch (error) {
      // Over the quota: give up the older half and try again; a result that alone does not
      // fit is shown without being cached.
      if (order.length <= 1) {
        console.warn("NewsBrief: result not cached:", error.message);
        return false;
      }
      const keep = Math.max(1, Math.floor(order.length / 2));
      evicted = order.slice(keep);
      order = order.slice(0, keep);
    }
  }
}

export async function readTabRecord(tabId) {
  const key = tabKey(tabId);
  const stored = await area().get(key);
  return stored[key] ?? null;
}

export async function writeTabRecord(tabId, record) {
  await area().set({ [tabKey(tabId)]: { ...record, updatedAt: Date.now() } });
}

export async function forgetTab(tabId) {
  await area().remove(tabKey(tabId));
}
