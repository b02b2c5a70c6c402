// The document view: the text with every extracted entity mention highlighted (from the
// API's character spans) and, when opened from evidence, the evidence sentence marked.
import { badge, el, replace } from "./dom.js";
import { seg } from "./api.js";

const $ = (id) => document.getElementById(id);

/** Non-overlapping mention spans [{start, end, entity}] sorted by start (first one wins). */
function mentionSpans(mentions, textLength) {
  const spans = [];
  for (const m of mentions) {
    for (let i = 0; i + 1 < m.spans.length; i += 2) {
      const [start, end] = [m.spans[i], m.spans[i + 1]];
      if (start >= 0 && end <= textLength && start < end) spans.push({ start, end, entity: m });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/** The text as DOM nodes: mentions as <mark>, the `at` range inside a .sentence <span>. */
function highlighted(text, spans, at) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  if (at) cuts.add(Math.max(0, at.start)).add(Math.min(text.length, at.end));
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  let k = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    while (k < spans.length && spans[k].end <= start) k++;
    const span = k < spans.length && spans[k].start <= start ? spans[k] : null;
    const piece = text.slice(start, end);
    let node = span
      ? el("mark", { class: "entity", "data-entity": span.entity.id, title: `${span.entity.name} (${span.entity.label})` }, piece)
      : document.createTextNode(piece);
    if (at && start >= at.start && end <= at.end) node = el("span", { class: "sentence" }, node);
    out.push(node);
  }
  return out;
}

function focusEntity(id) {
  const marks = [...$("document-text").querySelectorAll("mark.entity")];
  for (const m of marks) m.classList.toggle("focus", m.dataset.entity === id);
  const first = marks.find((m) => m.dataset.entity === id);
  if (first) first.scrollIntoView({ block: "center" });
}

/** Fill the document view from a DocumentDetail; `at` = {start, end} of a sentence, or null. */
export function renderDocument(doc, at) {
  const text = doc.text || "";
  const spans = mentionSpans(doc.mentions, text.length);
  $("document-title").textContent = doc.title || doc.id;
  replace($("document-text"), ...highlighted(text, spans, at));
  const mentions = [...doc.mentions].sort((a, b) => (b.count || 0) - (a.count || 0) || a.name.localeCompare(b.name));
  replace($("document-entities"),
    el("li", { class: "muted small" }, `${mentions.length} entities, ${doc.relationships.length} relationships.`),
    ...mentions.map((m) => el("li", {},
      badge(m.label), " ",
      el("button", { type: "button", class: "linkish", onclick: () => focusEntity(m.id) }, m.name || m.id),
      el("span", { class: "muted small" }, ` ×${m.count ?? m.spans.length / 2} `),
      el("a", { href: `#entity=${seg(m.id)}`, class: "small", title: `Open ${m.name} in the graph` }, "graph"))));
  const sentence = $("document-text").querySelector(".sentence");
  if (sentence) sentence.scrollIntoView({ block: "center" });
  else $("document-text").scrollTop = 0;
}
