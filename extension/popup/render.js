/**
 * The popup's DOM, filled from <template>s with textContent only: page and server strings never
 * pass through innerHTML. Each function takes the document, so the tests can use any DOM.
 */

const STATES = ["loading", "error", "results"];
const PHASES = ["extracting", "analyzing"];

/** Shows one of the three state sections (or none, for "idle") and records it on <body>. */
export function showState(doc, state) {
  for (const name of STATES) {
    doc.getElementById(name).hidden = name !== state;
  }
  doc.body.dataset.state = state;
  doc.getElementById("copy").disabled = state !== "results";
}

/** The loading state: which step is running, what it works on, and for how long. */
export function renderLoading(doc, progress, now = Date.now()) {
  showState(doc, "loading");
  const current = PHASES.indexOf(progress?.phase);
  doc.querySelectorAll(".steps li").forEach((item) => {
    const index = PHASES.indexOf(item.dataset.step);
    item.className = index < current ? "done" : index === current ? "active" : "";
    if (index === current) {
      item.setAttribute("aria-current", "step");
    } else {
      item.removeAttribute("aria-current");
    }
  });
  const seconds = progress?.since ? Math.max(0, (now - progress.since) / 1000).toFixed(1) : null;
  let detail = "";
  if (progress?.phase === "analyzing") {
    detail = `${(progress.words ?? 0).toLocaleString("en")} words sent to ${progress.server ?? "the server"}`;
  } else if (progress?.phase === "extracting") {
    detail = "Finding the article in the page";
  }
  doc.getElementById("loading-detail").textContent = seconds ? `${detail} · ${seconds} s` : detail;
}

/** The error state from describeError's `{ title, message, command?, actions }`. */
export function renderError(doc, description) {
  showState(doc, "error");
  doc.getElementById("error-title").textContent = description.title;
  doc.getElementById("error-message").textContent = description.message;
  doc.getElementById("error-command-box").hidden = !description.command;
  doc.getElementById("error-command").textContent = description.command ?? "";
  const actions = new Set(description.actions);
  doc.getElementById("retry").hidden = !actions.has("retry");
  doc.getElementById("grant").hidden = !actions.has("grant");
  doc.getElementById("whole-page").hidden = !actions.has("page");
  doc.getElementById("error-options").hidden = !actions.has("options");
}

/** The results: warnings, summary, actors, quotes, and a line about where they came from. */
export function renderResults(doc, view, { cached = false } = {}) {
  showState(doc, "results");
  fill(doc, "warnings", view.warnings, "tpl-warning", (item, warning) => {
    item.dataset.kind = warning.kind;
    item.querySelector(".warning-text").textContent = warning.text;
  });
  doc.getElementById("page-title").textContent = view.title ?? "";
  fill(doc, "summary-list", view.summary, "tpl-summary", (item, sentence) => {
    passageButton(item.querySelector("button"), sentence.passage, sentence.text);
  });
  renderActors(doc, view.actors);
  renderQuotes(doc, view);
  const meta = view.meta ?? {};
  const parts = [`${meta.model ?? "unknown model"}`, `${Math.round(meta.elapsed_ms ?? 0)} ms`];
  if (cached) {
    parts.push("from this session's cache");
  }
  doc.getElementById("meta").textContent = `NewsBrief ${meta.version ?? ""} · ${parts.join(" · ")}`;
}

function renderActors(doc, actors) {
  const all = actors.top.length + actors.rest.length;
  doc.getElementById("actor-count").textContent = all ? `(${all})` : "";
  fill(doc, "actor-list", actors.top, "tpl-actor", actorItem);
  fill(doc, "actor-list-more", actors.rest, "tpl-actor", actorItem);
  doc.getElementById("actors-more").hidden = actors.rest.length === 0;
  doc.getElementById("actors-more-label").textContent = `${actors.rest.length} more`;
  if (!all) {
    fill(doc, "actor-list", [null], "tpl-actor", (item) => {
      item.textContent = "No actors found.";
      item.className = "muted";
    });
  }
}

function actorItem(item, actor) {
  item.dataset.kind = actor.kind;
  const icon = item.querySelector(".actor-icon");
  icon.textContent = actor.icon;
  icon.title = actor.kindLabel;
  passageButton(item.querySelector(".actor-name"), actor.passage, actor.name);
  item.querySelector(".actor-kind").textContent = ` (${actor.kindLabel.toLowerCase()})`;
  item.querySelector(".actor-roles").textContent = actor.roles.join(" · ");
  const n = actor.quoteCount;
  item.querySelector(".actor-quotes").textContent = n ? `${n} ${n === 1 ? "quote" : "quotes"}` : "";
}

function renderQuotes(doc, view) {
  doc.getElementById("quote-count").textContent = view.quotes.length ? `(${view.quotes.length})` : "";
  doc.getElementById("no-quotes").hidden = view.quotes.length > 0;
  fill(doc, "quote-list", view.quotes, "tpl-quote", (item, quote) => {
    item.dataset.kind = quote.kind;
    item.dataset.speaker = quote.speakerId;
    const shown = quote.kind === "indirect" ? quote.text : `“${quote.text}”`;
    passageButton(item.querySelector(".quote-text"), quote.passage, shown);
    item.querySelector(".quote-speaker").textContent = quote.speaker ?? "Unattributed";
    item.querySelector(".quote-role").textContent = quote.role ? `, ${quote.role}` : "";
    const kind = quote.kind === "indirect" ? "reported" : quote.kind === "partial" ? "partial quote" : "";
    const cue = [quote.cue, kind].filter(Boolean).join(", ");
    item.querySelector(".quote-cue").textContent = cue ? ` · ${cue}` : "";
  });
  const label = doc.getElementById("speaker-filter-label");
  label.hidden = view.speakers.length < 2;
  const select = doc.getElementById("speaker-filter");
  const options = [{ id: "*", name: "All speakers", count: view.quotes.length }, ...view.speakers];
  fill(doc, "speaker-filter", options, "tpl-option", (option, speaker) => {
    option.value = speaker.id;
    option.textContent = `${speaker.name} (${speaker.count})`;
  });
  select.value = "*";
}

/** Shows only the quotes of one speaker ("*" for all; "" for the unattributed ones). */
export function filterQuotes(doc, speakerId) {
  doc.querySelectorAll("#quote-list > li").forEach((item) => {
    item.hidden = speakerId !== "*" && item.dataset.speaker !== speakerId;
  });
}

function passageButton(button, passage, label) {
  button.textContent = label;
  if (passage) {
    button.dataset.passage = passage.text;
    button.dataset.occurrence = String(passage.occurrence.index);
    button.dataset.occurrences = String(passage.occurrence.count);
    button.title = "Show in the page";
  } else {
    button.disabled = true;
  }
}

/** Replaces the children of #listId with one clone of #templateId per item. */
function fill(doc, listId, items, templateId, build) {
  const list = doc.getElementById(listId);
  const template = doc.getElementById(templateId);
  const clones = items.map((value) => {
    const fragment = template.content.cloneNode(true);
    const element = fragment.firstElementChild;
    build(element, value);
    return element;
  });
  list.replaceChildren(...clones);
}
