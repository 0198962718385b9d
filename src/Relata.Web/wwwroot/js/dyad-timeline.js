// Interactive timeline (vis-timeline): one lane per direction; an event spans the period its date denotes.
import { el, clear } from "./dom.js";
import { openEvidence, eventFacts } from "./evidence.js";

function parseDay(value) {
  const [y, m, d] = String(value).split("-").map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

export function drawTimeline(container, timeline, { a, b, modality }) {
  clear(container);
  const entries = timeline.entries.filter(e => !modality || e.event.modality === modality);
  if (!entries.length) {
    container.append(el("p", { class: "note", text: "No dated events for this pair in the period." }));
    return null;
  }
  const lane = e => (e.event.source && a.covers.includes(e.event.source.id) ? "ab" : e.event.source && b.covers.includes(e.event.source.id) ? "ba" : "other");
  const groups = new vis.DataSet([
    { id: "ab", content: el("span", { text: `${a.name} → ${b.name}` }) },
    { id: "ba", content: el("span", { text: `${b.name} → ${a.name}` }) },
    { id: "other", content: el("span", { text: "other" }) },
  ]);
  const items = new vis.DataSet(entries.map((e, i) => {
    const start = parseDay(e.start), end = parseDay(e.end);
    const point = e.precision === "day";
    // Content is an element built with textContent: vis-timeline never parses document text as markup.
    const content = el("span", { class: `tl-item q${e.event.quad_class} ${e.event.modality}`,
      text: `${e.event.cameo_name}${e.evidence_count > 1 ? ` ×${e.evidence_count}` : ""}` });
    return { id: i, group: lane(e), content, start, end: point ? undefined : new Date(end.getTime() + 86400000), type: point ? "box" : "range",
      className: `q${e.event.quad_class} ${e.event.modality}` };
  }));
  const used = new Set(entries.map(lane));
  groups.forEach(g => { if (!used.has(g.id)) groups.remove(g.id); });
  const chart = new vis.Timeline(container, items, groups, {
    stack: true, zoomKey: "ctrlKey", maxHeight: 420, orientation: "top", showTooltips: false,
    margin: { item: 4 }, xss: { disabled: false },
  });
  chart.on("select", ({ items: selected }) => {
    if (!selected.length) return;
    const e = entries[selected[0]];
    openEvidence(e.event.evidence, [...eventFacts(e.event), ["reports", `${e.evidence_count} in ${e.document_count} documents`]]);
  });
  container.append(el("p", { class: "note", text: `${entries.length} events; click one for its evidence; Ctrl+wheel zooms. Day-precise events are points; month- and year-precise ones span their period.` }));
  return chart;
}
