// Actor page: profile, roles over time, counterparts, events and mentions with evidence.
import { el, clear, fill, section } from "./dom.js";
import { get } from "./api.js";
import { header, filterBar, status } from "./layout.js";
import { pageLink, readParams, writeParams } from "./filters.js";
import { openEvidence } from "./evidence.js";
import { eventsTable, claimsTable, pagedList } from "./tables.js";
import { rolesChart } from "./charts.js";

header("actor");

function list(title, items, render) {
  return items.length ? el("div", {}, el("h3", { text: title }), el("ul", {}, ...items.map(render))) : null;
}

function span(from, to) {
  return `${from ?? "…"} – ${to ?? "…"}`;
}

async function actorIndex(box) {
  fill(box, section("Actors in the store", el("div", { id: "actor-index" })));
  await pagedList(document.getElementById("actor-index"), offset => get("/actors", { limit: 50, offset }), actors =>
    el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ...["actor", "type", "code", "mentions", "documents"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...actors.map(a => el("tr", {},
        el("td", {}, el("a", { href: pageLink("actor", { id: a.id }), text: a.name })), el("td", { text: a.type ?? "" }),
        el("td", { text: a.code ?? "" }), el("td", { class: "num", text: a.mentions }), el("td", { class: "num", text: a.documents }))))));
}

async function show() {
  const params = readParams();
  const box = document.getElementById("profile");
  if (!params.id) return actorIndex(box);
  let actor;
  try {
    actor = await get("/actors/" + encodeURIComponent(params.id));
  } catch (error) {
    return status(box, error);
  }
  document.title = `Relata · ${actor.name}`;
  const filters = { actor: actor.id, from: params.from, to: params.to, topic: params.topic, modality: params.modality };
  const codes = Object.entries(actor.codes).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(" · ");
  fill(box, 
    el("h1", { text: actor.name }),
    el("p", { class: "subtitle", text: [actor.type, actor.official_name, codes, actor.country ? "country " + actor.country : null].filter(Boolean).join(" · ") }),
    el("p", { text: `${actor.mentions} mentions in ${actor.documents} documents · ${actor.events} events · ${actor.claims} claims as speaker` }),
    actor.aliases.length || actor.acronyms.length ? el("p", { class: "note", text: "Also: " + [...actor.aliases, ...actor.acronyms].join(", ") }) : null,
    section("Roles over time",
      actor.roles.length || actor.governments.length || actor.memberships.length || actor.designations.length
        ? rolesChart([
            ...actor.roles.map(r => ({ label: r.title + (r.of ? ` — ${r.of}` : ""), from: r.from, to: r.to, kind: "role" })),
            ...actor.governments.map(g => ({ label: "government: " + g.name, from: g.from, to: g.to, kind: "government" })),
            ...actor.memberships.map(m => ({ label: "member of " + m.name, from: m.from, to: m.to, kind: "membership" })),
            ...actor.designations.map(d => ({ label: `designated by ${d.name}${d.note ? " (" + d.note + ")" : ""}`, from: d.from, to: d.to, kind: "designation" })),
          ])
        : el("p", { class: "note", text: "The knowledge base records no dated roles for this actor." }),
      list("", [...actor.roles.map(r => `${span(r.from, r.to)}  ${r.title}${r.of ? " — " + r.of : ""}`),
        ...actor.governments.map(g => `${span(g.from, g.to)}  government: ${g.name}`),
        ...actor.memberships.map(m => `${span(m.from, m.to)}  member of ${m.name}`),
        ...actor.designations.map(d => `${span(d.from, d.to)}  designated by ${d.name}${d.note ? " (" + d.note + ")" : ""}`)], t => el("li", { class: "mono", text: t }))),
    section("Main counterparts",
      actor.counterparts.length
        ? el("ul", { class: "chips" }, ...actor.counterparts.map(d => {
            const other = d.source_id === actor.id ? { id: d.target_id, name: d.target_name } : { id: d.source_id, name: d.source_name };
            return el("li", {}, el("a", { href: pageLink("dyad", { a: actor.id, b: other.id, from: params.from, to: params.to }), text: `${d.source_name} → ${d.target_name}` }),
              el("small", { text: ` ${d.events}` }));
          }))
        : el("p", { class: "note", text: "No events with a counterpart." })),
    el("div", { id: "filters" }),
    section("Events", el("div", { id: "actor-events" })),
    section("Claims as speaker or about it", el("div", { id: "actor-claims" })),
    section("Mentions", el("div", { id: "actor-mentions" })));
  filterBar(document.getElementById("filters"), { onChange: show });
  pagedList(document.getElementById("actor-events"), offset => get("/events", { ...filters, limit: 25, offset }), eventsTable, "No events match.");
  pagedList(document.getElementById("actor-claims"), offset => get("/claims", { ...filters, modality: undefined, limit: 25, offset }), claimsTable, "No claims match.");
  pagedList(document.getElementById("actor-mentions"), offset => get(`/actors/${encodeURIComponent(actor.id)}/mentions`, { from: params.from, to: params.to, topic: params.topic, limit: 25, offset }),
    mentions => el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ...["date", "as", "role then", "sentence"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...mentions.map(m => {
        const row = el("tr", { class: "clickable", tabindex: 0 },
          el("td", { class: "nowrap", text: m.date ?? "" }), el("td", { text: m.text }), el("td", { text: m.role ?? "" }), el("td", { class: "quote", text: m.evidence.text }));
        row.addEventListener("click", () => openEvidence({ ...m.evidence, start: m.evidence.start, end: m.evidence.end }, [["mention", m.text], ["role then", m.role], ["linked by", m.rule]]));
        return row;
      }))), "No mentions match.");
}

document.getElementById("actor-form").addEventListener("submit", e => {
  e.preventDefault();
  const q = document.getElementById("actor-q").value.trim();
  if (!q) return;
  writeParams({ ...readParams(), id: q });
  show();
});
document.getElementById("actor-q").value = readParams().id ?? "";
show();
