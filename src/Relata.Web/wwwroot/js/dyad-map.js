// Map of event locations (Leaflet) over the offline Natural Earth basemap served by this server.
import { el, clear } from "./dom.js";
import { openEvidence, eventFacts } from "./evidence.js";

let world;

export async function drawMap(container, events) {
  clear(container);
  world ??= fetch("/vendor/world-countries.geojson").then(r => r.json());
  const map = L.map(container, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([35, 60], 3);
  L.geoJSON(await world, { style: { color: "#999", weight: 0.6, fillColor: "#eef0ea", fillOpacity: 1 }, interactive: false }).addTo(map);
  const points = events.filter(e => e.location && e.location.lat !== null && e.location.lon !== null);
  const bounds = [];
  for (const e of points) {
    const ll = [e.location.lat, e.location.lon];
    bounds.push(ll);
    const color = e.quad_class <= 2 ? "#2e7d32" : "#c62828";
    const marker = L.circleMarker(ll, { radius: 6, color, fillColor: color, fillOpacity: 0.6, weight: 1 }).addTo(map);
    // Tooltip content is an element with text only.
    marker.bindTooltip(el("span", { text: `${e.date?.value ?? ""} ${e.cameo_name} — ${e.location.name}` }));
    marker.on("click", () => openEvidence(e.evidence, eventFacts(e)));
  }
  if (bounds.length) map.fitBounds(bounds, { maxZoom: 6, padding: [30, 30] });
  container.insertAdjacentElement("afterend", el("p", { class: "note", text: points.length ? `${points.length} located events; click a point for its evidence.` : "No located events for this pair." }));
  window.relataMap = map;
  return map;
}
