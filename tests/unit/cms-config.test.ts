import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse, stringify } from 'yaml';
import transliterate from '@sindresorhus/transliterate';
import { checkContent } from '../../src/editor/content-check/check.ts';
import { labelField } from '../../src/lib/content-check/field-labels.ts';
import { slug as slugSchema } from '../../src/schemas/localized.ts';
import Ajv from 'ajv';
import { provinceCmsBackend, provinceCmsConfig, writeAdmin } from '../../scripts/build/admin.ts';
import { conceptFields } from '../../src/node/schema-model.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { readYaml } from '../../src/node/read-yaml.ts';
import type { ProvinceConfig } from '../../src/node/provinces.ts';
import { concepts, conceptNames } from '../../src/schemas/registry.ts';
import type { FieldSpec } from '../../src/editor/schema-fields.ts';

type Field = {
  name: string;
  widget: string;
  label?: string;
  hint?: string;
  required?: boolean | string[];
  i18n?: boolean | string;
  fields?: Field[];
  field?: Field;
  collection?: string;
  multiple?: boolean;
  options?: { label: string; value: string }[];
};
type SlugOptions = { encoding?: 'unicode' | 'ascii'; clean_accents?: boolean; sanitize_replacement?: string };

/** The form's fields Sveltia writes into a file of `locale`: all in Vietnamese (the translation record is empty there, so omitted), the translated ones elsewhere. */
function writtenIn(locale: string, form: Field[]): Field[] {
  return form.flatMap((f) => {
    if (locale === 'vi' ? f.name === 'translation' : f.i18n !== true) return [];
    return [{ ...f, ...(f.fields ? { fields: writtenIn(locale, f.fields) } : {}) }];
  });
}

/** Dotted paths of a field tree ("cover.alt"), from a form or from schema field specs alike. */
function paths(fields: { name: string; fields?: unknown[]; item?: { fields?: unknown[] } }[], at = ''): string[] {
  return fields.flatMap((f) => {
    const sub = (f.fields ?? f.item?.fields) as typeof fields | undefined;
    return sub?.length ? paths(sub, `${at}${f.name}.`) : [`${at}${f.name}`];
  });
}

/** The values of `data` that a form writes (nested objects keep only their written subfields). */
function pick(data: Record<string, unknown>, form: Field[]): Record<string, unknown> {
  return Object.fromEntries(
    form.flatMap((f) => {
      const v = data[f.name];
      if (v === undefined) return [];
      return [
        [
          f.name,
          f.fields && v && typeof v === 'object' && !Array.isArray(v)
            ? pick(v as Record<string, unknown>, f.fields)
            : v,
        ],
      ];
    }),
  );
}

/**
 * Sveltia's slug of a title under the config's slug options, as its source does it
 * (src/lib/services/common/slug/index.js, 0.221): transliterate the NFD text with the same
 * @sindresorhus/transliterate it bundles, keep ASCII letters, digits, "_", "-", "~", hyphenate, lowercase.
 */
