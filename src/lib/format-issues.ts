/**
 * Turns schema issues into lines an editor reads: `file:line: field: what was found — what to
 * write instead`, in the catalogue's language (Vietnamese unless asked otherwise). Every kind of
 * zod issue has its own words; a value written the Vietnamese way (05/03/2024, 14,04,
 * 1.250.000.000.000) gets the value to write instead.
 */
import { vi, type FilePart, type Messages } from './content-check/messages/index.ts';
import { closest, readHandwrittenDate, readVietnameseNumber } from './content-check/suggest.ts';
import { labelOf } from './content-check/field-labels.ts';
import {
  ATTACHMENT_FILE,
  IMAGE_SRC,
  LOGO_EXTENSIONS,
  assetNameProblem,
  assetPathProblem,
  isLocale,
} from './safety/names.ts';
import { say, sayIf } from './finding.ts';
import { webAddressProblem } from './safety/web-address.ts';
import { admin1NameProblem } from './maps/admin1-names.ts';
import { isSchemaFinding } from './content-check/schema-findings.ts';
import { yearFinding } from './date-window.ts';
import { authUrlProblem, branchProblem, repoProblem } from './cms-backend.ts';

export interface ContentProblem {
  file: string;
  /** A field path such as "tasks[2].lead" (positions from 1), or a part of the file: "(file)", "(text)"… */
  field: string;
  /** Line in the file (1-based), when the problem has one. */
  line?: number;
  message: string;
}

interface IssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  format?: string;
  pattern?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  divisor?: number;
  params?: Record<string, unknown>;
  /** The value given, when the schema was run with `reportInput: true`. */
  input?: unknown;
}

/** A dotted field path, list positions counted from 1 as editors count: `tasks[2].lead`. */
export function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

/** Patterns of the schemas' own regular expressions (src/schemas/*.ts), each with its explanation. */
const KNOWN_PATTERNS: Record<string, keyof Messages['formats']> = {
  '/^[a-z0-9]+(-[a-z0-9]+)*$/': 'slug',
  '/^\\+?[0-9][0-9 .\\-()]{5,}$/': 'phone',
  '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/': 'langTag',
  '/^#[0-9a-fA-F]{6}$/': 'colour',
  '/^[A-Z]{3}$/': 'currency',
  '/^([01]\\d|2[0-3]):[0-5]\\d$/': 'time',
  '/^\\d+[\\w.\\-/ĐđƯưÂâ]*$/u': 'documentNumber',
  '/^\\d+(\\.\\d+)*$/u': 'taskNumber',
  '/^[0-9a-f]{12}$/': 'fingerprint',
};

/** Patterns of paths to a province's pictures and attachments: their refusals explain themselves (names.ts). */
const ASSET_PATTERNS: Record<string, 'images' | 'files'> = {
  [String(IMAGE_SRC)]: 'images',
  [String(ATTACHMENT_FILE)]: 'files',
};

/**
 * Custom checks whose words depend on the value, which the schemas raise with `params: { rule }`:
 * the schema's own message is Vietnamese (the build's), the check says it in the catalogue's language.
 */
export type ValueRule = 'logo-name' | 'map-region' | 'year-window' | 'cms-repo' | 'cms-branch' | 'cms-auth-url';
// Typed by hand: the schemas name these rules, and the catalogues' type reads the schemas.
const VALUE_RULES: Record<ValueRule, (input: string, m: Messages) => string | undefined> = {
  'logo-name': (input: string, m: Messages) => sayIf(m.assetName, assetNameProblem(input, LOGO_EXTENSIONS)),
  'map-region': (input: string, m: Messages) => admin1NameProblem(input, m),
  'year-window': (input: string, m: Messages) => sayIf(m.schema, yearFinding(input)),
  'cms-repo': (input: string, m: Messages) => sayIf(m.cms, repoProblem(input)),
  'cms-branch': (input: string, m: Messages) => sayIf(m.cms, branchProblem(input)),
  'cms-auth-url': (input: string, m: Messages) => sayIf(m.cms, authUrlProblem(input)),
};
const isValueRule = (rule: unknown): rule is ValueRule => typeof rule === 'string' && Object.hasOwn(VALUE_RULES, rule);

