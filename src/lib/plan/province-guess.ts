/**
 * Which province a plan belongs to, from the text ("tỉnh Phú Thọ") and from the units it names that a
 * province already has; undefined when nothing points to one province more than the others.
 */
import { unitSlug } from './unit-slug.ts';

export interface ProvinceCandidate {
  id: string;
  /** The province's names ("Phú Thọ"). */
  names: string[];
  /** Slugs of the units the province already has. */
  unitSlugs: string[];
}

export interface ProvinceGuess {
  id: string;
  /** What pointed to it, in Vietnamese, for the report. */
  evidence: string[];
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ');

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

/** Scores each province: mentions of "tỉnh <name>" and units of the plan the province already has. */
export function guessProvince(text: string, units: string[], candidates: ProvinceCandidate[]): ProvinceGuess | undefined {
  const folded = fold(text);
  const scored = candidates.map((c) => {
    const mentions = c.names.map((name) => [name, count(folded, `tỉnh ${fold(name)}`)] as const).filter(([, n]) => n > 0);
    const known = new Set(c.unitSlugs);
    const matched = [...new Set(units.map(unitSlug))].filter((slug) => known.has(slug));
    const evidence = [
      ...mentions.map(([name, n]) => `văn bản nhắc "tỉnh ${name}" ${n} lần`),
      ...(matched.length > 0 ? [`${matched.length} đơn vị đã có trong content/${c.id}/units/ (${matched.slice(0, 3).join(', ')}${matched.length > 3 ? ', …' : ''})`] : []),
    ];
    return { id: c.id, score: mentions.reduce((s, [, n]) => s + n, 0) + matched.length, evidence };
  });
  const [best, second] = scored.sort((a, b) => b.score - a.score);
  if (best === undefined || best.score === 0 || (second !== undefined && second.score === best.score)) return undefined;
  return { id: best.id, evidence: best.evidence };
}
