/** The user's settings: defaults, validation, and the host permission a server URL needs. */

export const DEFAULT_SERVER_URL = "http://127.0.0.1:8765";

export const DEFAULTS = Object.freeze({
  serverUrl: DEFAULT_SERVER_URL,
  summaryLength: "short",
  highlight: true,
  timeoutSeconds: 30,
});

export const SUMMARY_LENGTHS = Object.freeze(["short", "medium", "long"]);
export const TIMEOUT_RANGE = Object.freeze({ min: 1, max: 300 });

// Granted at install by the manifest's host_permissions; any other host is asked for at run time.
const BUILTIN_HOSTS = new Set(["127.0.0.1", "localhost"]);

/**
 * Checks a server address typed by the user. Returns `{ ok: true, url }` with the normalised
 * origin (no trailing slash), or `{ ok: false, error }` with a sentence saying what is wrong.
 */
export function validateServerUrl(input) {
  const raw = String(input ?? "").trim();
  if (!raw) {
    return { ok: false, error: "Enter the server address, for example " + DEFAULT_SERVER_URL + "." };
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: "That is not a web address. Use the form " + DEFAULT_SERVER_URL + "." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, error: "The address must start with http:// or https://." };
  }
  if (url.username || url.password) {
    return { ok: false, error: "The address must not contain a user name or password." };
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    return { ok: false, error: "Give only the server's address, without a path: " + url.origin + "." };
  }
  return { ok: true, url: url.origin };
}

/** The match pattern for a server's host (match patterns ignore ports: any port matches). */
export function hostPattern(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether the manifest already grants access to this server, so no run-time request is needed. */
export function isBuiltinServer(serverUrl) {
  const url = new URL(serverUrl);
  return url.protocol === "http:" && BUILTIN_HOSTS.has(url.hostname);
}

/** Stored settings with defaults filled in and out-of-range values replaced. */
export function normalizeSettings(stored) {
  const raw = stored ?? {};
  const server = validateServerUrl(raw.serverUrl ?? DEFAULTS.serverUrl);
  const timeout = Number(raw.timeoutSeconds);
  return {
    serverUrl: server.ok ? server.url : DEFAULTS.serverUrl,
    summaryLength: SUMMARY_LENGTHS.includes(raw.summaryLength) ? raw.summaryLength : DEFAULTS.summaryLength,
    highlight: typeof raw.highlight === "boolean" ? raw.highlight : DEFAULTS.highlight,
    timeoutSeconds:
      Number.isFinite(timeout) && timeout >= TIMEOUT_RANGE.min && timeout <= TIMEOUT_RANGE.max
        ? timeout
        : DEFAULTS.timeoutSeconds,
  };
}

/** The command that starts a server at this address (shown when none answers). */
export function startCommand(serverUrl) {
  const url = new URL(serverUrl);
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const host = url.hostname === "localhost" || url.hostname === "127.0.0.1" ? "" : ` --host ${url.hostname}`;
  return `newsbrief serve${host} --port ${port}`;
}
