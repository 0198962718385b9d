// Dyad page: what each side did toward the other and on what evidence — events, timeline, cooperation–conflict
// chart, network, map, claims tracker, instruments and figures. Filters live in the URL.
import { el, clear, fill, section, signed } from "./dom.js";
import { get, query } from "./api.js";
import { header, filterBar, status } from "./layout.js";
import { pageLink, readParams, writeParams } from "./filters.js";
import { openEvidence, eventFacts, claimFacts } from "./evidence.js";
import { eventsTable, figuresTable, pagedList } from "./tables.js";
import { coopChart } from "./charts.js";
import { drawTimeline } from "./dyad-timeline.js";
import { drawNetwork } from "./dyad-network.js";
import { drawMap } from "./dyad-map.js";

header("dyad");

async function dyadIndexList(box) {
  const dyads = await get("/dyads", { limit: 40 });
  fill(box, section("Busiest pairs", el("ul", { class: "chips" }, ...dyads.map(d =>
    el("li", {}, el("a", { href: pageLink("dyad", { a: d.source_id, b: d.target_id }), text: `${d.source_name} → ${d.target_name}` }),
      el("small", { text: ` ${d.events} (${d.asserted} asserted)` }))))));
}

function claimsTracker(propositions) {
  if (!propositions.length) return el("p", { class: "note", text: "No claims about this pair in the period." });
  return el("div", { class: "tracker" }, ...propositions.slice(0, 30).map(p => el("details", { open: propositions.length <= 4 },
    el("summary", {}, el("strong", { text: p.label }), ` — ${p.claim_count} statements in ${p.documents} documents` + (p.claim_count > p.claims.length ? ` (latest ${p.claims.length} shown)` : ""),
      p.change_count ? el("span", { class: "flag", text: ` ${p.change_count} change(s) of position` }) : null,
      p.contradiction_count ? el("span", { class: "flag bad", text: ` ${p.contradiction_count} contradiction(s) between sources` }) : null),
    el("ol", { class: "claims-timeline" }, ...p.claims.map(c => {
      const li = el("li", { class: "clickable " + (c.stance ?? ""), tabindex: 0 },
        el("span", { class: "nowrap", text: c.date ?? "undated" }), " ",
        el("strong", { text: c.speaker }), ` (${c.stance}${c.author_statement ? ", author" : ""}): `,
        el("span", { class: "quote", text: c.text }), " ", el("small", { class: "muted", text: "— " + c.source }));
      li.addEventListener("click", () => openEvidence(c.evidence, [["proposition", p.label], ["speaker", c.speaker], ["stance", c.stance], ["date", c.date], ["cue", c.cue], ["temporal", c.temporal]]));
      return li;
    })),
    ...p.changes.map(ch => el("p", { class: "flag", text: `${ch.party}: ${ch.kind} — ${ch.from.date ?? "?"} (${ch.from.stance}) → ${ch.to.date ?? "?"} (${ch.to.stance})` })),
    ...p.contradictions.map(ct => el("p", { class: "flag bad", text: `“${ct.for.text}” (${ct.for.source}) vs “${ct.opposed.text}” (${ct.opposed.source}), ${ct.days_apart} days apart` })))));
}

function instrumentsTable(matrix) {
  if (!matrix.cells.length) return el("p", { class: "note", text: "No instruments in the period." });
  const cell = (actor, topic) => matrix.cells.find(c => c.actor_id === actor && c.topic === topic);
  return el("table", { class: "matrix" },
    el("thead", {}, el("tr", {}, el("th"), ...matrix.topics.map(t => el("th", { text: t })))),
    el("tbody", {}, ...matrix.actors.map(a => el("tr", {}, el("th", { text: a.name }), ...matrix.topics.map(t => {
      const c = cell(a.id, t);
      if (!c) return el("td");
      const td = el("td", { class: "clickable", tabindex: 0, title: c.strongest.summary },
        el("div", { class: "num", text: `${c.events} ev · ${c.claims} cl` }), el("small", { text: c.strongest.summary }));
      td.addEventListener("click", () => openEvidence(c.strongest.evidence, [["instrument", t], ["strongest", c.strongest.summary], ["date", c.strongest.date]]));
      return td;
    })))));
}

