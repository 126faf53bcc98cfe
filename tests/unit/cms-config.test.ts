import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { provinceCmsConfig, writeAdmin } from '../../scripts/build/admin.ts';
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
  const config = provinceCmsConfig(province);
  const byName = new Map(config.collections.map((c) => [c.name, c]));

  it('is valid against the Sveltia CMS configuration schema', () => {
    const schemaFile = join(createRequire(import.meta.url).resolve('@sveltia/cms'), '..', '..', 'schema', 'sveltia-cms.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow' });
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
  it('is served from the site\'s own origin, says noindex, and ships its config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-'));
    try {
      writeAdmin(dir, loadProvince('gia-lai'));
      const html = readFileSync(join(dir, 'admin', 'index.html'), 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<script src="sveltia-cms.js"></script>');
      // Nothing is loaded from another origin (the policy in the meta tag may name the Git host's API).
      expect(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).not.toMatch(/https?:\/\//);
      expect(statSync(join(dir, 'admin', 'sveltia-cms.js')).size).toBeGreaterThan(100_000);
      expect(parse(readFileSync(join(dir, 'admin', 'config.yml'), 'utf8')).collections.length).toBeGreaterThan(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
