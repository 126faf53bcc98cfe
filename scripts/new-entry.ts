/**
 * `npm run new -- <kind> [--province ID] [--lang vi] [--slug …] [--title …]`: writes a new entry
 * with every required field and a comment on each, ready to fill. Asks for what is missing when
 * run in a terminal; refuses a slug that already exists.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import slugify from '@sindresorhus/slugify';
import { concepts, conceptNames, type ConceptName, type ProseConcept } from '../src/schemas/registry.ts';
import { parseEntry } from '../src/lib/content-check/parse-entry.ts';
import { entryTemplate } from '../src/lib/entry-template.ts';
import { fingerprintOf } from '../src/lib/translation-status.ts';
import { conceptFields } from '../src/node/schema-model.ts';
import { contentRoot, listProvinceIds, loadProvince, selectedProvinceId } from '../src/node/provinces.ts';
import { localeArg, provinceArg, provinceFromEnv, slugArg } from '../src/node/cli-names.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { province: { type: 'string' }, lang: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' } },
});
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, fallback?: string): Promise<string> {
  if (!rl) return fallback ?? fail(`${question.replace(/:$/, '')} is needed — run in a terminal to be asked, or pass it as a flag (see \`npm run new -- --help\`)`);
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''} `)).trim();
  return answer || fallback || ask(question, fallback);
}

const aliases: Record<string, ConceptName> = { person: 'people', spokesperson: 'people', 'press-release': 'press' };
const toConcept = (word: string): ConceptName | undefined =>
  aliases[word] ?? conceptNames.find((n) => n === word || n === `${word}s` || n === word.replace(/y$/, 'ies'));
if (positionals[0] === '--help' || positionals[0] === 'help')
  fail(`usage: npm run new -- <${conceptNames.join('|')}> [--province ID] [--lang vi] [--slug …] [--title …]`);

const kindWord = positionals[0] ?? (await ask(`What to add (${conceptNames.join(', ')}):`));
const name = toConcept(kindWord) ?? fail(`"${kindWord}" is not a kind of entry — expected one of: ${conceptNames.join(', ')}`);
const c = concepts[name];
const national = c.kind === 'data' && (c.scope === 'national' || (c.scope === 'both' && values.province === 'national'));
const province = national
  ? 'national'
  : provinceArg(values.province ?? (rl && !positionals[0] ? await ask('Province:', provinceFromEnv(selectedProvinceId)) : provinceFromEnv(selectedProvinceId)));
if (!national && !listProvinceIds().includes(province)) fail(`"${province}" is not a province — expected one of: ${listProvinceIds().join(', ')}`);
const locales = national ? ['vi', 'en'] : loadProvince(province).locales;
const lang = c.kind === 'prose' ? localeArg(values.lang ?? 'vi') : 'vi';
if (!locales.includes(lang)) fail(`"${lang}" is not a language of ${province} — expected one of: ${locales.join(', ')}`);
const title = values.title ?? (!values.slug && lang === 'vi' && name !== 'people' ? await ask('Title (in Vietnamese):') : undefined);
const suggested = title ? slugify(title, { customReplacements: [['đ', 'd'], ['Đ', 'D']] }) : undefined;
const slug = values.slug ?? (await ask('File name (slug):', suggested));
slugArg(slug);
rl?.close();

const folder = join(contentRoot, province, c.folder, ...(c.kind === 'prose' ? [lang] : []));
const extensions = c.kind === 'prose' ? c.extensions : ['yaml', 'yml'];
const taken = extensions.map((e) => join(folder, `${slug}.${e}`)).find((f) => existsSync(f));
if (taken) fail(`${relative(process.cwd(), taken)} already exists — choose another slug, or edit that file`);

const slugsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|mdx?)$/.test(f)).map((f) => f.replace(/\.\w+$/, '')) : []);
const slugs = Object.fromEntries(conceptNames.map((n) => {
  const cc = concepts[n];
  return [n, cc.kind === 'prose' ? slugsIn(join(contentRoot, province, cc.folder, 'vi')) : slugsIn(join(contentRoot, cc.scope === 'national' ? 'national' : province, cc.folder))];
}));
const today = new Date().toISOString().slice(0, 10);
// Rules a refinement states (an event needs `date` or `lunar`) cannot be read from the schema's shape.
const starting: Partial<Record<ConceptName, Record<string, unknown>>> = { anniversaries: { date: today } };
const templateLocales = locales.filter((l) => l === 'vi' || l === 'en');
let text: string;
if (c.kind === 'prose' && lang !== 'vi') {
  const prose = c as ProseConcept;
  const sourceFile = prose.extensions.map((e) => join(contentRoot, province, c.folder, 'vi', `${slug}.${e}`)).find((f) => existsSync(f));
  if (!sourceFile) fail(`no Vietnamese piece ${province}/${c.folder}/vi/${slug} — a translation follows a Vietnamese source; add that first`);
  const source = parseEntry(sourceFile!, readFileSync(sourceFile!, 'utf8'));
  if ('error' in source) fail(`${relative(process.cwd(), sourceFile!)}: ${source.field}: ${source.error}`);
  const src = source as Exclude<typeof source, { error: string }>;
  const front = entryTemplate(conceptFields(name, 'translation'), {
    locales: templateLocales, today, slugs, prose: true, vietnamese: src.data,
    preset: { translation: { status: 'draft', source: fingerprintOf(prose, src) } },
  });
  text = `---\n${front}---\n`;
  writeEntry(join(folder, `${slug}.${sourceFile!.split('.').pop()}`), text);
} else {
  const front = entryTemplate(conceptFields(name), { locales: templateLocales, today, slugs, prose: c.kind === 'prose', preset: { ...starting[name], ...(title && c.kind === 'prose' ? { title } : {}) } });
  text = c.kind === 'prose' ? `---\n${front}---\n` : front;
  writeEntry(join(folder, `${slug}.${extensions[0]}`), text);
}

function writeEntry(file: string, body: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body, { flag: 'wx' });
  console.log(`✓ created ${relative(process.cwd(), file)}\n  Fill in every empty value (the comment above each says what it needs), then run \`npm run check\`.`);
}
