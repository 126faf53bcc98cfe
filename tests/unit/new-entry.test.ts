import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { conceptFields } from '../../src/node/schema-model.ts';
import type { FieldSpec } from '../../src/lib/schema-fields.ts';
import { concepts, type ConceptName } from '../../src/schemas/registry.ts';

const root = join(import.meta.dirname, '..', '..');
let content: string;
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
const newEntry = (...args: string[]) => run('new-entry.ts', args);

/** A valid value for a blank the scaffolder left, chosen from what the field's schema expects. */
function valueFor(f: FieldSpec): unknown {
  const known: Record<string, string> = { units: 'don-vi-mau', people: 'nguoi-phat-ngon-mau', legal: 'van-ban-mau', plans: 'ke-hoach-mau', places: 'dia-danh-mau' };
  if (f.ref) return known[f.ref];
  if (f.kind === 'enum') return f.options![0];
  if (f.kind === 'number') return f.min !== undefined && f.max !== undefined ? Math.round((f.min + f.max) / 2) : 12;
  if (f.format === 'date') return '2024-05-01';
  if (f.format === 'email') return 'desk@ttdn.example';
  if (f.format === 'url') return 'https://ttdn.example/';
  const byPattern: [RegExp, string][] = [[/HH|\[01\]/, '09:30'], [/jpe\?g/, 'images/mau.png'], [/files/, 'files/mau.pdf'], [/\[0-9 \./, '0269 0000 000'], [/\{2,3\}/, 'vi'], [/Đđ/, '02/KH-UBND']];
  const match = f.pattern && byPattern.find(([p]) => p.test(f.pattern!.source));
  return match ? match[1] : 'Nội dung mẫu đủ dài cho kiểm tra';
}

/** Fills every empty value ("" or nothing) of a scaffolded entry, walking the schema alongside. */
function fill(data: unknown, f: FieldSpec): unknown {
  if (f.kind === 'object') {
    const obj = data as Record<string, unknown>;
    for (const sub of f.fields!) if (sub.name in obj) obj[sub.name] = fill(obj[sub.name], sub);
    return obj;
  }
  if (f.kind === 'localized') return Object.fromEntries(Object.entries(data as object).map(([k, v]) => [k, v || `Văn bản mẫu (${k})`]));
  if (f.kind === 'array') return (data as unknown[]).map((item) => fill(item, f.item!));
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

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'new-entry-'));
  for (const f of ['province.yaml', 'logo.svg']) cpSync(join(root, 'content', 'gia-lai', f), join(content, 'gia-lai', f));
  mkdirSync(join(content, 'gia-lai', 'images'), { recursive: true });
  mkdirSync(join(content, 'gia-lai', 'files'));
  // A 1×1 PNG: pieces show raster pictures only (builds never rasterise SVG).
  writeFileSync(join(content, 'gia-lai', 'images', 'mau.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
  writeFileSync(join(content, 'gia-lai', 'files', 'mau.pdf'), '%PDF-1.4');
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run new', () => {
  const order: [ConceptName, string][] = [['units', 'don-vi-mau'], ['people', 'nguoi-phat-ngon-mau'], ['legal', 'van-ban-mau'], ['anniversaries', 'ngay-mau'],
    ['plans', 'ke-hoach-mau'], ['places', 'dia-danh-mau'], ['profiles', 'du-an-mau'], ['press', 'thong-cao-mau'], ['pages', 'gioi-thieu-mau']];

  it('writes a template whose blanks the content check reports, naming the file and the field', () => {
    const made = newEntry('press', '--slug', 'chua-dien', '--province', 'gia-lai');
    expect(made.status, made.stderr).toBe(0);
    const checked = run('check.ts', []);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/content\/gia-lai\/press\/vi\/chua-dien\.md(:\d+)?: .*\(summary\): /);
    expect(checked.stdout).toMatch(/chua-dien\.md(:\d+)?: .*\(kind\): .*một trong.*"release"/);
    rmSync(join(content, 'gia-lai', 'press', 'vi', 'chua-dien.md'));
  });

  it.each(order)('makes a %s entry that passes `npm run check` once its blanks are filled', (name, slug) => {
    const made = newEntry(name, '--slug', slug, '--province', 'gia-lai');
    expect(made.status, made.stderr).toBe(0);
    const c = concepts[name];
    const file = c.kind === 'prose' ? join(content, 'gia-lai', c.folder, 'vi', `${slug}.${c.extensions[0]}`)
      : join(content, c.kind === 'data' && c.scope === 'national' ? 'national' : 'gia-lai', c.folder, `${slug}.yaml`);
    const template = readFileSync(file, 'utf8');
    for (const f of conceptFields(name).filter((x) => x.required)) expect(template).toMatch(new RegExp(`# .+\\n${f.name}:`));
    fillFile(file, name, 'source');
    if (c.kind === 'prose') {
      const translated = newEntry(name, '--slug', slug, '--lang', 'en', '--province', 'gia-lai');
      expect(translated.status, translated.stderr).toBe(0);
      const en = file.replace('/vi/', '/en/');
      expect(readFileSync(en, 'utf8')).toMatch(/translation:\n\s+# .+\n\s+status: draft\n[\s\S]*source: [0-9a-f]{12}/);
      fillFile(en, name, 'translation');
    }
    const checked = run('check.ts', []);
    expect(checked.stdout).toMatch(/^0 lỗi, 0 cảnh báo/m);
    expect(checked.status).toBe(0);
  });

  it('refuses a slug that exists', () => {
    const again = newEntry('press', '--slug', 'thong-cao-mau', '--province', 'gia-lai');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/thong-cao-mau\.md already exists/);
  });

  it('refuses a translation without a Vietnamese source, and an unknown kind', () => {
    expect(newEntry('press', '--slug', 'khong-co', '--lang', 'en').stderr).toMatch(/no Vietnamese piece gia-lai\/press\/vi\/khong-co/);
    expect(newEntry('brochure', '--slug', 'x').stderr).toMatch(/"brochure" is not a kind of entry — expected one of: plans, places/);
  });

  it('derives the slug from a Vietnamese title, đ included', () => {
    const made = newEntry('press', '--title', 'Đoàn công tác đến Lệ Thanh');
    expect(made.stdout).toContain('press/vi/doan-cong-tac-den-le-thanh.md');
    expect(execFileSync('cat', [join(content, 'gia-lai', 'press', 'vi', 'doan-cong-tac-den-le-thanh.md')], { encoding: 'utf8' })).toContain('title: Đoàn công tác đến Lệ Thanh');
  });
});
