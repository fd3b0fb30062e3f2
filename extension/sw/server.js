/** The NewsBrief server, called only from the service worker (never from a page). */
import { Failure, failure } from "../lib/errors.js";
import { analysisProblem, apiErrorMessage } from "../lib/response.js";
import { hostPattern, isBuiltinServer } from "../lib/settings.js";

/** POST /api/v1/analyze; the parsed analysis, or a thrown Failure. */
export async function analyzeOnServer(settings, payload) {
  await requirePermission(settings.serverUrl);
  const { status, body } = await requestJson(
    `${settings.serverUrl}/api/v1/analyze`,
    { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) },
    settings.timeoutSeconds,
  );
  if (status !== 200) {
    throw new Failure(failure("server_error", { status, message: apiErrorMessage(body) ?? `HTTP ${status}` }));
  }
  const problem = analysisProblem(body);
  if (problem) {
    throw new Failure(failure("bad_response", { message: problem }));
  }
  return body;
}

/** GET /api/v1/health: `{ status, model, version }`, or a thrown Failure. */
export async function checkHealth(serverUrl, timeoutSeconds) {
  await requirePermission(serverUrl);
  const { status, body } = await requestJson(`${serverUrl}/api/v1/health`, { method: "GET" }, timeoutSeconds);
  if (status !== 200) {
    throw new Failure(failure("server_error", { status, message: apiErrorMessage(body) ?? `HTTP ${status}` }));
  }
  if (body?.status !== "ok") {
    throw new Failure(failure("bad_response", { message: 'Its health answer is not {"status": "ok"}.' }));
  }
  return body;
}

async function requirePermission(serverUrl) {
  if (isBuiltinServer(serverUrl)) {
    return;
  }
  const granted = await chrome.permissions.contains({ origins: [hostPattern(serverUrl)] });
  if (!granted) {
    throw new Failure(failure("permission", { origin: hostPattern(serverUrl) }));
  }
}

/** One request with a deadline covering the whole answer; `{ status, body }` with body parsed. */
async function requestJson(url, init, timeoutSeconds) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal, credentials: "omit", cache: "no-store" });
    const raw = await response.text();
    try {
      return { status: response.status, body: JSON.parse(raw) };
    } catch {
      throw new Failure(failure("bad_response", { message: `It answered HTTP ${response.status} without JSON.` }));
    }
  } catch (error) {
    if (error instanceof Failure) {
      throw error;
    }
    if (controller.signal.aborted) {
      throw new Failure(failure("timeout", { seconds: timeoutSeconds }));
    }
    // fetch rejects with a TypeError when nothing listens at the address.
    throw new Failure(failure("server_down", { message: String(error?.message ?? error) }));
  } finally {
    clearTimeout(timer);
  }
}
