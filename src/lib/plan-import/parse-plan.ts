/** Parses a whole plan text into one object; never guesses: what it cannot find is absent and named in `missing`. */
import { cleanParagraphs, type SourceLayout } from './clean-text.ts';
import { parseBudget, parseTail, TAIL_START_RE } from './closing.ts';
import { findDeadlines } from './deadlines.ts';
import { parseDuties } from './duties.ts';
import { issuerFromText, parseHeader } from './header.ts';
import { BASIS_RE, IMPLEMENTS_RE, parseReferences } from './references.ts';
import { numberingGaps, parseSections, romanHeading } from './sections.ts';
import { parseTasks } from './tasks.ts';
import { distinctUnits } from './units.ts';
import type { ParsedPlan, PlanLevel, PlanSection } from './types.ts';

const INTRO_RE = /(?:ban hành|xây dựng)\s.*?(?:K|k)ế hoạch/u;
const LEVELS: [RegExp, PlanLevel][] = [
  [/^(?:Sở|Ban)\s/u, 'department'],
  [/^Ủy ban nhân dân (?:tỉnh)\s/u, 'province'],
  [/^Ủy ban nhân dân (?:huyện|quận|thị xã)\s/u, 'district'],
  [/^Ủy ban nhân dân (?:xã|phường|thị trấn)\s/u, 'commune'],
];

/** Administrative level from the issuer's name; "thành phố" is left open (province- or district-level). */
export function levelOf(issuer: string): PlanLevel | undefined {
  return LEVELS.find(([re]) => re.test(issuer))?.[1];
}

/** Where the issuer's plan applies: "Ủy ban nhân dân xã Cao Xá" → "xã Cao Xá"; "Sở Ngoại vụ tỉnh Gia Lai" → "tỉnh Gia Lai". */
export function areaOf(issuer: string): string | undefined {
  const council = /^Ủy ban nhân dân\s+(.+)$/u.exec(issuer)?.[1];
  if (council !== undefined) return council;
  return /^(?:Sở|Ban)\s.*?\s((?:tỉnh|thành phố)\s+\p{Lu}.*)$/u.exec(issuer)?.[1];
}

/** A department's head signs as "GIÁM ĐỐC" (or "TRƯỞNG BAN"); a council's capacity ("TM. ỦY BAN NHÂN DÂN") names no level. */
function levelOfSignature(capacity: string): PlanLevel | undefined {
  return /(?:^|\s)(?:GIÁM ĐỐC|TRƯỞNG BAN)$/u.test(capacity.trim()) ? 'department' : undefined;
}

function purposes(sections: PlanSection[], which: RegExp): string[] {
  const first = sections[0];
  if (!first || !/MỤC (?:TIÊU|ĐÍCH)|YÊU CẦU/iu.test(first.title)) return [];
  if (first.items.length === 0) return which.test('Mục tiêu') ? first.body.map((b) => b.text) : [];
  return first.items.filter((item) => which.test(item.title)).flatMap((item) => item.body.map((b) => b.text));
}

const indexFrom = (list: string[], from: number, test: (p: string) => boolean): number => {
  const i = list.findIndex((p, k) => k >= from && test(p));
  return i === -1 ? list.length : i;
};

