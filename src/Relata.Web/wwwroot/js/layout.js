// Page frame: the navigation bar, the filter bar and a status line.
import { el, clear, fill } from "./dom.js";
import { get } from "./api.js";
import { readParams, writeParams } from "./filters.js";

export function header(active) {
  const nav = el("nav", { class: "top" },
    el("a", { href: "/", class: "brand", text: "Relata" }),
    el("a", { href: "/", class: active === "corpus" ? "active" : "", text: "Corpus" }),
    el("a", { href: "/actor", class: active === "actor" ? "active" : "", text: "Actors" }),
    el("a", { href: "/dyad", class: active === "dyad" ? "active" : "", text: "Dyads" }),
    el("a", { href: "/openapi.json", class: "right", text: "API" }));
  document.body.prepend(nav);
}

let topicsPromise;
function topics() {
  topicsPromise ??= get("/topics").catch(() => []);
  return topicsPromise;
}

/**
 * The shared filter bar (from, to, topic, modality and, where given, the period unit). Changing a field writes the
 * URL and calls onChange with the new parameters.
 */
export function filterBar(container, { withUnit = false, onChange }) {
  const params = readParams();
  const from = el("input", { type: "text", name: "from", placeholder: "2021", value: params.from ?? "", size: 10, "aria-label": "from date" });
  const to = el("input", { type: "text", name: "to", placeholder: "2025-06", value: params.to ?? "", size: 10, "aria-label": "to date" });
  const topic = el("select", { name: "topic", "aria-label": "topic" }, el("option", { value: "", text: "any topic" }));
  const modality = el("select", { name: "modality", "aria-label": "modality" },
    ...["", "asserted", "hypothetical", "negated", "alleged"].map(m => el("option", { value: m, text: m || "any modality" })));
  modality.value = params.modality ?? "";
  const unit = withUnit
    ? el("select", { name: "by", "aria-label": "period" }, ...["year", "quarter", "month"].map(u => el("option", { value: u, text: "by " + u })))
    : null;
  if (unit) unit.value = params.by ?? "year";
  topics().then(list => {
    for (const t of list) topic.append(el("option", { value: t.id, text: `${t.name} (${t.sentences})` }));
    topic.value = params.topic ?? "";
  });
  const form = el("form", { class: "filters", role: "search" },
    el("label", {}, "From ", from), el("label", {}, "to ", to), topic, modality, unit,
    el("button", { type: "submit", text: "Apply" }),
    el("button", { type: "button", class: "link", text: "Clear", onclick: () => { from.value = ""; to.value = ""; topic.value = ""; modality.value = ""; form.requestSubmit(); } }));
  const emit = () => {
    const next = { ...readParams(), from: from.value.trim(), to: to.value.trim(), topic: topic.value, modality: modality.value };
    if (unit) next.by = unit.value;
    writeParams(next);
    onChange(readParams());
  };
  form.addEventListener("submit", e => { e.preventDefault(); emit(); });
  for (const select of [topic, modality, unit].filter(Boolean)) select.addEventListener("change", emit);
  fill(container, form);
  return form;
}

export function status(container, error) {
  fill(container, el("p", { class: "error", role: "alert", text: error?.message ?? String(error) }));
}
