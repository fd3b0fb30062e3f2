/** A light check that a server answer has the shape of README "The API", before anything renders it. */

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isOffset = (value) => Number.isInteger(value) && value >= 0;

/** null when `body` looks like an analysis, else a sentence naming the first thing wrong. */
export function analysisProblem(body) {
  if (!isObject(body)) {
    return "The answer is not a JSON object.";
  }
  if (!isObject(body.summary) || !Array.isArray(body.summary.sentences)) {
    return "The answer has no summary.sentences list.";
  }
  if (!Array.isArray(body.actors) || !Array.isArray(body.quotes) || !isObject(body.meta)) {
    return "The answer lacks actors, quotes or meta.";
  }
  const spans = [...body.summary.sentences, ...body.quotes];
  if (
    !spans.every(
      (span) => isObject(span) && typeof span.text === "string" && isOffset(span.start_char) && isOffset(span.end_char),
    )
  ) {
    return "A summary sentence or quote has no text or offsets.";
  }
  if (
    !body.actors.every((actor) => isObject(actor) && typeof actor.name === "string" && typeof actor.id === "string")
  ) {
    return "An actor has no id or name.";
  }
  return null;
}

/** The message of an API error body `{"error": {"code", "message"}}`, if it is one. */
export function apiErrorMessage(body) {
  return isObject(body) && isObject(body.error) && typeof body.error.message === "string" ? body.error.message : null;
}
