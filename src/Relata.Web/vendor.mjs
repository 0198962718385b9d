// Copies the workbench's browser libraries from node_modules into wwwroot/vendor and turns the
// world-atlas TopoJSON basemap into GeoJSON, so the pages load nothing from outside the server.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { feature } from "topojson-client";

const out = process.argv[2] ?? "wwwroot/vendor";
const files = {
  "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline.min.js",
  "vis-timeline/styles/vis-timeline-graph2d.min.css": "vis-timeline.min.css",
  "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
  "leaflet/dist/leaflet.js": "leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet.css",
  "leaflet/dist/images/marker-icon.png": "images/marker-icon.png",
  "leaflet/dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
  "leaflet/dist/images/marker-shadow.png": "images/marker-shadow.png",
  "leaflet/dist/images/layers.png": "images/layers.png",
  "leaflet/dist/images/layers-2x.png": "images/layers-2x.png",
};
for (const [from, to] of Object.entries(files)) {
  const target = join(out, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join("node_modules", from), target);
}

const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8"));
const countries = feature(topology, topology.objects.countries);
// Coordinates rounded to 0.01°: the basemap is context for event points, not a survey.
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
for (const f of countries.features) f.geometry.coordinates = round(f.geometry.coordinates);
writeFileSync(join(out, "world-countries.geojson"), JSON.stringify(countries));
console.log(`vendor: ${Object.keys(files).length} files and world-countries.geojson (${countries.features.length} countries) in ${out}`);
