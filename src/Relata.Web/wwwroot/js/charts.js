// Charts drawn as SVG by the workbench itself: roles over time and the cooperation–conflict index.
const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function year(date, fallback) {
  if (!date) return fallback;
  const [y, m = "06", d = "15"] = String(date).split("-");
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** Horizontal bars, one per dated role, membership or designation; open ends run to the axis edge. */
export function rolesChart(rows) {
  const now = new Date().getFullYear() + 1;
  const spans = rows.map(r => ({ ...r, a: year(r.from, null), b: year(r.to, null) }));
  const known = spans.flatMap(s => [s.a, s.b]).filter(v => v !== null);
  const min = Math.floor(Math.min(...known, now - 10)), max = Math.max(...known, now);
  const width = 900, left = 330, row = 22, height = spans.length * row + 30;
  const x = v => left + ((v - min) / (max - min)) * (width - left - 10);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart roles", role: "img", "aria-label": "roles over time" });
  for (let y = Math.ceil(min / 5) * 5; y <= max; y += 5) {
    root.append(svg("line", { x1: x(y), x2: x(y), y1: 0, y2: height - 20, class: "grid" }), svg("text", { x: x(y), y: height - 5, class: "tick", "text-anchor": "middle" }, String(y)));
  }
  spans.forEach((s, i) => {
    const y = i * row + 4;
    const a = s.a ?? min, b = s.b ?? max;
    root.append(svg("text", { x: left - 6, y: y + 13, "text-anchor": "end", class: "label" }, s.label.length > 48 ? s.label.slice(0, 47) + "…" : s.label));
    const bar = svg("rect", { x: x(a), y, width: Math.max(3, x(b) - x(a)), height: row - 6, class: "bar " + s.kind });
    bar.append(svg("title", {}, `${s.label}: ${s.from ?? "…"} – ${s.to ?? "…"}`));
    root.append(bar);
  });
  return root;
}

/**
 * The cooperation–conflict chart: per period, the mean Goldstein score of each direction (bars above zero are
 * cooperation, below are conflict) and the event count. onPick(period, direction) opens that period's events.
 */
export function coopChart(periods, { aName, bName, onPick }) {
  const width = 900, height = 300, top = 20, bottom = 50, left = 40, right = 10;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart coop", role: "img", "aria-label": "cooperation–conflict index" });
  if (!periods.length) return root;
  const plotH = height - top - bottom;
  const y = v => top + plotH / 2 - (v / 10) * (plotH / 2);
  const slot = (width - left - right) / periods.length;
  for (const v of [-10, -5, 0, 5, 10]) {
    root.append(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: v === 0 ? "axis" : "grid" }),
      svg("text", { x: left - 4, y: y(v) + 4, "text-anchor": "end", class: "tick" }, String(v)));
  }
  const bw = Math.max(2, Math.min(24, slot / 2 - 3));
  periods.forEach((p, i) => {
    const cx = left + slot * i + slot / 2;
    for (const [dir, cell, cls, dx] of [["a_to_b", p.a_to_b, "ab", -bw - 1], ["b_to_a", p.b_to_a, "ba", 1]]) {
      if (!cell || !cell.events) continue;
      const mean = cell.goldstein_mean ?? 0;
      const bar = svg("rect", { x: cx + dx, y: Math.min(y(0), y(mean)), width: bw, height: Math.max(2, Math.abs(y(mean) - y(0))), class: `bar ${cls} point`,
        tabindex: 0, "data-period": p.label, "data-direction": dir });
      bar.append(svg("title", {}, `${p.label} · ${dir === "a_to_b" ? `${aName} → ${bName}` : `${bName} → ${aName}`}: ${cell.events} events, mean Goldstein ${mean.toFixed(1)}`));
      bar.addEventListener("click", () => onPick(p, dir));
      bar.addEventListener("keydown", e => { if (e.key === "Enter") onPick(p, dir); });
      root.append(bar);
    }
    if (periods.length <= 40 || i % Math.ceil(periods.length / 40) === 0) {
      root.append(svg("text", { x: cx, y: height - bottom + 16, "text-anchor": "middle", class: "tick" }, p.label));
    }
  });
  root.append(svg("rect", { x: left, y: height - 22, width: 12, height: 10, class: "bar ab" }), svg("text", { x: left + 16, y: height - 13, class: "label" }, `${aName} → ${bName}`),
    svg("rect", { x: left + 250, y: height - 22, width: 12, height: 10, class: "bar ba" }), svg("text", { x: left + 266, y: height - 13, class: "label" }, `${bName} → ${aName}`),
    svg("text", { x: width - right, y: height - 13, "text-anchor": "end", class: "label" }, "mean Goldstein per period: + cooperation, − conflict"));
  return root;
}
