import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { conceptFields } from '../../src/node/schema-model.ts';
import type { FieldSpec } from '../../src/editor/schema-fields.ts';
import { concepts, conceptNames, type ConceptName } from '../../src/schemas/registry.ts';
import { KIND_NAMES, kindFromWord } from '../../src/editor/entry-kinds.ts';
import { runContentCheck } from '../../src/node/run-check.ts';
import { formatProblem } from '../../src/lib/format-issues.ts';

const root = join(import.meta.dirname, '..', '..');
let content: string;
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
const newEntry = (...args: string[]) => run('new-entry.ts', args);

/** A valid value for a blank the scaffolder left, chosen from what the field's schema expects. */
function valueFor(f: FieldSpec): unknown {
  const known: Record<string, string> = {
    units: 'don-vi-mau',
    people: 'nguoi-phat-ngon-mau',
    legal: 'van-ban-mau',
    plans: 'ke-hoach-mau',
    places: 'dia-danh-mau',
  };
  if (f.ref) return known[f.ref];
  if (f.kind === 'enum') return f.options[0];
  if (f.kind === 'number') return f.min !== undefined && f.max !== undefined ? Math.round((f.min + f.max) / 2) : 12;
  if (f.format === 'date') return '2024-05-01';
  if (f.format === 'email') return 'desk@ttdn.example';
  if (f.format === 'url') return 'https://ttdn.example/';
  const byPattern: [RegExp, string][] = [
    [/HH|\[01\]/, '09:30'],
    [/jpe\?g/, 'images/mau.png'],
    [/files/, 'files/mau.pdf'],
    [/\[0-9 \./, '0269 0000 000'],
    [/\{2,3\}/, 'vi'],
    [/Đđ/, '02/KH-UBND'],
    [/A-Z\]\{3\}/, 'EUR'],
  ];
  const match = f.pattern && byPattern.find(([p]) => p.test(f.pattern!.source));
  return match ? match[1] : 'Nội dung mẫu đủ dài cho kiểm tra';
}

/** Fills every empty value ("" or nothing) of a scaffolded entry, walking the schema alongside. */
function fill(data: unknown, f: FieldSpec): unknown {
  if (f.kind === 'object') {
    const obj = data as Record<string, unknown>;
    for (const sub of f.fields) if (sub.name in obj) obj[sub.name] = fill(obj[sub.name], sub);
    return obj;
  }
  if (f.kind === 'localized')
    return Object.fromEntries(Object.entries(data as object).map(([k, v]) => [k, v || `Văn bản mẫu (${k})`]));
  if (f.kind === 'array') return (data as unknown[]).map((item) => fill(item, f.item));
  return data === '' || data === null ? valueFor(f) : data;
}

function fillFile(file: string, name: ConceptName, variant: 'source' | 'translation'): void {
  const text = readFileSync(file, 'utf8');
  const fields = conceptFields(name, variant);
  const asObject: FieldSpec = { name, path: '', required: true, kind: 'object', fields };
  if (file.endsWith('.yaml')) return writeFileSync(file, stringify(fill(parse(text), asObject)));
  const front = /^---\n([\s\S]*?)---\n/.exec(text)![1]!;
  writeFileSync(file, `---\n${stringify(fill(parse(front), asObject))}---\nĐoạn văn mẫu.\n`);
}

const P = 'fixture';
// A 1×1 PNG: pieces show raster pictures only (builds never rasterise SVG).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
/** The in-process check of the temporary copy, its findings as the editor reads them. */
const check = () => {
  const r = runContentCheck(undefined, undefined, content);
  return { errors: r.errors.map((p) => formatProblem(p)), warnings: r.warnings.map((p) => formatProblem(p)) };
};

/** A fresh copy of the fixture content, with the picture and file the filled blanks name. */
function freshContent(): void {
  if (content) rmSync(content, { recursive: true, force: true });
  content = mkdtempSync(join(tmpdir(), 'new-entry-'));
  cpSync(join(root, 'tests', 'fixtures', 'content'), content, { recursive: true });
  mkdirSync(join(content, P, 'images'), { recursive: true });
  mkdirSync(join(content, P, 'files'), { recursive: true });
  writeFileSync(join(content, P, 'images', 'mau.png'), PNG);
  writeFileSync(join(content, P, 'files', 'mau.pdf'), '%PDF-1.4');
}

