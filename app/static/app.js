// The graph explorer: search, entity card, neighbourhood drawing, evidence, the two analyst
// views (depends on, exposure) and the document view. It calls only the public API.
import { get, seg } from "./api.js";
import { GraphView, LABEL_STYLE, MAX_NODES } from "./graph.js";
import { renderDocument } from "./document.js";
import { badge, el, fmt, replace } from "./dom.js";

const VIEW_LIMIT = 100; // paths drawn per analyst view
const SUGGEST_LIMIT = 8;

const $ = (id) => document.getElementById(id);

const state = {
  entity: null, // the card's entity (EntityDetail)
  expanded: new Set(), // node ids whose neighbourhood is drawn
  notes: [], // truncation notes of the current drawing
};

const graph = new GraphView($("cy"), { onNode: nodeTapped, onEdge: (edge) => showEvidence(edge.id) });
window.chokepoint = { graph }; // a handle for debugging in the console

// -- status and truncation notes ----------------------------------------------------------

function status(text, isError = false) {
  const node = $("status");
  node.textContent = text;
  node.classList.toggle("error", isError);
}

function failed(err) {
  status(err.message || String(err), true);
}

function setNotes(notes) {
  state.notes = notes;
  renderNotes();
}

function renderNotes() {
  const notes = [...state.notes];
  if (graph.dropped) notes.push(`${graph.dropped} more nodes not drawn (at most ${MAX_NODES})`);
  const box = $("truncated");
  box.hidden = notes.length === 0;
  box.textContent = notes.length ? `Truncated: ${notes.join("; ")}.` : "";
}

// -- search with suggestions --------------------------------------------------------------

const search = $("search");
const list = $("suggestions");
let suggestions = [];
let active = -1;
let searchSeq = 0;

function closeSuggestions() {
  list.hidden = true;
  search.setAttribute("aria-expanded", "false");
  search.removeAttribute("aria-activedescendant");
  active = -1;
}

function setActive(index) {
  active = index;
  [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
  if (index >= 0 && list.children[index]) {
    search.setAttribute("aria-activedescendant", list.children[index].id);
    list.children[index].scrollIntoView({ block: "nearest" });
  } else {
    search.removeAttribute("aria-activedescendant");
  }
}

async function suggest() {
  const q = search.value.trim();
  const seq = ++searchSeq;
  if (!q) return closeSuggestions();
  try {
    const page = await get("/entities", { q, label: $("search-label").value, limit: SUGGEST_LIMIT });
    if (seq !== searchSeq) return; // a newer keystroke won
    suggestions = page.items;
    const items = page.items.map((hit, i) =>
      el("li", { id: `suggestion-${i}`, role: "option", "aria-selected": "false", "data-id": hit.id,
                 onmousedown: (e) => { e.preventDefault(); choose(i); } },
        badge(hit.label), el("span", {}, hit.name),
        hit.match !== "exact" && hit.aliases.length ? el("span", { class: "muted small" }, hit.aliases.slice(0, 2).join(", ")) : null),
    );
    if (!items.length) items.push(el("li", { class: "empty", role: "option", "aria-disabled": "true" }, `No entity matches “${q}”`));
    if (page.truncated) items.push(el("li", { class: "empty", role: "option", "aria-disabled": "true" }, `${page.total} matches; type more to narrow`));
    replace(list, ...items);
    list.hidden = false;
    search.setAttribute("aria-expanded", "true");
    setActive(suggestions.length ? 0 : -1);
  } catch (err) {
    failed(err);
  }
}

function choose(index) {
  const hit = suggestions[index];
  if (!hit) return;
  closeSuggestions();
  search.value = hit.name;
  location.hash = `entity=${seg(hit.id)}`;
}

let debounce = 0;
search.addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(suggest, 150);
});
search.addEventListener("keydown", (e) => {
  if (e.key === "ArrowDown" && suggestions.length) {
    e.preventDefault();
    if (list.hidden) suggest();
    else setActive((active + 1) % suggestions.length);
  } else if (e.key === "ArrowUp" && suggestions.length) {
    e.preventDefault();
    setActive((active - 1 + suggestions.length) % suggestions.length);
  } else if (e.key === "Escape") {
    closeSuggestions();
  }
});
search.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
$("search-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearTimeout(debounce);
  if (!list.hidden && active >= 0) return choose(active);
  await suggest();
  if (suggestions.length) choose(0);
  else status(`No entity matches “${search.value.trim()}”`, true);
});

