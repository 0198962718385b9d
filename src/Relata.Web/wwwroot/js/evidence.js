// Evidence drill-down: the source document with the fact's sentence highlighted, and the document's metadata.
import { el, clear, fill, highlighted } from "./dom.js";
import { get } from "./api.js";

let panel;
const cache = new Map();

function ensurePanel() {
  if (panel) return panel;
  panel = el("aside", { id: "evidence", class: "evidence", "aria-live": "polite", hidden: true });
  document.body.append(panel);
  document.addEventListener("keydown", e => { if (e.key === "Escape") closeEvidence(); });
  return panel;
}

export function closeEvidence() {
  if (panel) panel.hidden = true;
}

function row(label, value, link) {
  if (value === null || value === undefined || value === "") return null;
  return el("tr", {}, el("th", { text: label }), el("td", {}, link ? el("a", { href: value, rel: "noopener noreferrer", target: "_blank", text: value }) : String(value)));
}

/**
 * Opens the panel for one piece of evidence ({document_id, sentence, start, end}); facts is a list of
 * [label, value] pairs describing what was read there (the event, claim or figure).
 */
export async function openEvidence(evidence, facts = []) {
  const box = ensurePanel();
  box.hidden = false;
  fill(box, el("p", { class: "note", text: "Loading the source…" }));
  let doc = cache.get(evidence.document_id);
  try {
    if (!doc) {
      doc = await get("/documents/" + encodeURIComponent(evidence.document_id));
      cache.set(evidence.document_id, doc);
    }
  } catch (error) {
    fill(box, el("p", { class: "error", text: error.message }));
    return;
  }
  const meta = doc.document.metadata;
  const factTable = el("table", { class: "facts" }, ...facts.filter(f => f[1] !== null && f[1] !== undefined && f[1] !== "").map(([k, v]) => row(k, v)));
  const metaTable = el("table", { class: "meta" },
    row("title", meta.title), row("outlet", meta.outlet), row("author", meta.author), row("published", meta.published),
    row("reference date", doc.document.date ? `${doc.document.date.value} (${doc.document.date.reason})` : null),
    row("source", doc.document.source), row("url", meta.url && /^https?:/i.test(meta.url) ? meta.url : null, true),
    row("document", `${doc.document.id} v${doc.document.version}`),
    row("evidence", `sentence ${evidence.sentence}, characters ${evidence.start}–${evidence.end}`));
  const text = el("div", { class: "doctext" });
  let target = null;
  let paragraph = -1;
  let p = null;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      p = el("p");
      text.append(p);
    }
    const isTarget = s.index === evidence.sentence;
    const span = el("span", { class: isTarget ? "sentence hit" : "sentence", "data-sentence": s.index });
    if (isTarget && evidence.start >= s.start && evidence.end <= s.end && (evidence.start > s.start || evidence.end < s.end)) {
      span.append(highlighted(s.text, [{ start: evidence.start - s.start, end: evidence.end - s.start }], "strong"));
    } else span.textContent = s.text;
    if (isTarget) target = span;
    p.append(span, " ");
  }
  fill(box, 
    el("div", { class: "evidence-head" },
      el("h2", { text: meta.title || doc.document.id }),
      el("button", { type: "button", class: "close", "aria-label": "Close", text: "×", onclick: closeEvidence })),
    facts.length ? factTable : null, metaTable, text);
  if (target) target.scrollIntoView({ block: "center" });
}

export function eventFacts(e) {
  return [
    ["event", `${e.cameo} ${e.cameo_name}`], ["source", e.source?.name], ["target", e.target?.name],
    ["date", e.date ? `${e.date.value} (${e.date.precision}, from ${e.date.from})` : "undated"], ["modality", e.modality],
    ["Goldstein", e.goldstein], ["where", e.location?.name], ["trigger", e.trigger], ["confidence", e.confidence],
  ];
}

export function claimFacts(c) {
  return [
    ["speaker", c.speaker?.name], ["cue", `${c.cue.lemma} (${c.cue.type})`], ["claim", c.text], ["date", c.date],
    ["stance", c.stance], ["proposition", c.proposition?.label], ["quoted", c.quoted ? "direct quote" : "paraphrase"],
  ];
}

export function figureFacts(f) {
  return [
    ["figure", f.text], ["value", `${f.value.toLocaleString("en-GB")} ${f.unit}`], ["measure", f.measure?.text], ["period", f.period?.value],
    ["qualifier", f.qualifier],
  ];
}
