/** A new entry ready to fill: every required field present with a one-line comment, optional ones listed below. */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { FieldSpec } from './schema-fields.ts';
import { choiceWords, fieldWords } from '../lib/field-words.ts';
import { isRecord } from '../lib/is-record.ts';
import type { ConceptName } from '../schemas/registry.ts';

export interface TemplateOptions {
  /** The concept written: field labels and help are looked up under it. */
  concept?: ConceptName;
  /** The site's UI strings, for the words of a choice (see choiceWords). */
  dictionary?: (lang: 'vi' | 'en') => Record<string, string> | undefined;
  /** Locales a per-locale text gets a line for (Vietnamese first). */
  locales: readonly string[];
  /** Today's date (YYYY-MM-DD): date fields start with it. */
  today: string;
  /** Values to start with, e.g. { title: "…" } or a translation's { translation: { status, source } }. */
  preset?: Record<string, unknown>;
  /** For a translation: the Vietnamese values, shown as a comment above each blank. */
  vietnamese?: Record<string, unknown>;
  /** Known slugs per concept, offered in the comment of a reference field. */
  slugs?: Record<string, readonly string[]>;
  /** True for Markdown front matter: adds the "write the text below" note. */
  prose?: boolean;
}

/** What the editor is expected to type, in Vietnamese, added to the field's comment. */
export function expectation(
  f: FieldSpec,
  slugs?: Record<string, readonly string[]>,
  o?: Pick<TemplateOptions, 'concept' | 'dictionary' | 'locales'>,
): string {
  if (f.ref) {
    const known = slugs?.[f.ref] ?? [];
    const list = known.length ? `: ${known.slice(0, 6).join(', ')}${known.length > 6 ? ', …' : ''}` : '';
    return `tên tệp (không có đuôi) của một mục trong ${f.ref}/${list}`;
  }
  if (f.kind === 'enum') {
    const named = f.options.map((v) => {
      const words = choiceWords(o?.concept, f.path, f.name, v, (l) => o?.dictionary?.(l));
      return words && words.vi !== v ? `${v} = ${words.vi}` : v;
    });
    return `viết một trong: ${named.join('; ')}`;
  }
  if (f.format === 'date') return 'năm-tháng-ngày, ví dụ 2024-03-05';
  if (f.format === 'email') return 'địa chỉ thư điện tử, ví dụ ten@donvi.gov.vn';
  if (f.format === 'url') return 'địa chỉ bắt đầu bằng https://';
  if (f.kind === 'number')
    return f.integer ? 'số nguyên, không dấu chấm phân cách' : 'một số; phần thập phân sau dấu chấm, ví dụ 14.04';
  if (f.kind === 'localized') {
    const others = (o?.locales ?? []).filter((l) => l !== 'vi');
    return `theo từng ngôn ngữ: vi bắt buộc${others.length ? `; thêm dòng ${others.map((l) => `"${l}: …"`).join(', ')} khi đã có bản dịch` : ''}`;
  }
  return '';
}

const comment = (f: FieldSpec, o: TemplateOptions) => {
  const words = fieldWords(o.concept, f.path, f.name);
  const expect = expectation(f, o.slugs, o);
  const text = [words ? `${words.vi}.` : '', words?.hint?.vi ?? '', expect && `(${expect})`].filter(Boolean).join(' ');
  return text ? ` ${text}` : '';
};

function blank(f: FieldSpec, o: TemplateOptions, preset: unknown, vi: unknown): unknown {
  if (f.kind === 'object')
    return objectNode(f.fields, o, isRecord(preset) ? preset : undefined, isRecord(vi) ? vi : undefined);
  if (f.kind === 'localized') {
    // Only Vietnamese is required: an empty line for another language would fail the check.
    const given = isRecord(preset) ? preset : {};
    const map = new YAMLMap();
    for (const l of o.locales)
      if (l === 'vi' || given[l] !== undefined) map.add(new Pair(new Scalar(l), new Scalar(given[l] ?? '')));
    return map;
  }
  if (f.kind === 'array') {
    const seq = new YAMLSeq();
    const viItems = Array.isArray(vi) ? vi : [];
    const count = Array.isArray(preset) ? preset.length : viItems.length || (f.minItems ?? 0);
    for (let i = 0; i < count; i++) {
      const node = blank(f.item, o, Array.isArray(preset) ? preset[i] : undefined, viItems[i]);
      if (typeof viItems[i] === 'string' && node instanceof Scalar) node.commentBefore = ` vi: ${viItems[i]}`;
      seq.items.push(node);
    }
    if (!count) seq.flow = true;
    return seq;
  }
  if (preset !== undefined) return new Scalar(preset);
  if (f.kind === 'number') return new Scalar(null);
  if (f.kind === 'boolean') return new Scalar(f.default ?? false);
  return new Scalar(f.format === 'date' ? o.today : '');
}

function objectNode(
  fields: readonly FieldSpec[],
  o: TemplateOptions,
  preset?: Record<string, unknown>,
  vi?: Record<string, unknown>,
): YAMLMap {
  const map = new YAMLMap();
  for (const f of fields) {
    const given = preset?.[f.name];
    if (!f.required && given === undefined && vi?.[f.name] === undefined) continue;
    const key = new Scalar(f.name);
    const viText =
      typeof vi?.[f.name] === 'string' && vi[f.name] ? `\n vi: ${String(vi[f.name]).replace(/\s+/g, ' ')}` : '';
    if (comment(f, o) || viText) key.commentBefore = (comment(f, o) || ' ') + viText;
    map.add(new Pair(key, blank(f, o, given, vi?.[f.name])));
  }
  return map;
}

/** Fields left out of the template, as "name — help" lines, nested ones dotted. */
function optionalLines(
  fields: readonly FieldSpec[],
  o: TemplateOptions,
  preset?: Record<string, unknown>,
  prefix = '',
): string[] {
  return fields.flatMap((f) => {
    const given = preset?.[f.name];
    if (f.required && f.kind === 'object')
      return optionalLines(f.fields, o, isRecord(given) ? given : undefined, `${prefix}${f.name}.`);
    if (f.required || given !== undefined || (!prefix && o.vietnamese?.[f.name] !== undefined)) return [];
    return [`   ${prefix}${f.name}:${comment(f, o)}`];
  });
}

/** The YAML text of a new entry (a .yaml file, or the front matter between the --- lines). */
export function entryTemplate(fields: readonly FieldSpec[], o: TemplateOptions): string {
  const doc = new Document();
  doc.contents = objectNode(fields, o, o.preset, o.vietnamese);
  const optional = optionalLines(fields, o, o.preset);
  const notes = [
    ...(optional.length ? [' Trường không bắt buộc: khi cần, thêm một dòng "tên: giá trị":', ...optional] : []),
    ...(o.prose ? [' Viết nội dung bài (Markdown) bên dưới dòng --- cuối cùng.'] : []),
  ];
  if (notes.length) doc.comment = notes.join('\n');
  return doc.toString({ lineWidth: 0, nullStr: '' });
}
