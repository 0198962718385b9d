// Corpus page: where to start, full-text search with highlighted hits, upload or paste, and the document list.
import { el, clear, fill, highlighted, number } from "./dom.js";
import { get, post } from "./api.js";
import { header } from "./layout.js";
import { pageLink, readParams, writeParams } from "./filters.js";
import { openEvidence, eventFacts, claimFacts, figureFacts } from "./evidence.js";
import { pagedList } from "./tables.js";

header("corpus");

async function start() {
  const body = document.getElementById("start-body");
  try {
    const [dyads, actors] = await Promise.all([get("/dyads", { limit: 12 }), get("/actors", { limit: 12 })]);
    const pairs = new Map();
    for (const d of dyads) {
      const key = [d.source_id, d.target_id].sort().join("|");
      if (!pairs.has(key)) pairs.set(key, d);
    }
    fill(body, 
      el("p", { text: "Pick a relationship to see what each side did toward the other, when, and on what evidence." }),
      el("ul", { class: "chips" }, ...[...pairs.values()].map(d =>
        el("li", {}, el("a", { href: pageLink("dyad", { a: d.source_id, b: d.target_id }), text: `${d.source_name} ↔ ${d.target_name}` }),
          el("small", { text: ` ${d.events} events` })))),
      el("p", { text: "Or an actor:" }),
      el("ul", { class: "chips" }, ...actors.items.map(a =>
        el("li", {}, el("a", { href: pageLink("actor", { id: a.id }), text: a.name }), el("small", { text: ` ${a.mentions}` })))));
    if (!dyads.length && !actors.items.length) fill(body, el("p", { text: "The store is empty: upload or paste a document below, or run `relata demo`." }));
  } catch (error) {
    fill(body, el("p", { class: "error", text: error.message }));
  }
}

async function search(q) {
  const box = document.getElementById("search-results");
  writeParams({ ...readParams(), q });
  if (!q) { clear(box); return; }
  await pagedList(box, offset => get("/search", { q, limit: 20, offset }), hits =>
    el("ol", { class: "hits", start: 1 }, ...hits.map(h => {
      const item = el("li", { class: "hit clickable", tabindex: 0 },
        el("div", { class: "hit-title", text: `${h.title ?? h.document_id} · sentence ${h.sentence}` }),
        el("div", { class: "hit-text" }, highlighted(h.text, h.highlights)));
      const open = () => openEvidence({ document_id: h.document_id, sentence: h.sentence, start: h.start, end: h.end }, [["search", q]]);
      item.addEventListener("click", open);
      item.addEventListener("keydown", e => { if (e.key === "Enter") open(); });
      return item;
    })), "No sentence matches.");
}

async function documents() {
  await pagedList(document.getElementById("documents"), offset => get("/documents", { limit: 25, offset }), docs =>
    el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ...["date", "title", "outlet", "sentences", "id"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...docs.map(d => {
        const row = el("tr", { class: "clickable", tabindex: 0 },
          el("td", { class: "nowrap", text: d.date?.value ?? "" }), el("td", { text: d.metadata.title ?? d.source }),
          el("td", { text: d.metadata.outlet ?? "" }), el("td", { class: "num", text: d.sentence_count }), el("td", { class: "muted", text: d.id }));
        row.addEventListener("click", () => openEvidence({ document_id: d.id, sentence: -1, start: 0, end: 0 }));
        return row;
      }))), "No documents yet.");
}

/** What the pipeline found in a newly stored document, read back from its stored extract record. */
async function showFacts(result) {
  const box = document.getElementById("ingest-result");
  const extract = await get("/documents/" + encodeURIComponent(result.document_id) + "/extract");
  const evidence = (ev) => ({ document_id: result.document_id, sentence: ev.sentence, start: ev.start, end: ev.end });
  const list = (title, items, render) => items.length ? el("div", {}, el("h3", { text: `${title} (${items.length})` }), el("ul", { class: "facts-list" }, ...items.map(render))) : null;
  const item = (text, open) => {
    const li = el("li", { class: "clickable", tabindex: 0, text });
    li.addEventListener("click", open);
    return li;
  };
  const sentenceOf = (start) => extract.sentences.find(s => s.start <= start && start < s.end) ?? extract.sentences[0];
  fill(box, 
    el("p", { class: "ok", text: `Stored “${result.title ?? result.document_id}” (${result.outcome}, ${result.document_id} v${result.version}): ` +
      `${result.sentences} sentences, ${result.events} events, ${result.claims} claims, ${result.figures} figures, ${result.mentions} actor mentions.` }),
    ...(result.errors ?? []).map(e => el("p", { class: "error", text: e })),
    list("Events", extract.events, e => item(`${e.date?.value ?? "undated"} · ${e.source?.name ?? "?"} — ${e.cameo_name} — ${e.target?.name ?? "?"} (${e.modality})`,
      () => openEvidence({ document_id: result.document_id, ...e.evidence }, eventFacts({ ...e, evidence: evidence(e.evidence) })))),
    list("Claims", extract.claims, c => item(`${c.speaker.name}: ${c.text}`, () => openEvidence(evidence(c.evidence), claimFacts(c)))),
    list("Figures", extract.quantities, q => {
      const s = sentenceOf(q.start);
      return item(`${q.text}${q.measure ? " — " + q.measure.text : ""}`, () => openEvidence({ document_id: result.document_id, sentence: s.index, start: q.start, end: q.end },
        figureFacts({ ...q, value: Number(q.value) })));
    }),
    list("Actors", extract.actors, a => el("li", {}, el("a", { href: pageLink("actor", { id: a.id }), text: `${a.name} (${a.mentions})` }))));
}

async function ingest(form, data) {
  const box = document.getElementById("ingest-result");
  const button = form.querySelector("button");
  button.disabled = true;
  fill(box, el("p", { class: "note", text: "Analysing…" }));
  try {
    const results = await post("/ingest", data);
    await showFacts(results[0]);
    documents();
    start();
  } catch (error) {
    fill(box, el("p", { class: "error", role: "alert", text: error.message }));
  } finally {
    button.disabled = false;
  }
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  search(document.getElementById("search-q").value.trim());
});
document.getElementById("upload-form").addEventListener("submit", e => {
  e.preventDefault();
  const file = document.getElementById("upload-file").files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  ingest(e.target, data);
});
document.getElementById("paste-form").addEventListener("submit", e => {
  e.preventDefault();
  const text = document.getElementById("paste-text").value;
  if (!text.trim()) return;
  const data = new FormData();
  data.append("title", document.getElementById("paste-title").value);
  data.append("text", text);
  ingest(e.target, data);
});

const initial = readParams().q;
if (initial) {
  document.getElementById("search-q").value = initial;
  search(initial);
}
start();
documents();