// -- entity card and neighbourhood --------------------------------------------------------

function renderCard(entity) {
  const props = Object.entries(entity.properties || {}).filter(([, v]) => v !== null && v !== "");
  const degree = Object.entries(entity.degree || {}).filter(([type]) => type !== "MENTIONED_IN");
  replace($("card"),
    el("h2", { id: "card-name" }, entity.name || entity.id),
    el("p", {}, badge(entity.label), " ", el("code", { class: "small" }, entity.id)),
    el("dl", {},
      el("dt", {}, "Aliases"), el("dd", { id: "card-aliases" }, entity.aliases.length ? entity.aliases.join(", ") : "—"),
      ...props.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, Array.isArray(v) ? v.join(", ") : String(v))]),
      el("dt", {}, "Relationships"),
      el("dd", {}, degree.length ? degree.map(([t, n]) => `${t} ${n}`).join(", ") : "none"),
    ),
    el("h3", {}, `Documents (${entity.documents.length})`),
    el("ul", { id: "card-documents" },
      ...entity.documents.map((d) =>
        el("li", {}, el("a", { href: `#document=${seg(d.id)}` }, d.title || d.id),
          d.mentions ? el("span", { class: "muted small" }, ` · ${d.mentions} mentions`) : null))),
  );
  $("views").hidden = false;
  $("exposure-hint").textContent = entity.label === "Sanction"
    ? `Entities exposed to ${entity.name}.`
    : `Sanctions that reach ${entity.name}.`;
}

async function showEntity(id) {
  status("Loading…");
  try {
    const entity = await get(`/entities/${seg(id)}`);
    state.entity = entity;
    renderCard(entity);
    document.title = `${entity.name} · chokepoint explorer`;
    graph.clear();
    state.expanded.clear();
    graph.addNode(entity);
    graph.mark(entity.id, "focus");
    const page = await expand(entity.id);
    setNotes(page.truncated ? [neighbourNote(entity.name, page)] : []);
    graph.layout();
    renderNeighbours(entity, page);
    status(`${entity.name}: ${page.total} relationships, ${graph.nodeCount()} nodes drawn`);
  } catch (err) {
    failed(err);
  }
}

function neighbourNote(name, page) {
  return `showing ${page.items.length} of ${page.total} relationships of ${name}`;
}

/** Draw `id`'s neighbourhood (one page); returns the API page. */
async function expand(id) {
  const page = await get(`/entities/${seg(id)}/neighbors`, { limit: boundedInt($("neighbor-limit"), 1, 500, 60) });
  for (const n of page.items) {
    if (!graph.addNode(n.entity, id)) continue;
    const [source, target] = n.direction === "out" ? [id, n.entity.id] : [n.entity.id, id];
    graph.addEdge({ id: n.relationship, source, target, type: n.type, confidence: n.confidence });
  }
  state.expanded.add(id);
  graph.mark(id, "expanded");
  return page;
}

async function nodeTapped(node) {
  if (state.expanded.has(node.id)) {
    location.hash = `entity=${seg(node.id)}`;
    return;
  }
  status(`Expanding ${node.name}…`);
  try {
    const page = await expand(node.id);
    graph.highlight([]);
    if (page.truncated) setNotes([...state.notes, neighbourNote(node.name, page)]);
    else renderNotes();
    graph.layout();
    status(`Expanded ${node.name}: ${page.total} relationships; ${graph.nodeCount()} nodes drawn. Click it again to open its card.`);
  } catch (err) {
    failed(err);
  }
}

function renderNeighbours(entity, page) {
  replace($("detail"),
    el("h2", {}, `Relationships of ${entity.name}`),
    el("p", { class: "muted small" }, `${page.total} in all${page.truncated ? `, first ${page.items.length} shown` : ""}. Click an edge in the drawing, or a type below, to read its evidence.`),
    el("ul", { id: "neighbour-list" },
      ...page.items.map((n) => el("li", {},
        el("button", { type: "button", class: "linkish", onclick: () => showEvidence(n.relationship) }, n.type),
        n.direction === "out" ? " → " : " ← ",
        el("a", { href: `#entity=${seg(n.entity.id)}` }, n.entity.name || n.entity.id), " ", badge(n.entity.label)))),
  );
}

// -- evidence of one relationship ---------------------------------------------------------

