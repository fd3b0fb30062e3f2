/**
 * Every way an analysis can fail, as one plain object the service worker stores and the popup
 * shows. `describeError` turns it into words; each state offers a way forward (retry at least).
 */
import { startCommand } from "./settings.js";

export const ERROR_KINDS = Object.freeze([
  "server_down",
  "timeout",
  "server_error",
  "bad_response",
  "permission",
  "restricted",
  "not_article",
  "internal",
]);

// Below this many words a page is a login form, a gallery or an index, not an article.
export const MIN_ARTICLE_WORDS = 80;
// A selection is the reader's own choice: one or two sentences are enough.
export const MIN_SELECTION_WORDS = 8;

/** The fewest words worth sending for this mode ("page" or "selection"). */
export function minimumWords(mode) {
  return mode === "selection" ? MIN_SELECTION_WORDS : MIN_ARTICLE_WORDS;
}

/** A failure record: `kind` from ERROR_KINDS plus the facts the message needs. */
export function failure(kind, details = {}) {
  return { kind: ERROR_KINDS.includes(kind) ? kind : "internal", ...details };
}

/** Words in a text, the unit of the "too short" check. */
export function countWords(text) {
  const words = String(text ?? "").match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/**
 * What the popup says about a failure: `{ title, message, command?, actions }`, where actions
 * name buttons the popup knows ("retry", "grant", "options", "page").
 */
export function describeError(error, settings) {
  const server = settings?.serverUrl ?? "the server";
  switch (error?.kind) {
    case "server_down":
      return {
        title: "The NewsBrief server is not running",
        message: `Nothing answered at ${server}. Start the server in a terminal, then retry:`,
        command: startCommand(settings.serverUrl),
        actions: ["retry", "options"],
      };
    case "timeout":
      return {
        title: "The server took too long",
        message: `No answer from ${server} within ${error.seconds} s. A very long page, or a busy machine, can do this.`,
        actions: ["retry", "options"],
      };
    case "server_error":
      return {
        title: `The server could not analyse this page (${error.status})`,
        message: error.message || "It answered with an error and no explanation.",
        actions: ["retry"],
      };
    case "bad_response":
      return {
        title: "The server's answer was not understood",
        message: `Is ${server} really a NewsBrief server? ${error.message ?? ""}`.trim(),
        actions: ["retry", "options"],
      };
    case "permission":
      return {
        title: "NewsBrief may not reach this server yet",
        message: `Allow the extension to connect to ${server}, then retry.`,
        actions: ["grant", "retry"],
      };
    case "restricted":
      return {
        title: "This page cannot be read",
        message:
          "The browser does not let extensions read this kind of page (browser pages, the web store, some PDF viewers).",
        actions: ["retry"],
      };
    case "not_article":
      if (error.mode === "selection") {
        return {
          title: "The selection is too short",
          message: `The selection has ${error.words ?? 0} words; select at least ${MIN_SELECTION_WORDS} and try again.`,
          actions: ["retry", "page"],
        };
      }
      return {
        title: "This does not look like an article",
        message: `Found ${error.words ?? 0} words of text; NewsBrief needs at least ${MIN_ARTICLE_WORDS}. Select a passage and use "Analyze with NewsBrief" from the context menu, or retry once the page has loaded.`,
        actions: ["retry"],
      };
    default:
      return {
        title: "Something went wrong",
        message: error?.message || "An unexpected error stopped the analysis.",
        actions: ["retry"],
      };
  }
}

/** An Error that carries a failure record (the record is what gets stored and shown). */
export class Failure extends Error {
  constructor(record) {
    super(record.message ?? record.kind);
    this.name = "Failure";
    this.record = record;
  }
}

/** The failure record of anything thrown during an analysis. */
export function toFailure(error) {
  if (error instanceof Failure) {
    return error.record;
  }
  return failure("internal", { message: String(error?.message ?? error) });
}
