// Fact tables shared by the pages: every row opens its evidence.
import { el, clear, fill, signed, number } from "./dom.js";
import { openEvidence, eventFacts, claimFacts, figureFacts } from "./evidence.js";

function evidenceCell(evidence) {
  return el("td", { class: "quote", text: evidence.text });
}

function clickable(row, open) {
  row.classList.add("clickable");
  row.tabIndex = 0;
  row.addEventListener("click", open);
  row.addEventListener("keydown", e => { if (e.key === "Enter") open(); });
  return row;
}

export function eventsTable(events) {
  const body = el("tbody");
  for (const e of events) {
    body.append(clickable(el("tr", { "data-event": e.id },
      el("td", { class: "nowrap", text: e.date?.value ?? "—" }),
      el("td", { text: e.source?.name ?? "—" }),
      el("td", {}, el("span", { class: `quad q${e.quad_class}`, text: e.cameo_name }), el("small", { text: ` ${e.cameo} (${signed(e.goldstein)})` })),
      el("td", { text: e.target?.name ?? "—" }),
      el("td", { class: e.modality === "asserted" ? "" : "muted", text: e.modality }),
      evidenceCell(e.evidence)), () => openEvidence(e.evidence, eventFacts(e))));
  }
  return el("table", { class: "list events" },
    el("thead", {}, el("tr", {}, ...["date", "source", "event", "target", "modality", "evidence"].map(h => el("th", { text: h })))), body);
}

export function claimsTable(claims) {
  const body = el("tbody");
  for (const c of claims) {
    body.append(clickable(el("tr", { "data-claim": c.id },
      el("td", { class: "nowrap", text: c.date ?? "—" }),
      el("td", { text: c.speaker?.name ?? "—" }),
      el("td", { text: c.cue?.lemma ?? "" }),
      el("td", { text: c.proposition?.label ?? "" }),
      el("td", { text: c.stance ?? "" }),
      el("td", { class: "quote", text: c.text })), () => openEvidence(c.evidence, claimFacts(c))));
  }
  return el("table", { class: "list claims" },
    el("thead", {}, el("tr", {}, ...["date", "speaker", "cue", "proposition", "stance", "claim"].map(h => el("th", { text: h })))), body);
}

export function figuresTable(figures) {
  const body = el("tbody");
  for (const f of figures) {
    body.append(clickable(el("tr", {},
      el("td", { class: "nowrap", text: f.period?.value ?? f.document_date ?? "—" }),
      el("td", { class: "num", text: `${number(f.value)} ${f.unit}` }),
      el("td", { text: f.measure?.text ?? "" }),
      el("td", { text: f.text }),
      evidenceCell(f.evidence)), () => openEvidence(f.evidence, figureFacts(f))));
  }
  return el("table", { class: "list figures" },
    el("thead", {}, el("tr", {}, ...["period", "value", "measure", "as written", "evidence"].map(h => el("th", { text: h })))), body);
}

/** Previous/next buttons for a paged result; load(offset) fetches and redraws. */
export function pager(page, load) {
  const last = Math.min(page.offset + page.items.length, page.total);
  return el("div", { class: "pager" },
    el("button", { type: "button", disabled: page.offset === 0, text: "‹ previous", onclick: () => load(Math.max(0, page.offset - page.limit)) }),
    el("span", { text: page.total === 0 ? "none" : `${page.offset + 1}–${last} of ${page.total.toLocaleString("en-GB")}` }),
    el("button", { type: "button", disabled: last >= page.total, text: "next ›", onclick: () => load(page.offset + page.limit) }));
}

/** A card body that shows one page of a list and re-fetches on paging. */
export async function pagedList(container, fetchPage, render, empty = "Nothing matches.") {
  const load = async offset => {
    try {
      const page = await fetchPage(offset);
      fill(container, page.items.length ? render(page.items) : el("p", { class: "note", text: empty }), page.total > page.limit ? pager(page, load) : null);
    } catch (error) {
      fill(container, el("p", { class: "error", text: error.message }));
    }
  };
  await load(0);
}
