/**
 * The Sveltia CMS configuration of one province, generated from the same registry and schemas as
 * the content check: one collection per concept (a prose concept holds every language of a piece,
 * Sveltia's i18n), one form field per schema field, labelled and explained in Vietnamese.
 */
import { concepts, conceptNames, type ConceptName } from '../schemas/registry.ts';
import { choiceWords, fieldWords } from '../lib/field-words.ts';
import type { FieldSpec } from './schema-fields.ts';

type CmsField = Record<string, unknown> & { name: string; widget: string; fields?: CmsField[] };
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
  /** The site's UI strings of a language, whose words for choices (press kinds, sectors…) the dropdowns reuse. */
  dictionary?: (lang: 'vi' | 'en') => Record<string, string> | undefined;
  /** The portal's address when it is served under a path: the CMS links there ("view site"), not to its origin's root. */
  siteUrl?: string;
}

/** Collection names shown to editors, in Vietnamese (the CMS is the Vietnamese desk's tool; the deploy's change list uses them too). */
export const LABELS: Record<ConceptName, string> = {
  plans: 'Kế hoạch TTĐN',
  places: 'Di sản, địa danh quảng bá',
  profiles: 'Dự án kêu gọi đầu tư',
  press: 'Thông cáo báo chí',
  pages: 'Trang giới thiệu',
  units: 'Cơ quan, đơn vị',
  people: 'Người phát ngôn',
  legal: 'Văn bản pháp luật',
  anniversaries: 'Ngày kỷ niệm',
  exchangeRates: 'Tỷ giá quy đổi',
};
/**
 * Commit messages in Vietnamese: under the editorial workflow the commit that opens a pull request
 * also titles it, and the reviewers and the editor read that title on GitHub.
 */
const COMMIT_MESSAGES = {
  create: 'Thêm bài mới vào “{{collection}}”: {{slug}}',
  update: 'Sửa bài trong “{{collection}}”: {{slug}}',
  delete: 'Xoá bài khỏi “{{collection}}”: {{slug}}',
  uploadMedia: 'Tải lên tệp {{path}}',
  deleteMedia: 'Xoá tệp {{path}}',
};
/** What a reference list searches and shows for each concept it can point at. */
const SEARCH: Partial<Record<ConceptName, string>> = {
  units: 'name.vi',
  people: 'name',
  legal: 'number',
  plans: 'title',
  places: 'title',
};

/** Where a field sits: its concept (for the words of the field) and, in a prose collection, how it is translated. */
interface FieldContext {
  concept: ConceptName;
  /** The matching field of the translation schema: present means each language writes its own; absent, a fact of the Vietnamese source. */
  translated?: (f: FieldSpec) => FieldSpec | undefined;
}

const languageNames = new Intl.DisplayNames(['vi'], { type: 'language' });
/** "Tiếng Anh (en)": the label of one language of a per-locale field. */
const languageLabel = (lang: string) => {
  const name = languageNames.of(lang);
  return name && name !== lang ? `${name.charAt(0).toUpperCase()}${name.slice(1)} (${lang})` : lang;
};

/**
 * The pattern of an image path as the CMS checks it: a photo uploaded but not yet saved is checked
 * by its file name alone (Sveltia validates a pending upload's blob: value by the file's name), so
 * the folder ("images/") is optional there; the content check still requires the full path. A
 * saved one reads "/images/x.jpg" (Sveltia writes its public folder absolute; imagePath reads it).
 */
function uploadPattern(schema: RegExp, message: string): { pattern: [string, string] } {
  const folder = /^\^([a-z]+)\\\//.exec(schema.source);
  return {
    pattern: [folder ? `^(?:\\/?${folder[1]}\\/)?${schema.source.slice(folder[0].length)}` : schema.source, message],
  };
}

