/**
 * The service worker: does the long work (extraction, the server call, caching) so that it
 * survives the popup closing. The popup talks to it over a port named "analysis"; the options
 * page and the popup's clicks use one-off messages.
 */
import { Failure, toFailure } from "./lib/errors.js";
import { analyzeTab } from "./sw/jobs.js";
import { createMenus, onMenuClicked } from "./sw/menus.js";
import { checkHealth } from "./sw/server.js";
import { forgetTab } from "./sw/store.js";
import { highlightInTab } from "./sw/tabs.js";
import { loadSettings } from "./sw/settings.js";

chrome.runtime.onInstalled.addListener(createMenus);
chrome.contextMenus.onClicked.addListener(onMenuClicked);
chrome.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch(() => {});
});

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== "analysis") {
    return;
  }
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false; // the job goes on: its result lands in the cache
  });
  const send = (message) => {
    if (open) {
      port.postMessage(message);
    }
  };
  port.onMessage.addListener((message) => {
    if (message?.type !== "analyze") {
      return;
    }
    analyzeTab(message, (progress) => send({ type: "progress", progress }))
      .then(({ entry, key, cached }) => {
        send({ type: "result", entry, key, cached });
      })
      .catch((error) => {
        send({ type: "error", error: toFailure(error) });
      });
  });
});

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  const handler = HANDLERS[message?.type];
  if (!handler) {
    return false;
  }
  handler(message).then(
    (value) => sendResponse({ ok: true, value }),
    (error) => sendResponse({ ok: false, error: toFailure(error) }),
  );
  return true; // the answer comes asynchronously
});

const HANDLERS = {
  async health({ serverUrl }) {
    const settings = await loadSettings();
    return checkHealth(serverUrl ?? settings.serverUrl, Math.min(settings.timeoutSeconds, 10));
  },
  async highlight({ tabId, passage, occurrence }) {
    const settings = await loadSettings();
    try {
      return await highlightInTab(tabId, passage, occurrence, settings.highlight);
    } catch (error) {
      throw new Failure({ kind: "restricted", message: String(error?.message ?? error) });
    }
  },
};
