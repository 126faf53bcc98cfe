/** Builds the section tree (I, II… → 1., 6.1. → paragraphs and bullets) from cleaned paragraphs. */
import type { PlanBlock, PlanItem, PlanSection } from './types.ts';

const ROMAN_RE = /^((?:X{0,2})(?:IX|IV|V?I{0,3}))\.\s+(.+)$/u;
const NUMBER_RE = /^(\d{1,2}(?:\.\d{1,2})*)\.\s+(.*)$/u;
const BULLET_RE = /^[-–•+*]\s*(.+)$/u;

/** The "II" and title of a Roman-numbered heading, or undefined. */
export function romanHeading(paragraph: string): { number: string; title: string } | undefined {
  const m = ROMAN_RE.exec(paragraph);
  if (!m || m[1] === '' || m[1] === undefined || m[2] === undefined) return undefined;
  return { number: m[1], title: m[2].replace(/\s*:$/u, '') };
}

/** The "6.1" and title of a numbered heading, or undefined. */
export function numberedHeading(paragraph: string): { number: string; title: string } | undefined {
  const m = NUMBER_RE.exec(paragraph);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { number: m[1], title: m[2].replace(/\s*:$/u, '') };
}

/** A paragraph as a block: bullets lose their marker. */
export function toBlock(paragraph: string): PlanBlock {
  const m = BULLET_RE.exec(paragraph);
  return m?.[1] !== undefined ? { kind: 'bullet', text: m[1] } : { kind: 'paragraph', text: paragraph };
}

/** The item of `items` whose number is the parent of `number` ("6" for "6.1"), searched depth first. */
function findParent(items: PlanItem[], number: string): PlanItem | undefined {
  const parentNumber = number.split('.').slice(0, -1).join('.');
  if (parentNumber === '') return undefined;
  for (const item of [...items].reverse()) {
    if (item.number === parentNumber) return item;
    const inner = findParent(item.items, number);
    if (inner) return inner;
  }
  return undefined;
}

/** Groups body paragraphs into sections; paragraphs before the first section are returned as `before`. */
export function parseSections(paragraphs: string[]): { sections: PlanSection[]; before: string[] } {
  const sections: PlanSection[] = [];
  const before: string[] = [];
  let current: { body: PlanBlock[]; items: PlanItem[] } | undefined;
  let item: PlanItem | undefined;
  for (const paragraph of paragraphs) {
    const roman = romanHeading(paragraph);
    if (roman) {
      const section: PlanSection = { ...roman, body: [], items: [] };
      sections.push(section);
      current = section;
      item = undefined;
      continue;
    }
    if (!current) {
      before.push(paragraph);
      continue;
    }
    const numbered = numberedHeading(paragraph);
    if (numbered) {
      const next: PlanItem = { ...numbered, body: [], items: [] };
      (findParent(current.items, numbered.number)?.items ?? current.items).push(next);
      item = next;
      continue;
    }
    (item ?? current).body.push(toBlock(paragraph));
  }
  return { sections, before };
}

/** Every item with no sub-items, in reading order. */
export function leafItems(items: PlanItem[]): PlanItem[] {
  return items.flatMap((item) => (item.items.length > 0 ? leafItems(item.items) : [item]));
}

/** Warnings for numbering that jumps ("III: after item 6 comes 8"), a sign of text lost in extraction. */
export function numberingGaps(sections: PlanSection[]): string[] {
  const gaps: string[] = [];
  const check = (where: string, items: PlanItem[]): void => {
    items.forEach((item, i) => {
      const last = Number(item.number.split('.').at(-1));
      const prev = i === 0 ? 0 : Number(items[i - 1]?.number.split('.').at(-1));
      if (last !== prev + 1)
        gaps.push(
          `${where}: item ${item.number} follows ${i === 0 ? 'the heading' : `item ${items[i - 1]?.number}`}; text may be missing`,
        );
      check(where, item.items);
    });
  };
  for (const section of sections) check(`section ${section.number}`, section.items);
  return gaps;
}
