import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { provinceCmsBackend, provinceCmsConfig, writeAdmin } from '../../scripts/build/admin.ts';
import { conceptFields } from '../../src/node/schema-model.ts';
import { listProvinceIds, loadProvince } from '../../src/node/provinces.ts';
import { concepts, conceptNames } from '../../src/schemas/registry.ts';
import type { FieldSpec } from '../../src/lib/schema-fields.ts';

type Field = { name: string; widget: string; required?: boolean; fields?: Field[]; field?: Field; collection?: string; multiple?: boolean };

/** Every required schema field (nested too) appears in the form, and is not marked optional. */
function missingRequired(specs: FieldSpec[], form: Field[], at = ''): string[] {
  return specs.flatMap((s) => {
    const f = form.find((x) => x.name === s.name);
    if (!f) return s.required ? [`${at}${s.name}`] : [];
    const wrong = s.required && f.required === false ? [`${at}${s.name} (marked optional)`] : [];
    const sub = s.fields ?? s.item?.fields;
    return [...wrong, ...(sub ? missingRequired(sub, f.fields ?? [], `${at}${s.name}.`) : [])];
  });
}

describe.each(listProvinceIds())('the CMS config of %s', (id) => {
  const province = loadProvince(id);
  const config = provinceCmsConfig(province, provinceCmsBackend(province, {})!);
  const byName = new Map(config.collections.map((c) => [c.name, c]));

  it('is valid against the Sveltia CMS configuration schema', () => {
    const schemaFile = join(createRequire(import.meta.url).resolve('@sveltia/cms'), '..', '..', 'schema', 'sveltia-cms.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow' });
  });

  it('signs in through the province\'s own helper and repository (never Netlify, never a placeholder), with its name and logo', () => {
    expect(config.backend).toEqual({ name: 'github', repo: province.cms!.repo, branch: province.cms!.branch, base_url: province.cms!.authUrl });
    expect(config.app_title).toBe(`Thông tin đối ngoại ${province.name.vi}`);
    expect(config.logo).toEqual({ src: `../brand/logo.${province.logo.split('.').pop()}` });
  });

  it('lists every collection: each prose concept in each locale, each data concept', () => {
    const expected = conceptNames.flatMap((n) => {
      const c = concepts[n];
      if (c.kind === 'prose') return province.locales.map((l) => (l === 'vi' ? n : `${n}-${l}`));
      return c.scope === 'both' ? [`${n}-national`, n] : [n];
    });
    expect([...byName.keys()].sort()).toEqual(expected.sort());
    expect(byName.get('press-en')!.folder).toBe(`content/${id}/press/en`);
    expect(byName.get('legal')!.folder).toBe('content/national/legal');
  });

  it('lists every required field of every schema, nested ones included', () => {
    for (const n of conceptNames) {
      const c = concepts[n];
      expect(missingRequired(conceptFields(n, 'source'), byName.get(n)!.fields as Field[]), n).toEqual([]);
      if (c.kind === 'prose')
        for (const l of province.locales.slice(1))
          expect(missingRequired(conceptFields(n, 'translation'), byName.get(`${n}-${l}`)!.fields as Field[]), `${n}-${l}`).toEqual([]);
    }
  });

  it('names, as each list\'s title, a plain field the collection has (the CMS refuses a nested one)', () => {
    for (const c of config.collections) {
      const id = c.identifier_field as string | undefined;
      if (id) expect((c.fields as Field[]).find((f) => f.name === id)?.widget, c.name).toMatch(/^(string|text)$/);
    }
  });

  it('offers references as choices from the collection they name', () => {
    const profile = byName.get('profiles')!.fields as Field[];
    expect(profile.find((f) => f.name === 'contact')).toMatchObject({ widget: 'relation', collection: 'units' });
    const plan = byName.get('plans')!.fields as Field[];
    expect(plan.find((f) => f.name === 'tasks')!.fields!.find((f) => f.name === 'partners')).toMatchObject({ widget: 'relation', collection: 'units', multiple: true });
  });
});

describe('the admin page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-'));
  writeAdmin(dir, loadProvince('gia-lai'));
  const admin = join(dir, 'admin');
  const bundle = readFileSync(join(admin, 'sveltia-cms.js'), 'utf8');

  it('is served from the site\'s own origin, says noindex, and ships its config', () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script src="sveltia-cms.js"></script>');
    // Nothing is loaded from another origin (the policy in the meta tag may name the Git host's API).
    expect(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).not.toMatch(/https?:\/\//);
    expect(statSync(join(admin, 'sveltia-cms.js')).size).toBeGreaterThan(100_000);
    expect(parse(readFileSync(join(admin, 'config.yml'), 'utf8')).collections.length).toBeGreaterThan(9);
  });

  it('serves what the CMS fetched from CDNs: its Vietnamese interface, fonts, version and status files', () => {
    expect(bundle).not.toMatch(/cdn\.jsdelivr\.net|githubstatus\.com\/api|`\$\{\w+\}@\$\{\w+\}\/locales`|`\$\{\w+\}\/package\.json`/);
    expect(JSON.parse(readFileSync(join(admin, 'locales', 'vi.json'), 'utf8')).sign_in_with_x).toBe('Đăng nhập bằng {$service}');
    const fonts = readdirSync(join(admin, 'fonts')).sort();
    expect(fonts).toEqual(expect.arrayContaining(['material-symbols-outlined-latin-wght-normal.woff2', 'source-sans-3-latin-wght-normal.woff2', 'source-sans-3-vietnamese-wght-normal.woff2']));
    for (const [, file] of bundle.matchAll(/url\((fonts\/[^)]+)\)/g)) expect(existsSync(join(admin, file!)), file).toBe(true);
    for (const [, file] of readFileSync(join(admin, 'fonts.css'), 'utf8').matchAll(/url\((fonts\/[^)]+)\)/g)) expect(existsSync(join(admin, file!)), file).toBe(true);
    expect(JSON.parse(readFileSync(join(admin, 'version.json'), 'utf8')).version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(readFileSync(join(admin, 'github-status.json'), 'utf8'))).toEqual({ status: { indicator: 'unknown' } });
  });

  it('stops a deploy build whose CMS still points at sample values', () => {
    expect(() => provinceCmsBackend(loadProvince('gia-lai'), { PORTAL_DEPLOY: '1' })).toThrow(/content\/gia-lai\/province\.yaml: cms: .*sample: true/);
  });

  it('is not built for a province without a cms block, outside a deploy', () => {
    const bare = mkdtempSync(join(tmpdir(), 'admin-bare-'));
    try {
      const { cms: _cms, ...province } = loadProvince('gia-lai');
      writeAdmin(bare, province);
      expect(existsSync(join(bare, 'admin'))).toBe(false);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
