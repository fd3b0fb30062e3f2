/** "Copy as Markdown": the whole result as a Markdown document. */

/** Backslash-escapes the characters that Markdown would read as formatting. */
export function escapeMarkdown(text) {
  return String(text ?? "")
    .replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`)
    .replace(/\s+/g, " ")
    .trim();
}

/** The Markdown of a popup view (see view.js). */
export function toMarkdown(view, { date = new Date() } = {}) {
  const lines = [];
  lines.push(`# ${escapeMarkdown(view.title || "Untitled page")}`, "");
  if (view.url) {
    lines.push(`<${view.url.replace(/[<>\s]/g, encodeURIComponent)}>`, "");
  }
  for (const warning of view.warnings) {
    lines.push(`> **Note:** ${escapeMarkdown(warning.text)}`, "");
  }
  lines.push("## Summary", "");
  lines.push(...(view.summary.length ? view.summary.map((s) => `- ${escapeMarkdown(s.text)}`) : ["_No summary._"]), "");
  const actors = [...view.actors.top, ...view.actors.rest];
  lines.push("## Key actors", "");
  lines.push(...(actors.length ? actors.map(actorLine) : ["_None found._"]), "");
  lines.push("## Quotes", "");
  if (!view.quotes.length) {
    lines.push("_None found._", "");
  }
  for (const quote of view.quotes) {
    lines.push(`> ${quoteText(quote)}`, `> — ${speakerLine(quote)}`, "");
  }
  const meta = view.meta ?? {};
  lines.push(
    "---",
    "",
    `_Analysed by NewsBrief ${meta.version ?? ""} (${meta.model ?? "unknown model"}) on ${date.toISOString().slice(0, 10)}._`,
  );
  return lines.join("\n") + "\n";
}

function actorLine(actor) {
  const parts = [`**${escapeMarkdown(actor.name)}** (${actor.kindLabel.toLowerCase()})`];
  if (actor.roles.length) {
    parts.push(actor.roles.map(escapeMarkdown).join("; "));
  }
  if (actor.quoteCount) {
    parts.push(`quoted ${actor.quoteCount} ${actor.quoteCount === 1 ? "time" : "times"}`);
  }
  return `- ${parts.join(" — ")}`;
}

function quoteText(quote) {
  const text = escapeMarkdown(quote.text);
  return quote.kind === "indirect" ? `_${text}_ (reported)` : `“${text}”`;
}

function speakerLine(quote) {
  const who = quote.speaker ? `**${escapeMarkdown(quote.speaker)}**` : "_unattributed_";
  const role = quote.role ? `, ${escapeMarkdown(quote.role)}` : "";
  const cue = quote.cue ? ` (${escapeMarkdown(quote.cue)})` : "";
  return `${who}${role}${cue}`;
}
