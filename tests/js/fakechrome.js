// A small in-memory stand-in for the chrome.* APIs the service worker uses, so that its job
// logic (cache, selection reuse, failures, the context menu) runs under node --test. Calls are
// recorded for the tests to inspect.

function area() {
  const data = new Map();
  return {
    data,
    async get(keys) {
      const wanted = typeof keys === "string" ? [keys] : Array.isArray(keys) ? keys : [...data.keys()];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) {
        data.set(key, structuredClone(value));
      }
    },
    async remove(keys) {
      for (const key of [keys].flat()) {
        data.delete(key);
      }
    },
  };
}

/** Installs `globalThis.chrome` and `fetch`; `page(tabId, mode)` answers extraction. */
export function installFakeChrome({ tabs = {}, page, server }) {
  const calls = { executeScript: [], fetch: [], openPopup: [], menus: [], badges: [] };
  globalThis.chrome = {
    storage: { local: area(), session: area() },
    tabs: {
      async get(tabId) {
        if (!(tabId in tabs)) {
          throw new Error(`No tab with id: ${tabId}.`);
        }
        return { id: tabId, url: tabs[tabId] };
      },
    },
    scripting: {
      async executeScript(injection) {
        calls.executeScript.push(injection);
        if (injection.files) {
          return [{ frameId: 0, result: undefined }];
        }
        const [mode] = injection.args;
        return [{ frameId: 0, result: page(injection.target.tabId, mode) }];
      },
    },
    permissions: { contains: async () => false },
    action: {
      openPopup: async (options) => calls.openPopup.push(options),
      setBadgeText: async (details) => calls.badges.push(details),
    },
    contextMenus: {
      removeAll: async () => calls.menus.splice(0),
      create: (item) => calls.menus.push(item),
    },
  };
  globalThis.fetch = async (url, init) => {
    calls.fetch.push({ url, body: init.body ? JSON.parse(init.body) : null });
    return server(url, init);
  };
  return calls;
}

export function jsonResponse(status, body) {
  return { status, text: async () => JSON.stringify(body) };
}