async function show() {
  const params = readParams();
  document.getElementById("dyad-a").value = params.a ?? "";
  document.getElementById("dyad-b").value = params.b ?? "";
  const box = document.getElementById("dyad");
  if (!params.a || !params.b) return dyadIndexList(box).catch(error => status(box, error));
  const common = { from: params.from, to: params.to, topic: params.topic };
  const pair = { a: params.a, b: params.b, ...common };
  let index;
  try {
    index = await get("/dyad-index", { ...pair, by: params.by ?? "year" });
  } catch (error) {
    return status(box, error);
  }
  const A = index.a, B = index.b;
  document.title = `Relata · ${A.name} ↔ ${B.name}`;
  const period = params.from || params.to ? ` ${params.from ? "since " + params.from : ""}${params.to ? " until " + params.to : ""}` : "";
  const trend = index.trend;
  const dyadParam = `${A.id},${B.id}`;
  const dossierHref = "/api/dossier" + query({ a: A.id, b: B.id, ...common, format: "html" });
  fill(box, 
    el("h1", {}, el("a", { href: pageLink("actor", { id: A.id }), text: A.name }), " ↔ ", el("a", { href: pageLink("actor", { id: B.id }), text: B.name })),
    el("p", { class: "subtitle", text: `What each side did toward the other${period}, and on what evidence. ` +
      `${index.counted} asserted events counted (${index.total_a_to_b.events} ${A.name} → ${B.name}, ${index.total_b_to_a.events} ${B.name} → ${A.name}); ` +
      `${index.not_asserted} planned, negated or alleged; trend: ${trend.direction}${trend.slope_per_year !== null ? ` (${signed(trend.slope_per_year)} Goldstein points per year, ${trend.from ?? "?"}–${trend.to ?? "?"})` : ""}.` }),
    el("p", {}, el("a", { href: dossierHref, class: "button", download: "", id: "dossier-link", text: "Download the dossier for this view" })),
    section(`Events between ${A.name} and ${B.name}`, el("div", { id: "events" })),
    section("Timeline", el("div", { id: "timeline", class: "timeline" })),
    section("Cooperation–conflict index", el("div", { id: "coop" }), el("div", { id: "coop-events" })),
    el("div", { class: "two" },
      section("Network", el("div", { id: "network", class: "network" }), el("div", { id: "edge-events" })),
      section("Where", el("div", { id: "map", class: "map" }))),
    section("Claims tracker", el("div", { id: "tracker" })),
    section(`Instruments of ${A.name} toward ${B.name}`, el("div", { id: "instruments" })),
    section("Figures", el("div", { id: "figures" })));

  const coop = document.getElementById("coop");
  coop.append(coopChart(index.periods, {
    aName: A.name, bName: B.name,
    onPick: (p, dir) => {
      const events = p.events.filter(e => (dir === "a_to_b") === e.a_to_b).map(e => e.event);
      fill(document.getElementById("coop-events"), 
        el("h3", { text: `${p.label}: ${dir === "a_to_b" ? `${A.name} → ${B.name}` : `${B.name} → ${A.name}`}` }), eventsTable(events));
      if (events.length === 1) openEvidence(events[0].evidence, eventFacts(events[0]));
    },
  }));
  if (!index.periods.length) coop.append(el("p", { class: "note", text: "No asserted, dated events between the two in the period." }));

  pagedList(document.getElementById("events"), offset => get("/events", { dyad: dyadParam, ...common, modality: params.modality, limit: 25, offset }), eventsTable,
    "No events between the two match these filters.");
  get("/timeline", pair).then(t => drawTimeline(document.getElementById("timeline"), t, { a: A, b: B, modality: params.modality }))
    .catch(error => status(document.getElementById("timeline"), error));
  get("/network", { actor: A.id, ...common }).then(n => drawNetwork(document.getElementById("network"), n, {
    focus: [A.id, B.id],
    onEdge: edge => {
      const list = el("ul", {}, ...edge.evidence.map(ev => {
        const li = el("li", { class: "clickable", tabindex: 0, text: ev.text });
        li.addEventListener("click", () => openEvidence(ev, [["edge", `${edge.source_name} → ${edge.target_name}`], ["events", edge.weight], ["mean Goldstein", edge.goldstein_mean]]));
        return li;
      }));
      fill(document.getElementById("edge-events"), el("h3", { text: `${edge.source_name} → ${edge.target_name}: ${edge.weight} events, ${edge.first ?? "?"} – ${edge.last ?? "?"}` }), list);
      if (edge.evidence.length) openEvidence(edge.evidence[0], [["edge", `${edge.source_name} → ${edge.target_name}`], ["events", edge.weight], ["mean Goldstein", edge.goldstein_mean]]);
    },
    onNode: id => { location.href = pageLink("actor", { id }); },
  })).catch(error => status(document.getElementById("network"), error));
  get("/events", { dyad: dyadParam, ...common, modality: params.modality, located: true, limit: 1000 })
    .then(page => drawMap(document.getElementById("map"), page.items))
    .catch(error => status(document.getElementById("map"), error));
  get("/claims-tracker", pair).then(p => fill(document.getElementById("tracker"), claimsTracker(p)))
    .catch(error => status(document.getElementById("tracker"), error));
  get("/instruments", pair).then(m => fill(document.getElementById("instruments"), instrumentsTable(m)))
    .catch(error => status(document.getElementById("instruments"), error));
  pagedList(document.getElementById("figures"), offset => get("/figures", { dyad: dyadParam, ...common, limit: 25, offset }), figuresTable,
    "No figures about both in the period.");
}

document.getElementById("dyad-form").addEventListener("submit", e => {
  e.preventDefault();
  writeParams({ ...readParams(), a: document.getElementById("dyad-a").value.trim(), b: document.getElementById("dyad-b").value.trim() });
  show();
});
filterBar(document.getElementById("filters"), { withUnit: true, onChange: show });
window.addEventListener("load", show);