/** Parses plan text (from a PDF, a DOCX or Markdown) into a structured plan. */
export function parsePlan(source: string, layout: SourceLayout = 'pdf'): ParsedPlan {
  const paragraphs = cleanParagraphs(source, layout);
  const firstSection = indexFrom(paragraphs, 0, (p) => romanHeading(p) !== undefined);
  const preambleStart = Math.min(
    firstSection,
    indexFrom(paragraphs, 0, (p) => BASIS_RE.test(p) || IMPLEMENTS_RE.test(p) || INTRO_RE.test(p)),
  );
  const tailStart = indexFrom(paragraphs, firstSection, (p) => TAIL_START_RE.test(p));
  const header = parseHeader(paragraphs.slice(0, preambleStart));
  const refs = parseReferences(paragraphs.slice(preambleStart, Math.min(firstSection, tailStart)));
  const { sections } = parseSections(paragraphs.slice(firstSection, tailStart));
  const tail = parseTail(paragraphs.slice(tailStart));
  const introParts = refs.rest.filter((p) => INTRO_RE.test(p));
  const tasks = parseTasks(sections);
  const duties = parseDuties(sections);
  const deadlines = findDeadlines(paragraphs.slice(firstSection));
  const warnings = [...numberingGaps(sections), ...deadlines.warnings];

  const plan: ParsedPlan = {
    basis: refs.basis,
    implements: refs.implements,
    objectives: purposes(sections, /^Mục (?:tiêu|đích)/iu),
    requirements: purposes(sections, /^Yêu cầu/iu),
    sections,
    tasks,
    duties,
    units: [],
    reportingDeadlines: deadlines.deadlines,
    recipients: tail.recipients,
    text: paragraphs.join('\n\n'),
    paragraphs,
    bodyStart: preambleStart,
    unparsed: [...header.unparsed, ...refs.rest.filter((p) => !INTRO_RE.test(p)), ...tail.unparsed],
    missing: [],
    warnings,
  };
  for (const key of ['number', 'place', 'issuedOn', 'title', 'year'] as const)
    if (header[key] !== undefined) Object.assign(plan, { [key]: header[key] });
  const preamble = paragraphs.slice(preambleStart, Math.min(firstSection, tailStart)).filter((p) => INTRO_RE.test(p));
  const issuer = header.issuer ?? issuerFromText(preamble, tail.closing);
  if (issuer !== undefined) {
    plan.issuer = issuer;
    if (header.issuer === undefined)
      warnings.push(`issuer "${issuer}" read from the body text (the header does not name it)`);
    const level = levelOf(issuer);
    if (level !== undefined) plan.level = level;
    const area = areaOf(issuer);
    if (area !== undefined) plan.area = area;
  } else {
    const signed = tail.signer?.capacity === undefined ? undefined : levelOfSignature(tail.signer.capacity);
    if (signed !== undefined && tail.signer?.capacity !== undefined) {
      plan.level = signed;
      warnings.push(`level "${signed}" read from the signature ("${tail.signer.capacity}"); the text names no issuer`);
    }
  }
  if (introParts.length > 0) plan.intro = introParts.join('\n\n');
  const budget = parseBudget(sections);
  if (budget !== undefined) plan.budget = budget;
  if (tail.closing !== undefined) plan.closing = tail.closing;
  if (tail.archive !== undefined) plan.archive = tail.archive;
  if (tail.signer !== undefined) plan.signer = tail.signer;
  plan.units = distinctUnits([
    ...(issuer === undefined ? [] : [issuer]),
    ...tasks.flatMap((t) => [...t.lead, ...t.partners]),
    ...duties.flatMap((d) => d.units),
  ]);
  const leadless = tasks.filter((t) => t.lead.length === 0).length;
  if (leadless > 0) warnings.push(`${leadless} of ${tasks.length} tasks name no lead unit`);
  plan.missing = missingFields(plan);
  return plan;
}

/** Names of the fields the parser did not find. */
export function missingFields(plan: ParsedPlan): string[] {
  const scalar = ['number', 'issuer', 'place', 'issuedOn', 'title', 'year', 'level', 'area', 'budget'] as const;
  const lists = [
    'basis',
    'implements',
    'objectives',
    'requirements',
    'tasks',
    'duties',
    'reportingDeadlines',
    'recipients',
  ] as const;
  const missing: string[] = [
    ...scalar.filter((k) => plan[k] === undefined),
    ...lists.filter((k) => plan[k].length === 0),
  ];
  if (plan.signer === undefined) missing.push('signer');
  else
    for (const k of ['capacity', 'title', 'name'] as const)
      if (plan.signer[k] === undefined) missing.push(`signer.${k}`);
  return missing;
}
