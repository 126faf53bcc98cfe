/**
 * The Sveltia CMS configuration of one province, generated from the same registry and schemas as
 * the content check: one collection per concept and locale, one form field per schema field.
 */
import { concepts, conceptNames, type ConceptName } from '../schemas/registry.ts';
import type { FieldSpec } from './schema-fields.ts';

type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; folder: string; fields: CmsField[] };

export interface CmsOptions {
  province: string;
  locales: readonly string[];
  /** GitHub "owner/name" of the content repository. */
  repo: string;
  branch: string;
  /** Origin of the OAuth helper that signs editors in with GitHub (Sveltia's `base_url`); never Netlify's. */
  authUrl: string;
  /** Shown above the sign-in buttons and in the browser tab. */
  title: string;
  /** The province's logo, relative to /admin/ so the CMS finds it under a sub-path too. */
  logo: string;
  fields: (name: ConceptName, variant: 'source' | 'translation') => FieldSpec[];
  /** The portal's address when it is served under a path: the CMS links there ("view site"), not to its origin's root. */
  siteUrl?: string;
}

/** Collection names shown to editors, in Vietnamese (the CMS is the Vietnamese desk's tool; the deploy's change list uses them too). */
export const LABELS: Record<ConceptName, string> = {
  plans: 'Kế hoạch TTĐN', places: 'Di sản, địa danh quảng bá', profiles: 'Dự án kêu gọi đầu tư', press: 'Thông cáo báo chí',
  pages: 'Trang giới thiệu', units: 'Cơ quan, đơn vị', people: 'Người phát ngôn', legal: 'Văn bản pháp luật', anniversaries: 'Ngày kỷ niệm', exchangeRates: 'Tỷ giá quy đổi',
};
/** What a reference list searches and shows for each concept it can point at. */
const SEARCH: Partial<Record<ConceptName, string>> = { units: 'name.vi', people: 'name', legal: 'number', plans: 'title', places: 'title' };

function toCms(f: FieldSpec, o: CmsOptions): CmsField {
  const base: CmsField = { name: f.name, label: f.name, widget: 'string', ...(f.required ? {} : { required: false }), ...(f.help ? { hint: f.help } : {}) };
  if (f.default !== undefined && !Array.isArray(f.default)) base.default = f.default;
  const pattern = f.pattern ? { pattern: [f.pattern.source, `${f.help ?? f.name}`] } : {};
  if (f.ref) {
    const search = SEARCH[f.ref as ConceptName] ?? 'title';
    return { ...base, widget: 'relation', collection: f.ref === 'anniversaries' ? 'anniversaries' : f.ref, value_field: '{{slug}}', search_fields: [search], display_fields: [search] };
  }
  switch (f.kind) {
    case 'number':
      return { ...base, widget: 'number', value_type: f.integer ? 'int' : 'float', ...(f.min !== undefined ? { min: f.min } : {}), ...(f.max !== undefined ? { max: f.max } : {}) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: f.options };
    case 'localized':
      return { ...base, widget: 'object', fields: o.locales.map((l) => ({ name: l, label: l, widget: 'string', ...(l === 'vi' ? {} : { required: false }) })) };
    case 'object':
      return { ...base, widget: 'object', fields: f.fields!.map((x) => toCms(x, o)) };
    case 'array': {
      const item = toCms(f.item!, o);
      const min = f.minItems ? { min: f.minItems } : {};
      if (item.widget === 'relation') return { ...base, ...item, name: f.name, label: f.name, multiple: true, ...min };
      if (item.widget === 'object') return { ...base, widget: 'list', fields: item.fields, ...min };
      return { ...base, widget: 'list', field: { ...item, name: f.name }, ...min };
    }
  }
  if (f.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  if (f.name === 'src' && /jpe\?g/.test(f.pattern?.source ?? '')) return { ...base, widget: 'image', ...pattern };
  if (f.name === 'file' && /files/.test(f.pattern?.source ?? ''))
    return { ...base, widget: 'file', media_folder: `/content/${o.province}/files`, public_folder: 'files', ...pattern };
  return { ...base, widget: f.name === 'summary' ? 'text' : 'string', ...pattern };
}

export function cmsConfig(o: CmsOptions): Record<string, unknown> & { collections: CmsCollection[] } {
  const collections: CmsCollection[] = [];
  for (const name of conceptNames) {
    const c = concepts[name];
    if (c.kind === 'prose') {
      const body: CmsField = { name: 'body', label: 'body', widget: 'markdown', required: false };
      for (const lang of o.locales) {
        const variant = lang === 'vi' ? 'source' : 'translation';
        collections.push({
          name: lang === 'vi' ? name : `${name}-${lang}`, label: `${LABELS[name]} (${lang})`, folder: `content/${o.province}/${c.folder}/${lang}`,
          extension: c.extensions[0], format: 'frontmatter', create: true, slug: '{{slug}}', identifier_field: 'title',
          fields: [...o.fields(name, variant).map((f) => toCms(f, o)), body],
        });
      }
      continue;
    }
    const scopes = c.scope === 'both' ? ['national', o.province] : [c.scope === 'national' ? 'national' : o.province];
    for (const scope of scopes)
      collections.push({
        name: scopes.length > 1 && scope === 'national' ? `${name}-national` : name, label: `${LABELS[name]}${scope === 'national' ? ' (toàn quốc)' : ''}`,
        folder: `content/${scope}/${c.folder}`, extension: 'yaml', format: 'yaml', create: true, slug: '{{slug}}',
        // The list shows a flat field; per-language names (units, anniversaries) show the file name.
        ...(name === 'legal' ? { identifier_field: 'number' } : name === 'people' ? { identifier_field: 'name' } : {}),
        fields: o.fields(name, 'source').map((f) => toCms(f, o)),
      });
  }
  return {
    backend: { name: 'github', repo: o.repo, branch: o.branch, base_url: o.authUrl },
    app_title: o.title,
    logo: { src: o.logo },
    ...(o.siteUrl ? { site_url: o.siteUrl } : {}),
    // Every change goes through a pull request, checked before merge.
    publish_mode: 'editorial_workflow',
    media_folder: `content/${o.province}/images`,
    public_folder: 'images',
    slug: { encoding: 'ascii', clean_accents: true },
    collections,
  };
}