function sveltiaSlug(title: string, o: SlugOptions): string {
  let slug = o.clean_accents ? transliterate(title.normalize('NFD')) : title;
  slug = slug.replaceAll(o.encoding === 'ascii' ? /[^\w\-~]/g : /[\p{Z}\p{C}!"#$%&'()*+,/:;<=>?@[\\\]^`{|}]/gu, ' ');
  const r = o.sanitize_replacement ?? '-';
  return slug
    .trim()
    .replaceAll(/\s+/g, r)
    .replaceAll(new RegExp(`${r}+`, 'g'), r)
    .replace(new RegExp(`^${r}+|${r}+$`, 'g'), '')
    .toLocaleLowerCase();
}

/** The first bytes of a JPEG, enough for the check's signature test. */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);

/** Every required schema field (nested too) appears in the form, and is not marked optional. */
function missingRequired(specs: FieldSpec[], form: Field[], at = ''): string[] {
  return specs.flatMap((s) => {
    const f = form.find((x) => x.name === s.name);
    if (!f) return s.required ? [`${at}${s.name}`] : [];
    // The translation record is optional in the form (see the test of it below); the check requires it.
    const wrong =
      s.required && f.required === false && `${at}${s.name}` !== 'translation'
        ? [`${at}${s.name} (marked optional)`]
        : [];
    const sub = s.fields ?? s.item?.fields;
    return [...wrong, ...(sub ? missingRequired(sub, f.fields ?? [], `${at}${s.name}.`) : [])];
  });
}

/**
 * The fixture province (tests/fixtures/content/fixture), whose cms block holds sample values: the
 * code is tested on it; tests/unit/cms-config-of-live-provinces.test.ts checks each live province.
 */
const fixtureProvince = (): ProvinceConfig => ({
  id: 'fixture',
  ...provinceSchema.parse(readYaml(join(import.meta.dirname, '../fixtures/content/fixture/province.yaml'))),
});

describe('the CMS config of the fixture province', () => {
  const province = fixtureProvince();
  const id = province.id;
  const config = provinceCmsConfig(province, provinceCmsBackend(province, {})!);
  const byName = new Map(config.collections.map((c) => [c.name, c]));

  it('is valid against the Sveltia CMS configuration schema', () => {
    const schemaFile = join(
      createRequire(import.meta.url).resolve('@sveltia/cms'),
      '..',
      '..',
      'schema',
      'sveltia-cms.json',
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow' });
  });

  it("signs in through the province's own helper and repository (never Netlify, never a placeholder), with its name and logo", () => {
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: province.cms!.repo,
      branch: province.cms!.branch,
      base_url: province.cms!.authUrl,
    });
    expect(config.app_title).toBe(`Thông tin đối ngoại ${province.name.vi}`);
    expect(config.logo).toEqual({ src: `../brand/logo.${province.logo.split('.').pop()}` });
  });

  it('lists every collection: one per prose concept holding every language, one per data concept and scope', () => {
    const expected = conceptNames.flatMap((n) => {
      const c = concepts[n];
      if (c.kind === 'prose') return [n];
      return c.scope === 'both' ? [`${n}-national`, n] : [n];
    });
    expect([...byName.keys()].sort()).toEqual(expected.sort());
    expect(byName.get('legal')!.folder).toBe('content/national/legal');
  });

  it('keeps every language of a piece in one entry: content/<province>/<folder>/<locale>/<slug>, Vietnamese the source', () => {
    for (const n of conceptNames) {
      const c = concepts[n];
      if (c.kind !== 'prose') continue;
      expect(byName.get(n), n).toMatchObject({
        folder: `content/${id}/${c.folder}`,
        i18n: {
          structure: 'multiple_folders',
          locales: [...province.locales],
          default_locale: 'vi',
          initial_locales: 'default',
        },
        slug: '{{slug}}',
        identifier_field: 'title',
      });
    }
    // Sveltia ignores a collection's i18n without a site-level one (seen in a browser: "i18n is not configured at the top level").
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: [...province.locales],
      default_locale: 'vi',
    });
    // Empty optional fields are not written: no `translation:` block lands in a Vietnamese source.
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('asks for every required field of every schema, nested ones included', () => {
    for (const n of conceptNames) {
      const c = concepts[n];
      expect(missingRequired(conceptFields(n, 'source'), byName.get(n)!.fields as Field[]), n).toEqual([]);
      if (c.kind === 'prose')
        expect(
          missingRequired(conceptFields(n, 'translation'), writtenIn('en', byName.get(n)!.fields as Field[])),
          `${n} (en)`,
        ).toEqual([]);
    }
  });

  it('writes into a translation exactly the fields its schema takes: text per language, facts only in the Vietnamese source', () => {
    for (const n of conceptNames) {
      if (concepts[n].kind !== 'prose') continue;
      const form = byName.get(n)!.fields as Field[];
      const translated = paths(writtenIn('en', form)).filter((p) => p !== 'body');
      expect(translated.sort(), n).toEqual(
        paths(conceptFields(n, 'translation') as unknown as Field[])
          .filter((p) => p !== 'translation.source')
          .sort(),
      );
      // The source form has no translation record, and every fact is marked as one.
      expect(
        paths(writtenIn('vi', form)).filter((p) => p.startsWith('translation')),
        n,
      ).toEqual([]);
    }
    const press = byName.get('press')!.fields as Field[];
    expect(press.find((f) => f.name === 'date')).toMatchObject({ i18n: false });
    expect(press.find((f) => f.name === 'title')).toMatchObject({ i18n: true });
    const cover = press.find((f) => f.name === 'cover')!;
    expect(cover).toMatchObject({ i18n: true, required: false });
    expect(Object.fromEntries(cover.fields!.map((f) => [f.name, f.i18n]))).toEqual({
      src: false,
      alt: true,
      caption: true,
      credit: true,
      licence: false,
      illustration: false,
    });
    expect(press.find((f) => f.name === 'translation')).toMatchObject({ i18n: true });
  });

  it('titles its commits, and so the pull requests it opens, in Vietnamese', () => {
    // Sveltia names a pull request after the commit that opens it (its English default: Create {{collection}} “{{slug}}”).
    const messages = (config.backend as { commit_messages?: Record<string, string> }).commit_messages ?? {};
    expect(Object.keys(messages).sort()).toEqual(['create', 'delete', 'deleteMedia', 'update', 'uploadMedia']);
    expect(messages.create).toBe('Thêm bài mới vào “{{collection}}”: {{slug}}');
    for (const [kind, text] of Object.entries(messages))
      expect(text, kind).not.toMatch(/\b(Create|Update|Delete|Upload)\b/);
  });

  it("takes pictures and files only by upload into the province's folders: no stock photos, no address typed in", () => {
    // Sveltia's asset picker offers stock photo services and "Nhập URL" unless told not to; a
    // picture must be a file under images/ (docs/guide-editors.vi.md, section 3).
    expect(config.media_libraries).toEqual({ stock_assets: false });
    const media: string[] = [];
    const walk = (fields: Field[], at: string) => {
      for (const f of fields) {
        if (f.widget === 'image' || f.widget === 'file')
          media.push(`${at}.${f.name}: ${String((f as Field & { choose_url?: boolean }).choose_url)}`);
        walk([...(f.fields ?? []), ...(f.field ? [f.field] : [])], `${at}.${f.name}`);
      }
    };
    for (const c of config.collections) walk(c.fields, c.name);
    expect(media.length).toBeGreaterThan(3);
    expect(media.filter((m) => !m.endsWith(': false'))).toEqual([]);
  });

  it("accepts a photo the editor has just uploaded, before it is saved (Sveltia checks the pattern against the file's own name then)", () => {
    const cover = (byName.get('press')!.fields as Field[]).find((f) => f.name === 'cover')!;
    const src = cover.fields!.find((f) => f.name === 'src') as Field & { pattern: [string, string] };
    const pattern = new RegExp(src.pattern[0]);
    // Sveltia's validate/fields.js: a pending upload's value is a blob: URL, replaced by the file's name for validation.
    for (const ok of ['doan-dai-bieu.jpg', 'images/doan-dai-bieu.jpg']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['logo.svg', 'files/doan.jpg', 'images/../doan.jpg', 'Ảnh đoàn.jpg'])
      expect(pattern.test(bad), bad).toBe(false);
  });

  it('accepts the photo path the CMS saved ("/images/…") when the editor opens the release again, and nothing else that starts with "/"', () => {
    const cover = (byName.get('press')!.fields as Field[]).find((f) => f.name === 'cover')!;
    const pattern = new RegExp(
      (cover.fields!.find((f) => f.name === 'src') as Field & { pattern: [string, string] }).pattern[0],
    );
    expect(pattern.test('/images/doan-dai-bieu.jpg')).toBe(true);
    for (const bad of ['/doan.jpg', '//evil/doan.jpg', '/files/doan.jpg', '/etc/passwd', '/images/../doan.jpg'])
      expect(pattern.test(bad), bad).toBe(false);
  });

  it('lets a translator save the translation record: it is no per-language required object, which Sveltia fills from the Vietnamese side as missing', () => {
    // Enabling a language copies the Vietnamese values (draft/update/locale.js copyDefaultLocaleValues), including the
    // record's null, which a required object then fails on: "Trường bắt buộc." although its status is chosen.
    const record = (byName.get('press')!.fields as Field[]).find((f) => f.name === 'translation')!;
    expect(record).toMatchObject({ i18n: true, required: false });
    expect(record.fields!.find((f) => f.name === 'status')!.required).not.toBe(false);
  });

  it('makes, from a Vietnamese title, a file name the check accepts ("đ" → "d")', () => {
    const options = config.slug as SlugOptions;
    const titles = {
      'Đoàn đại biểu Đắk Lắk thăm Ratanakiri': 'doan-dai-bieu-dak-lak-tham-ratanakiri',
      'Lễ hội Văn hóa Cồng chiêng 2026: “Sắc màu” đại ngàn!': 'le-hoi-van-hoa-cong-chieng-2026-sac-mau-dai-ngan',
      'Thông cáo số 12/TB-UBND về Quốc lộ 19 (quý III/2026)': 'thong-cao-so-12-tb-ubnd-ve-quoc-lo-19-quy-iii-2026',
      'Ươm tơ, dệt thổ cẩm ở làng Ia Mơ Nông': 'uom-to-det-tho-cam-o-lang-ia-mo-nong',
    };
    for (const [title, expected] of Object.entries(titles)) {
      expect(sveltiaSlug(title, options), title).toBe(expected);
      expect(slugSchema.safeParse(expected).success, expected).toBe(true);
    }
  });

  it('accepts, in the content check, a press release with a photo and its translation as the CMS writes them', () => {
    const form = byName.get('press')!.fields as Field[];
    const values = {
      title: 'Đoàn đại biểu tỉnh thăm cửa khẩu',
      summary: 'Đoàn đại biểu làm việc tại cửa khẩu quốc tế.',
      kind: 'release',
      date: '2026-03-05',
      cover: {
        src: 'images/doan.jpg',
        alt: 'Đoàn đại biểu đứng trước nhà cửa khẩu.',
        credit: 'Ảnh: Sở Ngoại vụ',
        licence: 'CC BY 4.0',
        illustration: false,
      },
    };
    const english = {
      title: 'Delegation visits the border gate',
      summary: 'The delegation works at the international border gate.',
      cover: { alt: 'The delegation stands in front of the border-gate building.' },
      translation: { status: 'reviewed' },
    };
    const slug = sveltiaSlug(values.title, config.slug as SlugOptions);
    expect(slug).toBe('doan-dai-bieu-tinh-tham-cua-khau');
    const file = (data: Record<string, unknown>) => `---\n${stringify(data)}---\n\nNội dung.\n`;
    const translation = file(pick({ ...values, ...english }, writtenIn('en', form)));
    const files = [
      { path: `${id}/press/vi/${slug}.md`, text: file(pick(values, writtenIn('vi', form))) },
      { path: `${id}/press/en/${slug}.md`, text: translation },
      { path: `${id}/images/doan.jpg`, bytes: JPEG },
    ];
    expect(parse(translation.split('---')[1]!)).toEqual(english);
    const result = checkContent(files, new Map([[id, { id, locales: province.locales }]]));
    expect(result.errors.filter((e) => e.file.includes(`/press/`))).toEqual([]);
  });

  it('labels every field and explains it in Vietnamese, and shows choices in words', () => {
    const docs = new Set<string>();
    const collectDocs = (specs: FieldSpec[]) =>
      specs.forEach((s) => {
        if (s.help) docs.add(s.help);
        collectDocs(s.fields ?? s.item?.fields ?? []);
      });
    for (const n of conceptNames) {
      collectDocs(conceptFields(n, 'source'));
      if (concepts[n].kind === 'prose') collectDocs(conceptFields(n, 'translation'));
    }
    const problems: string[] = [];
    const walk = (fields: Field[], at: string) => {
      for (const f of fields) {
        const where = `${at}.${f.name}`;
        if (!f.label || f.label === f.name) problems.push(`${where}: no label`);
        if (f.hint && docs.has(f.hint)) problems.push(`${where}: English help "${f.hint}"`);
        for (const o of f.options ?? [])
          if (o.label === o.value) problems.push(`${where}: choice "${o.value}" shown as its code`);
        walk([...(f.fields ?? []), ...(f.field ? [f.field] : [])], where);
      }
    };
    for (const c of config.collections) walk(c.fields, c.name);
    expect(problems).toEqual([]);
    const profile = byName.get('profiles')!.fields as Field[];
    expect(profile.find((f) => f.name === 'areaHa')).toMatchObject({ label: 'Diện tích (ha)' });
    expect(profile.find((f) => f.name === 'status')!.options).toContainEqual({
      label: 'Đang kêu gọi đầu tư',
      value: 'calling',
    });
    expect((byName.get('places')!.fields as Field[]).find((f) => f.name === 'kind')!.options).toContainEqual({
      label: 'Làng nghề',
      value: 'craft-village',
    });
  });

  it('uses for a field the label the content check names it by', () => {
    const profile = byName.get('profiles')!.fields as Field[];
    for (const name of ['capitalVnd', 'sector', 'contact'])
      expect(labelField(name)).toBe(`${name} (${profile.find((f) => f.name === name)!.label})`);
  });

  it("names, as each list's title, a plain field the collection has (the CMS refuses a nested one)", () => {
    for (const c of config.collections) {
      const id = c.identifier_field as string | undefined;
      if (id) expect((c.fields as Field[]).find((f) => f.name === id)?.widget, c.name).toMatch(/^(string|text)$/);
    }
  });

  it('offers references as choices from the collection they name', () => {
    const profile = byName.get('profiles')!.fields as Field[];
    expect(profile.find((f) => f.name === 'contact')).toMatchObject({ widget: 'relation', collection: 'units' });
    const plan = byName.get('plans')!.fields as Field[];
    expect(plan.find((f) => f.name === 'tasks')!.fields!.find((f) => f.name === 'partners')).toMatchObject({
      widget: 'relation',
      collection: 'units',
      multiple: true,
    });
  });
});

