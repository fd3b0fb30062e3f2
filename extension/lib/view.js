/**
 * What the popup shows, computed from one cached entry (`{ request, response, ... }`): plain
 * data, no DOM. Offsets from the server (code points) become passages of the sent text that
 * the page script can find again.
 */
import { codePointIndexer } from "./offsets.js";

export const TOP_ACTORS = 5;

// Letters, not emoji: a badge must render without an emoji font.
const KIND_LABELS = Object.freeze({
  person: { label: "Person", icon: "P" },
  organization: { label: "Organisation", icon: "O" },
  place: { label: "Place", icon: "L" },
  group: { label: "Group", icon: "G" },
});
const UNATTRIBUTED = "";

/** The popup's view of an analysis. `passages` is NewsBriefPassage (content/passage.js). */
export function buildView(entry, passages, { topActors = TOP_ACTORS } = {}) {
  const { request, response } = entry;
  const text = request.text;
  const index = codePointIndexer(text);
  const passageAt = (start, end, fallback) => {
    const from = index(start);
    const sliced = text.slice(from, index(end));
    // The offsets are the contract; the returned text is a check on them.
    const passage = sliced || fallback || "";
    return { text: passage, occurrence: passages.occurrenceOf(text, from, passage) };
  };
  const actors = response.actors.map((actor) => actorView(actor, passageAt));
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const quotes = response.quotes.map((quote) => quoteView(quote, actorsById, passageAt));
  return {
    title: request.title || null,
    url: request.url || null,
    mode: entry.mode ?? "page",
    summary: response.summary.sentences.map((s) => ({
      text: s.text,
      passage: passageAt(s.start_char, s.end_char, s.text),
    })),
    actors: { top: actors.slice(0, topActors), rest: actors.slice(topActors) },
    quotes,
    speakers: speakerOptions(quotes),
    warnings: warnings(entry),
    meta: response.meta,
  };
}

function actorView(actor, passageAt) {
  const kind = KIND_LABELS[actor.kind] ?? { label: String(actor.kind), icon: "?" };
  const first = actor.mentions?.[0];
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    kindLabel: kind.label,
    icon: kind.icon,
    roles: [...(actor.roles ?? [])],
    quoteCount: actor.quote_count ?? 0,
    mentionCount: actor.mention_count ?? 0,
    passage: first ? passageAt(first.start_char, first.end_char, first.text) : null,
  };
}

function quoteView(quote, actorsById, passageAt) {
  const actor = quote.speaker_id ? actorsById.get(quote.speaker_id) : undefined;
  return {
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker ?? null,
    speakerId: quote.speaker_id ?? UNATTRIBUTED,
    role: actor?.roles[0] ?? null,
    cue: quote.cue?.text ?? null,
    passage: passageAt(quote.start_char, quote.end_char, quote.text),
  };
}

/** The speaker filter: every speaker with their number of quotes, most quoted first. */
function speakerOptions(quotes) {
  const counts = new Map();
  for (const quote of quotes) {
    const key = quote.speakerId;
    const current = counts.get(key) ?? { id: key, name: quote.speaker ?? "Unattributed", count: 0 };
    current.count += 1;
    counts.set(key, current);
  }
  return [...counts.values()].sort(
    (a, b) => (a.id === UNATTRIBUTED) - (b.id === UNATTRIBUTED) || b.count - a.count || a.name.localeCompare(b.name),
  );
}

/** Warnings for the reader: the page's language, the server's own warnings, our notices. */
function warnings(entry) {
  const out = [];
  const language = entry.response.meta?.language;
  const declared = (entry.request.lang ?? "").toLowerCase();
  if ((language && language !== "en") || (declared && !declared.startsWith("en"))) {
    const said = language && language !== "en" && language !== "und" ? ` (it looks like “${language}”)` : "";
    out.push({
      kind: "language",
      text: `This page does not seem to be in English${said}. NewsBrief is built for English: the results may be wrong.`,
    });
  }
  for (const text of entry.notices ?? []) {
    out.push({ kind: "notice", text });
  }
  for (const text of entry.response.meta?.warnings ?? []) {
    if (!/not English/i.test(text)) {
      out.push({ kind: "server", text });
    }
  }
  return out;
}
