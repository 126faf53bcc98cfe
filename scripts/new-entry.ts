/**
 * `npm run new -- <loại> [--province ID] [--lang vi] [--slug …] [--title …]`: writes a new entry
 * with every required field and a Vietnamese comment on each, ready to fill. Asks (in
 * Vietnamese) for what is missing when run in a terminal; refuses a slug that already exists.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import slugify from '@sindresorhus/slugify';
import { concepts, conceptNames, type ConceptName, type ProseConcept } from '../src/schemas/registry.ts';
import { KIND_NAMES, kindFromWord, kindLines } from '../src/editor/entry-kinds.ts';
import { readDictionary } from '../src/node/dictionaries.ts';
import { parseEntry } from '../src/lib/content-check/parse-entry.ts';
import { entryTemplate } from '../src/editor/entry-template.ts';
import { fingerprintOf } from '../src/editor/translation-status.ts';
import { conceptFields } from '../src/node/schema-model.ts';
import { contentRoot, listProvinceIds, loadProvince, selectedProvinceId } from '../src/node/provinces.ts';
import { localeArg, provinceArg, provinceFromEnv, slugArg } from '../src/node/cli-names.ts';
import { messageOf } from '../src/node/error-message.ts';

// A declaration (not an arrow) so that TypeScript narrows after a call: `if (!x) fail(…)` leaves x defined.
function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}
const usage = [
  'Cách dùng: npm run new -- <loại> [--province ID] [--lang vi] [--slug …] [--title "…"]',
  '',
  'Tạo một tệp mới có đủ các trường bắt buộc, mỗi trường một dòng chú thích tiếng Việt.',
  'Loại (viết tên tiếng Việt không dấu hoặc tên tiếng Anh):',
  ...kindLines(),
  '',
  '  --province ID   tỉnh (mặc định: PROVINCE hoặc tỉnh duy nhất)',
  '  --lang vi       ngôn ngữ; "en" tạo bản dịch tiếng Anh của một bài tiếng Việt đã có',
  '  --slug …        tên tệp: chữ thường không dấu, chữ số, dấu gạch ngang',
  '  --title "…"     tiêu đề tiếng Việt; tên tệp được tạo từ đó khi không có --slug',
  '',
  'Ví dụ: npm run new -- thong-cao --title "Đoàn công tác đến Lệ Thanh"',
].join('\n');
const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        province: { type: 'string' },
        lang: { type: 'string' },
        slug: { type: 'string' },
        title: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`lệnh có tuỳ chọn không dùng được (${messageOf(error).split('.')[0]}) — xem \`npm run new -- --help\``);
  }
})();
const { values, positionals } = parsed;
if (values.help || positionals[0] === 'help' || positionals[0] === 'tro-giup') {
  console.log(usage);
  process.exit(0);
}
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, fallback?: string): Promise<string> {
  if (!rl)
    return (
      fallback ??
      fail(
        `thiếu ${question.replace(/:$/, '')} — chạy trong cửa sổ dòng lệnh để được hỏi, hoặc ghi kèm lệnh (xem \`npm run new -- --help\`)`,
      )
    );
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''} `)).trim();
  return answer || fallback || ask(question, fallback);
}

const kindList = conceptNames.map((n) => KIND_NAMES[n].words[0]).join(', ');
const kindWord = positionals[0] ?? (await ask(`Loại nội dung cần thêm (${kindList}):`));
const name =
  kindFromWord(kindWord) ??
  fail(
    `"${kindWord}" không phải loại nội dung nào — hãy viết một trong: ${kindList} (hoặc tên tiếng Anh; xem \`npm run new -- --help\`)`,
  );
const c = concepts[name];
const national =
  c.kind === 'data' && (c.scope === 'national' || (c.scope === 'both' && values.province === 'national'));
const province = national
  ? 'national'
  : provinceArg(
      values.province ??
        (rl && !positionals[0]
          ? await ask('Tỉnh:', provinceFromEnv(selectedProvinceId))
          : provinceFromEnv(selectedProvinceId)),
    );
if (!national && !listProvinceIds().includes(province))
  fail(`"${province}" không phải tỉnh nào — hãy viết một trong: ${listProvinceIds().join(', ')}`);
const locales = national ? ['vi', 'en'] : loadProvince(province).locales;
const lang = c.kind === 'prose' ? localeArg(values.lang ?? 'vi') : 'vi';
if (!locales.includes(lang))
  fail(`"${lang}" không phải ngôn ngữ của ${province} — hãy viết một trong: ${locales.join(', ')}`);
const title =
  values.title ?? (!values.slug && lang === 'vi' && name !== 'people' ? await ask('Tiêu đề (tiếng Việt):') : undefined);
const suggested = title
  ? slugify(title, {
      customReplacements: [
        ['đ', 'd'],
        ['Đ', 'D'],
      ],
    })
  : undefined;
const slug = values.slug ?? (await ask('Tên tệp (chữ thường không dấu, gạch ngang):', suggested));
slugArg(slug);
rl?.close();

const folder = join(contentRoot, province, c.folder, ...(c.kind === 'prose' ? [lang] : []));
const extensions = c.kind === 'prose' ? c.extensions : ['yaml', 'yml'];
const taken = extensions.map((e) => join(folder, `${slug}.${e}`)).find((f) => existsSync(f));
if (taken) fail(`${relative(process.cwd(), taken)} đã có — hãy chọn tên tệp khác (--slug), hoặc sửa tệp đó`);

const slugsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
        .map((f) => f.replace(/\.\w+$/, ''))
    : [];
const slugs = Object.fromEntries(
  conceptNames.map((n) => {
    const cc = concepts[n];
    return [
      n,
      cc.kind === 'prose'
        ? slugsIn(join(contentRoot, province, cc.folder, 'vi'))
        : slugsIn(join(contentRoot, cc.scope === 'national' ? 'national' : province, cc.folder)),
    ];
  }),
);
const today = new Date().toISOString().slice(0, 10);
// Rules a refinement states (an event needs `date` or `lunar`) cannot be read from the schema's shape.
const starting: Partial<Record<ConceptName, Record<string, unknown>>> = { anniversaries: { date: today } };
const templateLocales = locales.filter((l) => l === 'vi' || l === 'en');
let text: string;
if (c.kind === 'prose' && lang !== 'vi') {
  const prose: ProseConcept = c;
  const sourceFile = prose.extensions
    .map((e) => join(contentRoot, province, c.folder, 'vi', `${slug}.${e}`))
    .find((f) => existsSync(f));
  if (!sourceFile)
    fail(
      `chưa có bài tiếng Việt ${province}/${c.folder}/vi/${slug} — bản dịch theo một bài tiếng Việt; hãy tạo bài tiếng Việt trước`,
    );
  const src = parseEntry(sourceFile, readFileSync(sourceFile, 'utf8'));
  if ('error' in src) fail(`${relative(process.cwd(), sourceFile)}: ${src.field}: ${src.error}`);
  const front = entryTemplate(conceptFields(name, 'translation'), {
    concept: name,
    dictionary: readDictionary,
    locales: templateLocales,
    today,
    slugs,
    prose: true,
    vietnamese: src.data,
    preset: { translation: { status: 'draft', source: fingerprintOf(prose, src) } },
  });
  text = `---\n${front}---\n`;
  writeEntry(join(folder, `${slug}.${sourceFile.slice(sourceFile.lastIndexOf('.') + 1)}`), text);
} else {
  const front = entryTemplate(conceptFields(name), {
    concept: name,
    dictionary: readDictionary,
    locales: templateLocales,
    today,
    slugs,
    prose: c.kind === 'prose',
    preset: { ...starting[name], ...(title && c.kind === 'prose' ? { title } : {}) },
  });
  text = c.kind === 'prose' ? `---\n${front}---\n` : front;
  writeEntry(join(folder, `${slug}.${extensions[0]}`), text);
}

function writeEntry(file: string, body: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body, { flag: 'wx' });
  console.log(
    `✓ đã tạo ${relative(process.cwd(), file)}\n  Hãy điền mọi giá trị còn trống (dòng chú thích phía trên mỗi trường cho biết cần viết gì), rồi chạy \`npm run check\`.`,
  );
}