/** Keys of custom issues the schemas raise with `params: { key }`: their words are in the catalogues. */
export type CustomMessage = keyof Messages['custom'];
const isCustomMessage = (m: Messages, key: unknown): key is CustomMessage => typeof key === 'string' && key in m.custom;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** A key that names a language in a text-per-language field ("en", "km"), not a field of its own ("to", "src"). */
const isLanguageKey = (key: unknown): key is string =>
  typeof key === 'string' && isLocale(key) && labelOf(key) === undefined && languageNames.of(key) !== undefined;

/** The value as the editor wrote it, short enough for one line. */
function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}

const kindOfValue = (input: unknown) =>
  typeof input === 'string'
    ? 'string'
    : typeof input === 'number'
      ? 'number'
      : typeof input === 'boolean'
        ? 'boolean'
        : Array.isArray(input)
          ? 'array'
          : input && typeof input === 'object'
            ? 'object'
            : 'other';

const expectedKind = (expected: unknown) => {
  const kinds = ['string', 'number', 'int', 'boolean', 'array', 'object', 'date'] as const;
  return (
    kinds.find((k) => k === expected) ?? (expected === 'tuple' ? 'array' : expected === 'record' ? 'object' : 'other')
  );
};

const isImageText = (m: Messages, key: unknown): key is keyof Messages['imageTexts'] =>
  typeof key === 'string' && Object.hasOwn(m.imageTexts, key);

function wrongType(issue: IssueLike, m: Messages): string {
  const given = shown(issue.input);
  if ((issue.expected === 'number' || issue.expected === 'int') && typeof issue.input === 'string') {
    const reading = readVietnameseNumber(issue.input);
    if (reading) return m.numberWritten(given, reading.written, String(reading.value));
  }
  if (issue.expected === 'int' && typeof issue.input === 'number') return m.notWhole(given);
  // `lat:` with nothing after it reads as null: say it is blank, not that null is the wrong kind.
  if (issue.input === null) return m.blank(m.kinds[expectedKind(issue.expected)]);
  // Alt text or a caption written { vi: …, en: … }, as before 2026: say where each language goes now.
  const last = issue.path.at(-1);
  if (issue.expected === 'string' && kindOfValue(issue.input) === 'object' && isImageText(m, last))
    return m.textPerFile(given, m.imageTexts[last]);
  return m.wrongKind(given, m.kinds[kindOfValue(issue.input)], m.kinds[expectedKind(issue.expected)]);
}

function wrongDate(input: unknown, m: Messages): string {
  const given = shown(input);
  const date = typeof input === 'string' ? readHandwrittenDate(input) : undefined;
  if (!date) return m.notADate(given);
  if (date.month < 1 || date.month > 12) return m.noSuchMonth(given, date.month);
  if (!date.real) return m.noSuchDay(given, date.day, date.month, date.year, date.daysInMonth);
  return date.dayFirst ? m.dateWrittenDayFirst(given, date.iso) : m.dateWrittenOtherwise(given, date.iso);
}

function wrongFormat(issue: IssueLike, m: Messages): string {
  const given = shown(issue.input);
  if (issue.format === 'date') return wrongDate(issue.input, m);
  if (issue.format === 'email') return m.formats.email(given);
  const known = issue.pattern ? KNOWN_PATTERNS[issue.pattern] : undefined;
  if (known) return m.formats[known](given, issue.pattern ?? '');
  // Web addresses, image and attachment paths explain themselves (src/lib/safety/), in the catalogue's words.
  if (issue.format === 'url') return webAddressProblem(issue.input, m);
  const folder = issue.pattern ? ASSET_PATTERNS[issue.pattern] : undefined;
  if (folder)
    return (
      sayIf(m.assetName, assetPathProblem(String(issue.input), folder)) ?? m.formats.other(given, issue.pattern ?? '')
    );
  return issue.pattern ? m.formats.other(given, issue.pattern) : issue.message;
}