function evidenceItem(ev) {
  return el("li", {},
    el("blockquote", {}, ev.sentence),
    el("span", { class: "small" },
      ev.document
        ? el("a", { href: `#document=${seg(ev.document)}${ev.start != null ? `&at=${ev.start}-${ev.end}` : ""}` }, ev.title || ev.document)
        : "unknown document",
      ev.method ? el("span", { class: "muted" }, ` · ${ev.method}`) : null,
      ev.confidence != null ? el("span", { class: "muted" }, ` · confidence ${fmt(ev.confidence)}`) : null));
}

async function showEvidence(relId) {
  try {
    const rel = await get(`/relationships/${seg(relId)}`);
    const props = Object.entries(rel.properties || {});
    replace($("detail"),
      el("h2", { id: "evidence-title" }, `${rel.start.name} —${rel.type}→ ${rel.end.name}`),
      el("p", { class: "small" }, `confidence ${fmt(rel.confidence)} · ${rel.sources.length} source${rel.sources.length === 1 ? "" : "s"}`,
        ...props.map(([k, v]) => ` · ${k}: ${v}`)),
      el("ol", { class: "evidence", id: "evidence-list" }, ...rel.sources.map(evidenceItem)),
      el("p", { class: "small" },
        el("a", { href: `#entity=${seg(rel.start.id)}` }, `Open ${rel.start.name}`), " · ",
        el("a", { href: `#entity=${seg(rel.end.id)}` }, `Open ${rel.end.name}`)),
    );
    graph.select([relId]);
  } catch (err) {
    failed(err);
  }
}

// -- analyst views: depends on, exposure --------------------------------------------------

function hopLine(hop, nodes, i) {
  const from = nodes[i].name || nodes[i].id;
  const to = nodes[i + 1].name || nodes[i + 1].id;
  const arrow = hop.direction === "forward" ? `—${hop.type}→` : `←${hop.type}—`;
  return el("span", { class: "hop" }, `${from} `, el("span", { class: "type" }, arrow), ` ${to} `,
    el("span", { class: "muted" }, `(${fmt(hop.confidence)})`),
    hop.evidence.length
      ? el("details", {}, el("summary", { class: "small" }, `evidence (${hop.evidence.length})`),
          el("ol", { class: "evidence" }, ...hop.evidence.map(evidenceItem)))
      : null);
}

function pathIds(path) {
  return [...path.nodes.map((n) => n.id), ...path.hops.map((h) => h.id)];
}

/** Draw the items' paths from `root`, list them, highlight them; `heading(item)` names each. */
function showPaths({ title, summary, root, page, heading, meta }) {
  graph.clear();
  state.expanded.clear();
  graph.addNode(root);
  graph.mark(root.id, "focus");
  for (const item of page.items) {
    for (const node of item.path.nodes) graph.addNode(node);
    for (const hop of item.path.hops) {
      graph.addEdge({ id: hop.id, source: hop.start, target: hop.end, type: hop.type, confidence: hop.confidence });
    }
  }
  const notes = page.truncated ? [`showing ${page.items.length} of ${page.total} paths`] : [];
  setNotes(notes);
  graph.layout(root.id);
  graph.highlight(page.items.map((item) => pathIds(item.path)));
  const rows = page.items.map((item, i) => {
    const li = el("li", { tabindex: "0", "data-index": String(i) },
      el("strong", {}, heading(item)), " ",
      el("div", { class: "meta" }, meta(item)),
      ...item.path.hops.map((hop, h) => hopLine(hop, item.path.nodes, h)));
    const pick = () => {
      [...li.parentNode.children].forEach((x) => x.classList.toggle("selected", x === li));
      graph.select(pathIds(item.path));
    };
    li.addEventListener("click", (e) => { if (!e.target.closest("a, summary")) pick(); });
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
    return li;
  });
  replace($("detail"),
    el("h2", { id: "view-title" }, title),
    el("p", { id: "view-summary", class: "small" }, summary),
    rows.length ? el("ol", { class: "paths", id: "path-list" }, ...rows) : el("p", { class: "muted" }, "Nothing within this many hops."));
}

