/**
 * Lists a year's anniversaries (national + one province's own): round ones and yearly ones.
 *   npm run anniversaries -- --year 2024 [--province gia-lai] [--json] [--lang vi|en|km|ko]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { anniversarySchema } from '../src/schemas/anniversary.ts';
import { anniversariesOf, countLabel, titleIn } from '../src/lib/anniversaries.ts';
import { readYamlDir, validateEntries } from '../src/lib/read-yaml-dir.ts';
import { contentRoot, listProvinceIds, selectedProvinceId } from '../src/node/provinces.ts';
import { localeArg, provinceArg, provinceFromEnv } from '../src/node/cli-names.ts';
import { messageOf } from '../src/node/error-message.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = 'usage: npm run anniversaries -- --year 2024 [--province ID] [--json] [--lang vi|en|km|ko]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      year: { type: 'string' },
      province: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'vi' },
    },
  }));
} catch (err) {
  fail(`${messageOf(err)}\n${usage}`);
}

if (!values.year || !/^\d{4}$/.test(values.year))
  fail(`--year: expected a four-digit year, e.g. --year 2024\n${usage}`);
const year = Number(values.year);
const province = values.province === undefined ? provinceFromEnv(selectedProvinceId) : provinceArg(values.province);
if (!listProvinceIds().includes(province))
  fail(`--province: no province "${province}" — expected one of: ${listProvinceIds().join(', ')}`);
const lang = localeArg(values.lang);

let entries;
try {
  entries = [join(contentRoot, 'national', 'anniversaries'), join(contentRoot, province, 'anniversaries')].flatMap(
    readYamlDir,
  );
} catch (err) {
  fail(messageOf(err));
}
const { items, errors } = validateEntries(entries, anniversarySchema);
if (errors.length) fail(`The anniversary files are not valid:\n${errors.join('\n')}`);

const list = anniversariesOf(items, year);

if (values.json) {
  console.log(
    JSON.stringify(
      list.map((a) => ({ date: a.date, ...(a.counted ? { years: a.years } : {}), title: titleIn(a.title, lang) })),
      null,
      2,
    ),
  );
} else {
  const rows = list.map((a) => ({ a, label: countLabel(a, lang) ?? '' }));
  const width = Math.max(0, ...rows.map(({ label }) => label.length));
  console.log(`${year} · ${province} · ${list.length} anniversaries (* = listed every year, not a round one)`);
  for (const { a, label } of rows)
    console.log(`${a.date}  ${label.padEnd(width)}  ${a.round ? ' ' : '*'} ${titleIn(a.title, lang)}`);
}
