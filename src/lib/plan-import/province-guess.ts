/**
 * Which province a plan belongs to, from the text ("tỉnh Phú Thọ") and from the units it names that a
 * province already has; undefined when nothing points to one province more than the others.
 */
import { unitSlug } from './unit-slug.ts';

export interface ProvinceCandidate {
  id: string;
  /** The province's names ("Phú Thọ"). */
  names: string[];
  /** Provinces merged into it in 2025 ("Vĩnh Phúc"), whose older plans still name them. */
  formerNames?: string[];
  /** Slugs of the units the province already has. */
  unitSlugs: string[];
}

export interface ProvinceGuess {
  id: string;
  /** What pointed to it, in Vietnamese, for the report. */
  evidence: string[];
}

/** Old and new tone placement ("Hoà Bình", "Hòa Bình") both occur in official texts. */
const OLD_TONES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const fold = (s: string): string =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gu, (pair) => OLD_TONES[pair] ?? pair);

/** "tỉnh Bình Định" or "tỉnh Gia Lai (cũ)" as province.yaml names a predecessor → "Bình Định", "Gia Lai". */
const bareName = (name: string): string =>
  name
    .replace(/^tỉnh\s+/iu, '')
    .replace(/\s*\(cũ\)\s*$/u, '')
    .trim();

/** A candidate from a province's configuration (content/<id>/province.yaml): its name and its predecessors' names. */
export function provinceCandidate(id: string, config: unknown, unitSlugs: string[]): ProvinceCandidate {
  const vi = (v: unknown): string | undefined => {
    const name = typeof v === 'object' && v !== null && 'vi' in v ? v.vi : undefined;
    return typeof name === 'string' ? bareName(name) : undefined;
  };
  const data = typeof config === 'object' && config !== null ? config : {};
  const name = 'name' in data ? vi(data.name) : undefined;
  const names = name === undefined ? [] : [name];
  const predecessors = 'predecessors' in data && Array.isArray(data.predecessors) ? data.predecessors : [];
  const former = predecessors.flatMap((p: unknown) => {
    const n = typeof p === 'object' && p !== null && 'name' in p ? vi(p.name) : undefined;
    return n === undefined || names.includes(n) ? [] : [n];
  });
  return { id, names, formerNames: [...new Set(former)], unitSlugs };
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

/** Scores each province: mentions of "tỉnh <name>" and units of the plan the province already has. */
export function guessProvince(
  text: string,
  units: string[],
  candidates: ProvinceCandidate[],
): ProvinceGuess | undefined {
  const folded = fold(text);
  const scored = candidates.map((c) => {
    const counted = (names: string[], former: boolean) =>
      names.map((name) => [name, count(folded, `tỉnh ${fold(name)}`), former] as const);
    const mentions = [...counted(c.names, false), ...counted(c.formerNames ?? [], true)].filter(([, n]) => n > 0);
    const known = new Set(c.unitSlugs);
    const matched = [...new Set(units.map(unitSlug))].filter((slug) => known.has(slug));
    const evidence = [
      ...mentions.map(
        ([name, n, former]) => `văn bản nhắc "tỉnh ${name}" ${n} lần${former ? ` (tỉnh cũ, nay thuộc ${c.id})` : ''}`,
      ),
      ...(matched.length > 0
        ? [
            `${matched.length} đơn vị đã có trong content/${c.id}/units/ (${matched.slice(0, 3).join(', ')}${matched.length > 3 ? ', …' : ''})`,
          ]
        : []),
    ];
    return { id: c.id, score: mentions.reduce((s, [, n]) => s + n, 0) + matched.length, evidence };
  });
  const [best, second] = scored.sort((a, b) => b.score - a.score);
  if (best === undefined || best.score === 0 || (second !== undefined && second.score === best.score)) return undefined;
  return { id: best.id, evidence: best.evidence };
}
