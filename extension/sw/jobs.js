/**
 * One analysis per tab: extract → (cache) → server → cache. The job runs in the service worker,
 * so closing the popup does not stop it; its state is written to session storage, so a popup
 * opened later, or a restarted worker, finds the result or picks the work up again.
 */
import { cacheKey } from "../lib/cache.js";
import { Failure, countWords, failure, minimumWords, toFailure } from "../lib/errors.js";
import { buildAnalyzeRequest } from "../lib/request.js";
import { analyzeOnServer } from "./server.js";
import { loadSettings } from "./settings.js";
import { readResult, readTabRecord, writeResult, writeTabRecord } from "./store.js";
import { extractFromTab } from "./tabs.js";

// tabId → { promise, progress, listeners }: the job running in this worker's lifetime.
const running = new Map();

/**
 * Starts (or joins) the analysis of a tab. `request`: `{ tabId, mode: "auto"|"page"|"selection",
 * force, frameId }`. `listener` hears `{ phase, ... }` progress. Resolves to `{ entry, key, cached }`.
 */
export function analyzeTab(request, listener = () => {}) {
  const current = running.get(request.tabId);
  if (current && !request.force) {
    current.listeners.add(listener);
    listener(current.progress);
    return current.promise;
  }
  const job = { listeners: new Set([listener]), progress: { phase: "starting" } };
  const report = (progress) => {
    job.progress = progress;
    job.listeners.forEach((hear) => hear(progress));
  };
  setBadge(request.tabId, "…");
  // Forgotten as it settles, before any caller resumes: a later request sees the cache, not this job.
  job.promise = runJob(request, report).finally(() => {
    if (running.get(request.tabId) === job) {
      running.delete(request.tabId);
    }
  });
  job.promise.then(
    () => setBadge(request.tabId, ""),
    () => setBadge(request.tabId, "!"),
  );
  running.set(request.tabId, job);
  return job.promise;
}

async function runJob({ tabId, mode = "auto", force = false, frameId }, report) {
  const settings = await loadSettings();
  const tabUrl = await currentUrl(tabId);
  const record = await readTabRecord(tabId);
  const sameUrl = Boolean(record && tabUrl && record.url === tabUrl);
  const wanted = mode === "auto" ? (sameUrl ? record.mode : "page") : mode;
  if (!force && sameUrl && record.mode === wanted && record.key) {
    const entry = await readResult(record.key);
    if (entry) {
      return { entry, key: record.key, cached: true };
    }
  }
  try {
    // A selection cannot be read again once the reader clicks elsewhere: a retry reuses it.
    const reuse = sameUrl && wanted === "selection" && record.mode === "selection" && record.pending;
    const prepared = reuse ? record.pending : await prepare(tabId, wanted, frameId, settings, report);
    const url = tabUrl ?? prepared.payload.url;
    return await analyzePrepared({ tabId, url, mode: wanted, force }, prepared, settings, report);
  } catch (error) {
    const failed = toFailure(error);
    const previous = await readTabRecord(tabId);
    await writeTabRecord(tabId, {
      ...previous,
      url: tabUrl ?? previous?.url,
      mode: wanted,
      phase: "error",
      error: failed,
    });
    throw new Failure(failed);
  }
}

/** The server's analysis of a prepared request, from the cache when the same request was answered. */
async function analyzePrepared({ tabId, url, mode, force }, prepared, settings, report) {
  const { payload } = prepared;
  const key = await cacheKey({ ...payload, summaryLength: settings.summaryLength, serverUrl: settings.serverUrl });
  const known = force ? null : await readResult(key);
  if (known) {
    await writeTabRecord(tabId, { url, mode, key, phase: "done" });
    return { entry: known, key, cached: true };
  }
  // Written before the call: a worker restarted mid-way finds what it was doing.
  await writeTabRecord(tabId, { url, mode, key, phase: "analyzing", pending: prepared });
  report({ phase: "analyzing", words: countWords(payload.text), server: settings.serverUrl, since: Date.now() });
  const response = await analyzeOnServer(settings, payload);
  const entry = {
    request: payload,
    response,
    notices: prepared.notices,
    source: prepared.source,
    mode,
    createdAt: Date.now(),
  };
  await writeResult(key, entry);
  await writeTabRecord(tabId, { url, mode, key, phase: "done" });
  return { entry, key, cached: false };
}

/** Reads the page and builds the request; too little text is a failure, not a request. */
async function prepare(tabId, mode, frameId, settings, report) {
  report({ phase: "extracting", since: Date.now() });
  const page = await extractFromTab(tabId, mode, mode === "selection" ? frameId : undefined);
  const words = countWords(page.text);
  if (words < minimumWords(mode)) {
    throw new Failure(failure("not_article", { words, mode, source: page.source }));
  }
  return { ...buildAnalyzeRequest(page, settings), source: page.source };
}

/** The tab's address, when the extension may see it (activeTab or a host permission). */
async function currentUrl(tabId) {
  try {
    return (await chrome.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** The toolbar badge: "…" while a tab is analysed, "!" after a failure. */
function setBadge(tabId, text) {
  chrome.action.setBadgeText({ tabId, text }).catch(() => {});
}