/** The number in `input`, clamped to lo..hi (`fallback` when it is not a number). */
function boundedInt(input, lo, hi, fallback) {
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

/** The confidence floor in `input`, clamped to 0..1 (0 when it is not a number). */
function boundedConfidence(input) {
  const x = Number.parseFloat(input.value);
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** ", every hop at least x confident" for a floor above 0, else nothing. */
function floorText(minConfidence) {
  return minConfidence > 0 ? `, every hop at least ${fmt(minConfidence)} confident` : "";
}

$("deps-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const entity = state.entity;
  if (!entity) return;
  const direction = $("deps-direction").value;
  const maxHops = boundedInt($("deps-hops"), 1, 6, 3);
  const minConfidence = boundedConfidence($("deps-confidence"));
  status("Finding dependencies…");
  try {
    const page = await get(`/entities/${seg(entity.id)}/dependencies`, { direction, max_hops: maxHops, min_confidence: minConfidence, limit: VIEW_LIMIT });
    showPaths({
      title: direction === "upstream" ? `${entity.name} depends on` : `Depend on ${entity.name}`,
      summary: `${page.total} ${direction} within ${maxHops} hops${floorText(minConfidence)} (A relies on B: A DEPENDS_ON B, B SUPPLIES A, A SUBSIDIARY_OF B).`,
      root: entity,
      page,
      heading: (item) => item.entity.name || item.entity.id,
      meta: (item) => `${item.hops} hop${item.hops === 1 ? "" : "s"} · path confidence ${fmt(item.confidence)}`,
    });
    status(`${entity.name}: ${page.total} ${direction} dependencies within ${maxHops} hops`);
  } catch (err) {
    failed(err);
  }
});

$("exposure-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const entity = state.entity;
  if (!entity) return;
  const maxHops = boundedInt($("exposure-hops"), 1, 6, 4);
  const minConfidence = boundedConfidence($("exposure-confidence"));
  const fromSanction = entity.label === "Sanction";
  status("Finding exposure…");
  try {
    const params = { max_hops: maxHops, min_confidence: minConfidence, limit: VIEW_LIMIT };
    const page = fromSanction
      ? await get(`/sanctions/${seg(entity.id)}/exposure`, params)
      : await get(`/entities/${seg(entity.id)}/exposure`, params);
    const other = (item) => (fromSanction ? item.entity : item.sanction);
    showPaths({
      title: fromSanction ? `Exposed to ${entity.name}` : `Sanctions reaching ${entity.name}`,
      summary: `${page.total} ${fromSanction ? "exposed entities" : "sanctions"} within ${maxHops} hops${floorText(minConfidence)}.`,
      root: entity,
      page,
      heading: (item) => other(item).name || other(item).id,
      meta: (item) => `${item.kind} · ${item.hops} hop${item.hops === 1 ? "" : "s"} · path confidence ${fmt(item.confidence)}`,
    });
    status(`${entity.name}: ${page.total} ${fromSanction ? "exposed entities" : "sanctions reaching it"} within ${maxHops} hops`);
  } catch (err) {
    failed(err);
  }
});

$("view-neighbors").addEventListener("click", () => state.entity && showEntity(state.entity.id));

// -- document view ------------------------------------------------------------------------

async function showDocument(id, at) {
  try {
    const doc = await get(`/documents/${seg(id)}`);
    renderDocument(doc, at);
    $("document-view").hidden = false;
    $("document-close").focus();
  } catch (err) {
    failed(err);
  }
}

$("document-close").addEventListener("click", () => {
  location.hash = state.entity ? `entity=${seg(state.entity.id)}` : "";
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !$("document-view").hidden) $("document-close").click();
});

// -- routing: #entity=ID, #document=ID[&at=START-END] --------------------------------------

async function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  const doc = params.get("document");
  if (doc) {
    const [start, end] = (params.get("at") || "").split("-").map(Number);
    await showDocument(doc, Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null);
    return;
  }
  $("document-view").hidden = true;
  const id = params.get("entity");
  if (id && (!state.entity || state.entity.id !== id || !graph.nodeCount())) await showEntity(id);
}

// -- controls -----------------------------------------------------------------------------

function init() {
  const labels = Object.keys(LABEL_STYLE);
  $("search-label").append(...labels.map((l) => el("option", { value: l }, l)));
  replace($("legend"), ...labels.map((l) =>
    el("li", { title: `${l}: ${LABEL_STYLE[l].shape}` },
      el("span", { class: `swatch shape-${LABEL_STYLE[l].shape}`, style: `background:${LABEL_STYLE[l].color}` }), l)));
  $("fit").addEventListener("click", () => graph.fit());
  $("relayout").addEventListener("click", () => graph.layout());
  $("clear").addEventListener("click", () => { graph.clear(); state.expanded.clear(); setNotes([]); });
  window.addEventListener("hashchange", route);
  route();
  if (!location.hash) search.focus();
}

init();
