// Actor network (Cytoscape.js): nodes sized by betweenness, coloured by community; edges weighted by event count
// and coloured by mean Goldstein score. Labels are drawn on canvas, so names are never parsed as markup.
import { el, clear } from "./dom.js";

const COMMUNITY = ["#3b6ea5", "#b5533c", "#5a8f3e", "#8a5aa8", "#c08a1e", "#3a9a9a", "#a53b6e", "#6e6e6e"];

export function drawNetwork(container, network, { focus, onEdge, onNode }) {
  clear(container);
  if (!network.edges.length) {
    container.append(el("p", { class: "note", text: "No interactions in the period." }));
    return null;
  }
  const names = new Map(network.nodes.map(n => [n.id, n.name]));
  const maxWeight = Math.max(...network.edges.map(e => e.weight));
  const elements = [
    ...network.nodes.map(n => ({ data: { id: n.id, label: n.name, size: 18 + 40 * n.betweenness, color: COMMUNITY[n.community % COMMUNITY.length],
      focus: focus.includes(n.id) ? 1 : 0 } })),
    ...network.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, width: 1 + 7 * (e.weight / maxWeight),
      color: e.goldstein_mean > 0.5 ? "#2e7d32" : e.goldstein_mean < -0.5 ? "#c62828" : "#888", index: i } })),
  ];
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3, maxZoom: 1.5, minZoom: 0.2,
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "data(color)", "font-size": 10, "text-valign": "bottom" } },
      { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8 } },
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: 8000, idealEdgeLength: 90, padding: 40 },
  });
  cy.on("tap", "edge", evt => {
    const e = network.edges[evt.target.data("index")];
    onEdge({ ...e, source_name: names.get(e.source) ?? e.source, target_name: names.get(e.target) ?? e.target });
  });
  cy.on("tap", "node", evt => onNode(evt.target.id()));
  container.insertAdjacentElement("afterend", el("p", { class: "note", text: `${network.nodes.length} actors, ${network.edges.length} directed links (asserted events; people and bodies rolled up to their states). Click a link for its evidence, an actor for its page.` }));
  window.relataNetwork = cy;
  return cy;
}