function tooSmall(issue: IssueLike, m: Messages): string {
  const min = Number(issue.minimum);
  const input = issue.input;
  if (issue.origin === 'string' && typeof input === 'string') {
    if (input.trim() === '' || min === 1) {
      const last = issue.path.at(-1);
      return isLanguageKey(last) && last !== 'vi' ? m.emptyTranslation(last) : m.empty;
    }
    return m.tooShort(shown(input), [...input].length, min);
  }
  if (Array.isArray(input)) return issue.exact ? m.exactItems(input.length, min) : m.tooFewItems(input.length, min);
  return m.tooSmall(shown(input), String(issue.minimum), issue.inclusive !== false);
}

function tooBig(issue: IssueLike, m: Messages): string {
  const max = Number(issue.maximum);
  const input = issue.input;
  if (typeof input === 'string') return m.tooLong([...input].length, max);
  if (Array.isArray(input)) return issue.exact ? m.exactItems(input.length, max) : m.tooManyItems(input.length, max);
  return m.tooBig(shown(input), String(issue.maximum), issue.inclusive !== false);
}

/** What is wrong and what to write instead, in the catalogue's words. */
export function plainMessage(issue: IssueLike, m: Messages = vi): string {
  const choices = issue.values?.map((v) => String(v));
  switch (issue.code) {
    case 'unrecognized_keys':
      return m.unknownField(issue.keys?.[0] ?? '');
    case 'invalid_value':
      if (issue.input === undefined) return m.missing(choices);
      return m.notInList(
        shown(issue.input),
        choices ?? [],
        typeof issue.input === 'string' ? closest(issue.input, choices ?? []) : undefined,
      );
    case 'invalid_type':
      if (issue.input === undefined) return issue.path.at(-1) === 'alt' ? m.missingAlt : m.missing();
      return wrongType(issue, m);
    case 'invalid_format':
      return wrongFormat(issue, m);
    case 'too_small':
      return tooSmall(issue, m);
    case 'too_big':
      return tooBig(issue, m);
    case 'not_multiple_of':
      return m.notMultipleOf(shown(issue.input), issue.divisor ?? 1);
    case 'invalid_union':
      return m.noMatchingShape(shown(issue.input));
    case 'invalid_key':
    case 'invalid_element':
      return m.badKey;
    case 'custom': {
      const key = issue.params?.key;
      const rule = issue.params?.rule;
      const finding = issue.params?.finding;
      if (isSchemaFinding(finding)) return say(m.schema, finding);
      if (isValueRule(rule)) return VALUE_RULES[rule](String(issue.input), m) ?? issue.message;
      // Custom checks written in the editor's words already (dates, periods, web addresses) keep them.
      return isCustomMessage(m, key) ? m.custom[key] : issue.message;
    }
    default:
      return issue.message;
  }
}

export function issuesToProblems(file: string, issues: IssueLike[], m: Messages = vi): ContentProblem[] {
  return issues.flatMap((issue) =>
    // An unknown field is named as the field itself, one problem each.
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({
          file,
          field: fieldPath([...issue.path, key]),
          message: plainMessage({ ...issue, keys: [key] }, m),
        }))
      : [{ file, field: fieldPath(issue.path), message: plainMessage(issue, m) }],
  );
}

const isFilePart = (m: Messages, field: string): field is FilePart => field in m.parts;

/** A field by its label (in the catalogue's language), then its path: "Đơn vị chủ trì (tasks[2].lead)"; a part of the file in brackets. */
export function fieldName(p: Pick<ContentProblem, 'field' | 'line'>, m: Messages = vi): string {
  if (isFilePart(m, p.field))
    return m.partAt(m.parts[p.field], p.field === '(text)' || p.field === '(SVG)' ? p.line : undefined);
  const keys = p.field.split('.').map((k) => k.replace(/\[\d+\]$/, ''));
  const last = keys.at(-1) ?? '';
  const parent = labelOf(keys.at(-2) ?? '', m.lang);
  const label = labelOf(last, m.lang) ?? (parent && isLanguageKey(last) ? m.inLanguage(parent, last) : undefined);
  return m.field(p.field, label);
}

/** One line per problem, with no line break inside (a break would start a new line in a log). */
export const formatProblem = (p: ContentProblem, m: Messages = vi): string =>
  `${p.file}${p.line ? `:${p.line}` : ''}: ${fieldName(p, m)}: ${p.message}`.replace(/[\r\n\u2028\u2029]+/g, ' ');