beforeAll(() => {
  freshContent();
  expect(check().errors).toEqual([]);
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run new', () => {
  const order: [ConceptName, string][] = [
    ['units', 'don-vi-mau'],
    ['people', 'nguoi-phat-ngon-mau'],
    ['legal', 'van-ban-mau'],
    ['anniversaries', 'ngay-mau'],
    ['plans', 'ke-hoach-mau'],
    ['places', 'dia-danh-mau'],
    ['profiles', 'du-an-mau'],
    ['press', 'thong-cao-mau'],
    ['pages', 'gioi-thieu-mau'],
    ['exchangeRates', 'eur'],
  ];

  it('writes a template whose blanks the content check reports in Vietnamese, naming the file and the field', () => {
    const made = newEntry('thong-cao', '--slug', 'chua-dien', '--province', P);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/✓ đã tạo .*press\/vi\/chua-dien\.md\n\s+Hãy điền/);
    const { errors } = check();
    expect(errors.join('\n')).toMatch(/press\/vi\/chua-dien\.md:\d+: Tóm tắt \(summary\): đang để trống/);
    expect(errors.join('\n')).toMatch(/chua-dien\.md:\d+: Loại \(kind\): .*hãy viết một trong: "release"/);
    rmSync(join(content, P, 'press', 'vi', 'chua-dien.md'));
  });

  it('leaves only blanks whose finding tells the editor what to write', () => {
    const made = conceptNames.map(
      (n) => [n, newEntry(KIND_NAMES[n].words[0]!, '--slug', 'trong-het', '--province', P)] as const,
    );
    for (const [n, r] of made) expect(r.status, `${n}: ${r.stderr}`).toBe(0);
    const mine = check().errors.filter((e) => e.includes('/trong-het.'));
    expect(mine.length).toBeGreaterThan(conceptNames.length);
    for (const e of mine) expect(e).toMatch(/ — (hãy|có phải)/);
    expect(mine).toContainEqual(
      expect.stringMatching(
        /places\/vi\/trong-het\.mdx:\d+: Vĩ độ \(location\.lat\): đang để trống — hãy viết con số sau dấu hai chấm/,
      ),
    );
    freshContent();
  });

  it('comments every field in Vietnamese from the label table, with readable choices', () => {
    newEntry('don-vi', '--slug', 'chu-thich', '--province', P);
    const text = readFileSync(join(content, P, 'units', 'chu-thich.yaml'), 'utf8');
    expect(text).toMatch(/# Cấp\. .*viết một trong: .*province = /);
    expect(text).toMatch(/# Trường không bắt buộc/);
    expect(text).not.toMatch(/\ben: ""/);
    expect(text).not.toMatch(/Optional fields|per language|one of:/);
    rmSync(join(content, P, 'units', 'chu-thich.yaml'));
  });

  it.each(order)('makes a %s entry that passes the check once only its blanks are filled', (name, slug) => {
    // What the check already says of the sample province (its old exchange rate draws a warning
    // that depends on the build date): the new entry must add nothing to it.
    const before = check();
    const made = newEntry(KIND_NAMES[name].words[0]!, '--slug', slug, '--province', P);
    expect(made.status, made.stderr).toBe(0);
    const c = concepts[name];
    const file =
      c.kind === 'prose'
        ? join(content, P, c.folder, 'vi', `${slug}.${c.extensions[0]}`)
        : join(content, c.kind === 'data' && c.scope === 'national' ? 'national' : P, c.folder, `${slug}.yaml`);
    const template = readFileSync(file, 'utf8');
    for (const f of conceptFields(name).filter((x) => x.required))
      expect(template).toMatch(new RegExp(`# .+\\n${f.name}:`));
    fillFile(file, name, 'source');
    if (c.kind === 'prose') {
      const translated = newEntry(KIND_NAMES[name].words[1]!, '--slug', slug, '--lang', 'en', '--province', P);
      expect(translated.status, translated.stderr).toBe(0);
      const en = file.replace('/vi/', '/en/');
      expect(readFileSync(en, 'utf8')).toMatch(/translation:\n\s+# .+\n\s+status: draft\n[\s\S]*source: [0-9a-f]{12}/);
      fillFile(en, name, 'translation');
    }
    expect(before.errors).toEqual([]);
    expect(check()).toEqual(before);
  });

  it('refuses a slug that exists', () => {
    const again = newEntry('press', '--slug', 'thong-cao-mau', '--province', P);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/thong-cao-mau\.md đã có — hãy chọn tên tệp khác/);
  });

  it('refuses a translation without a Vietnamese source, and an unknown kind', () => {
    expect(newEntry('press', '--slug', 'khong-co', '--lang', 'en', '--province', P).stderr).toMatch(
      /chưa có bài tiếng Việt fixture\/press\/vi\/khong-co/,
    );
    expect(newEntry('brochure', '--slug', 'x').stderr).toMatch(
      /"brochure" không phải loại nội dung nào — hãy viết một trong: ke-hoach, di-san/,
    );
  });

  it('prints its help in Vietnamese, every kind by its Vietnamese and English name', () => {
    const help = newEntry('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: npm run new -- <loại>/);
    for (const n of conceptNames)
      expect(help.stdout).toContain(`${KIND_NAMES[n].words[0]} (${KIND_NAMES[n].words[1]})`);
    expect(newEntry('--bogus').stderr).toMatch(/^✗ lệnh có tuỳ chọn không dùng được .*--help/);
  });

  it('knows every kind by its Vietnamese and English names', () => {
    expect([kindFromWord('di-san'), kindFromWord('heritage'), kindFromWord('places')]).toEqual([
      'places',
      'places',
      'places',
    ]);
    expect([
      kindFromWord('thong-cao'),
      kindFromWord('ke-hoach'),
      kindFromWord('du-an'),
      kindFromWord('don-vi'),
      kindFromWord('nguoi-phat-ngon'),
    ]).toEqual(['press', 'plans', 'profiles', 'units', 'people']);
    for (const n of conceptNames) expect(kindFromWord(n)).toBe(n);
    expect(kindFromWord('brochure')).toBeUndefined();
  });

  it('derives the slug from a Vietnamese title, đ included', () => {
    const made = newEntry('press', '--title', 'Đoàn công tác đến Lệ Thanh', '--province', P);
    expect(made.stdout).toContain('press/vi/doan-cong-tac-den-le-thanh.md');
    expect(
      execFileSync('cat', [join(content, P, 'press', 'vi', 'doan-cong-tac-den-le-thanh.md')], { encoding: 'utf8' }),
    ).toContain('title: Đoàn công tác đến Lệ Thanh');
  });
});