function toCms(f: FieldSpec, o: CmsOptions, ctx: FieldContext): CmsField {
  const words = fieldWords(ctx.concept, f.path, f.name);
  const label = words?.vi ?? f.name;
  // Vietnamese help from the words table (the schemas' descriptions are English, for developers).
  const hint = words?.hint?.vi;
  const counterpart = ctx.translated?.(f);
  // Sveltia's field-level i18n, only in a prose collection: true where each language writes its own.
  const i18n = ctx.translated ? counterpart !== undefined : undefined;
  const base: CmsField = {
    name: f.name,
    label,
    widget: 'string',
    ...(f.required ? {} : { required: false }),
    ...(hint ? { hint } : {}),
    ...(i18n === undefined ? {} : { i18n }),
  };
  if (f.default !== undefined && !Array.isArray(f.default)) base.default = f.default;
  const pattern = f.pattern ? { pattern: [f.pattern.source, hint ?? label] } : {};
  // Subfields of a translated object or list are matched against the translation's own subfields.
  const inner = (theirs: FieldSpec[] | undefined): FieldContext =>
    ctx.translated
      ? { concept: ctx.concept, translated: (x) => theirs?.find((t) => t.name === x.name) }
      : { concept: ctx.concept };
  if (f.ref) {
    const search = SEARCH[f.ref] ?? 'title';
    return {
      ...base,
      widget: 'relation',
      collection: f.ref,
      value_field: '{{slug}}',
      search_fields: [search],
      display_fields: [search],
    };
  }
  switch (f.kind) {
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: f.integer ? 'int' : 'float',
        ...(f.min !== undefined ? { min: f.min } : {}),
        ...(f.max !== undefined ? { max: f.max } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return {
        ...base,
        widget: 'select',
        options: f.options.map((value) => ({
          label: choiceWords(ctx.concept, f.path, f.name, value, (l) => o.dictionary?.(l))?.vi ?? value,
          value,
        })),
      };
    case 'localized':
      return {
        ...base,
        widget: 'object',
        fields: o.locales.map((l) => ({
          name: l,
          label: languageLabel(l),
          widget: 'string',
          ...(l === 'vi' ? {} : { required: false }),
          ...(i18n === undefined ? {} : { i18n }),
        })),
      };
    case 'object':
      return { ...base, widget: 'object', fields: f.fields.map((x) => toCms(x, o, inner(counterpart?.fields))) };
    case 'array': {
      const item = toCms(f.item, o, inner(undefined));
      const min = f.minItems ? { min: f.minItems } : {};
      if (item.widget === 'relation')
        return {
          ...base,
          ...item,
          name: f.name,
          label,
          ...(i18n === undefined ? {} : { i18n }),
          multiple: true,
          ...min,
        };
      if (f.item.kind === 'object') {
        return {
          ...base,
          widget: 'list',
          fields: f.item.fields.map((x) => toCms(x, o, inner(counterpart?.item?.fields))),
          ...min,
        };
      }
      return {
        ...base,
        widget: 'list',
        field: { ...item, name: f.name, label, ...(i18n === undefined ? {} : { i18n }) },
        ...min,
      };
    }
  }
  if (f.format === 'date')
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  // `choose_url: false`: no "Nhập URL" in the picker; a picture or file is uploaded into the province's folder.
  if (f.name === 'src' && f.pattern && /jpe\?g/.test(f.pattern.source))
    return { ...base, widget: 'image', choose_url: false, ...uploadPattern(f.pattern, hint ?? label) };
  if (f.name === 'file' && /files/.test(f.pattern?.source ?? ''))
    return {
      ...base,
      widget: 'file',
      choose_url: false,
      media_folder: `/content/${o.province}/files`,
      public_folder: 'files',
      ...pattern,
    };
  return {
    ...base,
    widget: f.name === 'summary' || f.name === 'alt' || f.name === 'caption' ? 'text' : 'string',
    ...pattern,
  };
}

/**
 * The fields of a prose concept as one form for every language (Sveltia's i18n): the Vietnamese
 * source's fields, each translated (`i18n: true`) where the translation schema has it and a fact of
 * the source otherwise (`i18n: false`: edited in Vietnamese only, never written to a translation),
 * then the translation's own record, asked in every other language, and the text.
 */
function proseFields(name: ConceptName, o: CmsOptions): CmsField[] {
  const theirs = o.fields(name, 'translation');
  const source = o
    .fields(name, 'source')
    .map((f) => toCms(f, o, { concept: name, translated: (x) => theirs.find((t) => t.name === x.name) }));
  const meta = theirs.find((t) => t.name === 'translation');
  const record: CmsField[] =
    meta?.kind === 'object'
      ? [
          {
            ...toCms({ ...meta, fields: meta.fields.filter((x) => x.name === 'status') }, o, { concept: name }),
            // Asked in each translation ("Thêm Bản dịch"), left empty (so not written) in the Vietnamese
            // source; its fingerprint (`source`) is no form field: CI writes it, and the CMS keeps what a
            // file has. Optional in every language, not `required: [en, km]`: enabling a language copies
            // the Vietnamese side's empty record into it (Sveltia 0.221, draft/update/locale.js), and a
            // required object that is empty can never be saved ("Trường bắt buộc." with its status chosen).
            // The content check still refuses a translation without it.
            i18n: true,
            required: false,
          },
        ]
      : [];
  for (const sub of record[0]?.fields ?? []) sub.i18n = true;
  return [
    ...source,
    ...record,
    // Labelled as toCms labels a field: the words table's, by the same lookup.
    {
      name: 'body',
      label: fieldWords(name, 'body', 'body')?.vi ?? 'body',
      widget: 'markdown',
      required: false,
      i18n: true,
    },
  ];
}

export function cmsConfig(o: CmsOptions): Record<string, unknown> & { collections: CmsCollection[] } {
  const collections: CmsCollection[] = [];
  for (const name of conceptNames) {
    const c = concepts[name];
    if (c.kind === 'prose') {
      collections.push({
        name,
        label: LABELS[name],
        folder: `content/${o.province}/${c.folder}`,
        extension: c.extensions[0],
        format: 'frontmatter',
        create: true,
        // One entry, every language: content/<province>/<folder>/<locale>/<slug>.<ext>, Vietnamese the source.
        // A new piece starts in Vietnamese only; a translation is added from the same entry when it is ready.
        i18n: {
          structure: 'multiple_folders',
          locales: [...o.locales],
          default_locale: 'vi',
          initial_locales: 'default',
        },
        // The file name comes from the Vietnamese title, shared by every language (slug options below: đ → d).
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: proseFields(name, o),
      });
      continue;
    }
    const scopes = c.scope === 'both' ? ['national', o.province] : [c.scope === 'national' ? 'national' : o.province];
    for (const scope of scopes)
      collections.push({
        name: scopes.length > 1 && scope === 'national' ? `${name}-national` : name,
        label: `${LABELS[name]}${scope === 'national' ? ' (toàn quốc)' : ''}`,
        folder: `content/${scope}/${c.folder}`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{slug}}',
        // The list shows a flat field; per-language names (units, anniversaries) show the file name.
        ...(name === 'legal' ? { identifier_field: 'number' } : name === 'people' ? { identifier_field: 'name' } : {}),
        fields: o.fields(name, 'source').map((f) => toCms(f, o, { concept: name })),
      });
  }
  return {
    backend: { name: 'github', repo: o.repo, branch: o.branch, base_url: o.authUrl, commit_messages: COMMIT_MESSAGES },
    app_title: o.title,
    logo: { src: o.logo },
    ...(o.siteUrl ? { site_url: o.siteUrl } : {}),
    // Every change goes through a pull request, checked before merge.
    publish_mode: 'editorial_workflow',
    media_folder: `content/${o.province}/images`,
    public_folder: 'images',
    // No stock photo services in the picker: a picture is the province's own file, with its credit and licence.
    media_libraries: { stock_assets: false },
    // Sveltia transliterates accents (@sindresorhus/transliterate: "đ" → "d") and keeps only ASCII: "Đoàn" → "doan".
    slug: { encoding: 'ascii', clean_accents: true },
    // Sveltia takes a collection's i18n only on top of a site-level one (it warns and ignores it otherwise).
    i18n: { structure: 'multiple_folders', locales: [...o.locales], default_locale: 'vi' },
    // An optional field left empty is not written (no `time: ""`, no empty `translation` in a Vietnamese source).
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