describe('the admin page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-'));
  writeAdmin(dir, fixtureProvince());
  const admin = join(dir, 'admin');
  const bundle = readFileSync(join(admin, 'sveltia-cms.js'), 'utf8');

  it("is served from the site's own origin, says noindex, and ships its config", () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script src="sveltia-cms.js"></script>');
    // Nothing is loaded from another origin (the policy in the meta tag may name the Git host's API).
    expect(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).not.toMatch(/https?:\/\//);
    expect(statSync(join(admin, 'sveltia-cms.js')).size).toBeGreaterThan(100_000);
    expect(parse(readFileSync(join(admin, 'config.yml'), 'utf8')).collections.length).toBeGreaterThan(9);
  });

  it('serves what the CMS fetched from CDNs: its Vietnamese interface, fonts, version and status files', () => {
    expect(bundle).not.toMatch(
      /cdn\.jsdelivr\.net|githubstatus\.com\/api|`\$\{\w+\}@\$\{\w+\}\/locales`|`\$\{\w+\}\/package\.json`/,
    );
    const vietnamese = JSON.parse(readFileSync(join(admin, 'locales', 'vi.json'), 'utf8'));
    expect(vietnamese.sign_in_with_x).toBe('Đăng nhập bằng {$service}');
    // With the strings the package's Vietnamese lacks filled in (src/editor/cms-locale.ts): the token dialog's note on pull requests.
    expect(vietnamese.sign_in_using_access_token_workflow_note).toMatch(/^Vì trang biên tập dùng quy trình biên tập/u);
    const fonts = readdirSync(join(admin, 'fonts')).sort();
    expect(fonts).toEqual(
      expect.arrayContaining([
        'material-symbols-outlined-latin-wght-normal.woff2',
        'source-sans-3-latin-wght-normal.woff2',
        'source-sans-3-vietnamese-wght-normal.woff2',
      ]),
    );
    for (const [, file] of bundle.matchAll(/url\((fonts\/[^)]+)\)/g))
      expect(existsSync(join(admin, file!)), file).toBe(true);
    for (const [, file] of readFileSync(join(admin, 'fonts.css'), 'utf8').matchAll(/url\((fonts\/[^)]+)\)/g))
      expect(existsSync(join(admin, file!)), file).toBe(true);
    expect(JSON.parse(readFileSync(join(admin, 'version.json'), 'utf8')).version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(readFileSync(join(admin, 'github-status.json'), 'utf8'))).toEqual({
      status: { indicator: 'unknown' },
    });
  });

  it('stops a deploy build whose CMS still points at sample values', () => {
    expect(() => provinceCmsBackend(fixtureProvince(), { PORTAL_DEPLOY: '1' })).toThrow(
      /content\/fixture\/province\.yaml: cms: .*sample: true/,
    );
  });

  it('is not built for a province without a cms block, outside a deploy', () => {
    const bare = mkdtempSync(join(tmpdir(), 'admin-bare-'));
    try {
      const { cms: _cms, ...province } = fixtureProvince();
      writeAdmin(bare, province);
      expect(existsSync(join(bare, 'admin'))).toBe(false);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
