/** The options page: server address (validated), summary length, highlighting, timeout, test connection. */
import { describeError } from "../lib/errors.js";
import {
  DEFAULTS,
  TIMEOUT_RANGE,
  hostPattern,
  isBuiltinServer,
  normalizeSettings,
  validateServerUrl,
} from "../lib/settings.js";

const SETTINGS_KEY = "settings";
const byId = (id) => document.getElementById(id);
const fields = {
  serverUrl: byId("server-url"),
  summaryLength: byId("summary-length"),
  highlight: byId("highlight"),
  timeoutSeconds: byId("timeout"),
};

async function load() {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  show(normalizeSettings(stored[SETTINGS_KEY]));
}

function show(settings) {
  fields.serverUrl.value = settings.serverUrl;
  fields.summaryLength.value = settings.summaryLength;
  fields.highlight.checked = settings.highlight;
  fields.timeoutSeconds.value = String(settings.timeoutSeconds);
}

/** The form's values, or null after marking the invalid fields. */
function readForm() {
  const server = validateServerUrl(fields.serverUrl.value);
  setFieldError(fields.serverUrl, "server-url-error", server.ok ? "" : server.error);
  const timeout = Number(fields.timeoutSeconds.value);
  const timeoutOk = Number.isInteger(timeout) && timeout >= TIMEOUT_RANGE.min && timeout <= TIMEOUT_RANGE.max;
  setFieldError(
    fields.timeoutSeconds,
    "timeout-error",
    timeoutOk ? "" : `Enter a whole number of seconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}.`,
  );
  if (!server.ok || !timeoutOk) {
    return null;
  }
  return {
    serverUrl: server.url,
    summaryLength: fields.summaryLength.value,
    highlight: fields.highlight.checked,
    timeoutSeconds: timeout,
  };
}

function setFieldError(input, errorId, message) {
  byId(errorId).textContent = message;
  input.setAttribute("aria-invalid", message ? "true" : "false");
}

/** Asks for access to a server outside the manifest's hosts; must run inside the click. */
async function ensureAccess(serverUrl) {
  if (isBuiltinServer(serverUrl)) {
    return true;
  }
  return chrome.permissions.request({ origins: [hostPattern(serverUrl)] });
}

async function save(event) {
  event.preventDefault();
  const settings = readForm();
  if (!settings) {
    status("save-status", "Not saved: correct the field marked above.", "error");
    return;
  }
  if (!(await ensureAccess(settings.serverUrl))) {
    status("save-status", `Not saved: NewsBrief needs permission to connect to ${settings.serverUrl}.`, "error");
    return;
  }
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
  fields.serverUrl.value = settings.serverUrl;
  status("save-status", "Saved.", "ok");
}

async function testConnection() {
  const settings = readForm();
  if (!settings) {
    status("health", "Correct the server address first.", "error");
    return;
  }
  if (!(await ensureAccess(settings.serverUrl))) {
    status("health", `No permission to connect to ${settings.serverUrl}.`, "error");
    return;
  }
  status("health", `Connecting to ${settings.serverUrl}…`, "pending");
  byId("health-command-box").hidden = true;
  const answer = await chrome.runtime.sendMessage({ type: "health", serverUrl: settings.serverUrl });
  if (answer?.ok) {
    const { version, model } = answer.value;
    status("health", `Connected: NewsBrief ${version} with the model ${model}.`, "ok");
    return;
  }
  const description = describeError(answer?.error ?? { kind: "internal" }, settings);
  status("health", `${description.title}. ${description.message}`, "error");
  if (description.command) {
    byId("health-command").textContent = description.command;
    byId("health-command-box").hidden = false;
  }
}

function status(id, message, state) {
  const element = byId(id);
  element.textContent = message;
  element.dataset.state = state;
}

byId("settings-form").addEventListener("submit", save);
byId("test-connection").addEventListener("click", testConnection);
byId("reset").addEventListener("click", () => {
  show(DEFAULTS);
  status("save-status", "Defaults restored in the form: save to keep them.", "pending");
});
load();
