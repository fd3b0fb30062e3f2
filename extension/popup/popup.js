/**
 * The popup: asks the service worker to analyse the tab and renders what comes back. It does no
 * long work itself (a popup dies when it loses focus); if the worker restarts mid-way, the port
 * drops and the popup asks again, and the worker picks the job up from session storage.
 */
import { describeError } from "../lib/errors.js";
import { toMarkdown } from "../lib/markdown.js";
import { hostPattern, normalizeSettings } from "../lib/settings.js";
import { buildView } from "../lib/view.js";
import { filterQuotes, renderError, renderLoading, renderResults, showState } from "./render.js";

const RECONNECT_DELAY_MS = 250;
const MAX_RECONNECTS = 5;
const params = new URLSearchParams(location.search);
const state = { tabId: null, port: null, request: null, view: null, progress: null, done: false, reconnects: 0 };

const byId = (id) => document.getElementById(id);

async function main() {
  state.tabId = await targetTab();
  bindControls();
  setInterval(() => {
    if (document.body.dataset.state === "loading") {
      renderLoading(document, state.progress);
    }
  }, 200);
  analyze({ mode: params.get("mode") ?? "auto", force: false });
}

/** The tab to analyse: `?tabId=N` (tests open the popup as a tab), else the active tab. */
async function targetTab() {
  const fromQuery = Number.parseInt(params.get("tabId") ?? "", 10);
  if (Number.isInteger(fromQuery)) {
    return fromQuery;
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function analyze({ mode, force }) {
  state.request = { type: "analyze", tabId: state.tabId, mode, force };
  state.done = false;
  state.reconnects = 0;
  state.progress = { phase: "extracting" };
  renderLoading(document, state.progress);
  send(state.request);
}

function send(message) {
  if (!state.port) {
    state.port = chrome.runtime.connect({ name: "analysis" });
    state.port.onMessage.addListener(onWorkerMessage);
    state.port.onDisconnect.addListener(onDisconnect);
  }
  state.port.postMessage(message);
}

function onDisconnect() {
  state.port = null;
  // The worker stopped before answering (killed, updated): ask again; it resumes from storage.
  if (!state.done && state.reconnects < MAX_RECONNECTS) {
    state.reconnects += 1;
    setTimeout(() => send({ ...state.request, force: false }), RECONNECT_DELAY_MS);
  }
}

async function onWorkerMessage(message) {
  if (message.type === "progress") {
    state.progress = message.progress;
    renderLoading(document, state.progress);
  } else if (message.type === "result") {
    state.done = true;
    state.view = buildView(message.entry, globalThis.NewsBriefPassage);
    renderResults(document, state.view, { cached: message.cached });
    showMode(state.view.mode);
  } else if (message.type === "error") {
    state.done = true;
    state.error = message.error;
    renderError(document, describeError(message.error, await settings()));
    showMode(state.request.mode === "selection" || message.error.mode === "selection" ? "selection" : "page");
  }
}

function showMode(mode) {
  const label = byId("mode-label");
  label.hidden = mode !== "selection";
  label.textContent = "Selection";
}

async function settings() {
  const stored = await chrome.storage.local.get("settings");
  return normalizeSettings(stored.settings);
}

function bindControls() {
  byId("refresh").addEventListener("click", () => analyze({ mode: state.view?.mode ?? "auto", force: true }));
  byId("retry").addEventListener("click", () => analyze({ mode: state.request?.mode ?? "auto", force: false }));
  byId("whole-page").addEventListener("click", () => analyze({ mode: "page", force: false }));
  byId("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
  byId("error-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
  byId("grant").addEventListener("click", grantAccess);
  byId("copy").addEventListener("click", () => copy(toMarkdown(state.view), "Copied the result as Markdown."));
  byId("copy-command").addEventListener("click", () => copy(byId("error-command").textContent, "Copied the command."));
  byId("speaker-filter").addEventListener("change", (event) => filterQuotes(document, event.target.value));
  byId("results").addEventListener("click", onPassageClick);
}

async function grantAccess() {
  const { serverUrl } = await settings();
  const granted = await chrome.permissions.request({ origins: [hostPattern(serverUrl)] });
  if (granted) {
    analyze({ mode: state.request?.mode ?? "auto", force: false });
  } else {
    toast("Access was not granted; NewsBrief cannot reach that server.");
  }
}

/** A click on a summary sentence, actor or quote scrolls the page to it and highlights it. */
async function onPassageClick(event) {
  const button = event.target.closest("button.passage");
  if (!button?.dataset.passage) {
    return;
  }
  document.querySelectorAll("button.passage[aria-current]").forEach((b) => b.removeAttribute("aria-current"));
  button.setAttribute("aria-current", "true");
  const occurrence = { index: Number(button.dataset.occurrence), count: Number(button.dataset.occurrences) };
  const answer = await chrome.runtime.sendMessage({
    type: "highlight",
    tabId: state.tabId,
    passage: button.dataset.passage,
    occurrence,
  });
  document.body.dataset.lastHighlight = answer?.ok && answer.value.found ? "found" : "missing";
  if (!answer?.ok) {
    toast("The page cannot be scrolled from here (it may have been closed or reloaded).");
  } else if (!answer.value.found) {
    toast("That passage was not found in the page as it is now.");
  }
}

async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    toast(done);
  } catch {
    // Some browsers refuse the async clipboard in a popup; the old copy command still works there.
    const area = Object.assign(document.createElement("textarea"), { value: text, readOnly: true });
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    toast(copied ? done : "The clipboard is not available here.");
  }
}

let toastTimer = 0;
function toast(message) {
  const element = byId("toast");
  element.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    element.textContent = "";
  }, 4000);
}

main().catch((error) => {
  showState(document, "error");
  renderError(document, describeError({ kind: "internal", message: String(error?.message ?? error) }, null));
});
