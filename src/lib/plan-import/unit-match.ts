/**
 * Finds the province's existing unit a plan means by a name: "Công an xã" in the Cao Xá plan is
 * cong-an-xa-cao-xa, "Công chức Văn hóa xã hội" is "Công chức Văn hóa - Xã hội xã Cao Xá",
 * "Phòng VH-TT huyện" is "Phòng Văn hóa – Thông tin huyện …". Accents, case and punctuation are
 * folded by the slug; abbreviations are written out; a name without its place takes the plan's area.
 */
import { unitSlug, type KnownUnit } from './unit-slug.ts';

export interface UnitMatch {
  slug: string;
  /** The existing unit's name when the slug was found among the province's units. */
  known?: string;
  /** How it was found, in Vietnamese, when not by the same name. */
  how?: string;
}

/** Abbreviations in unit names, as slug words ("VH-TT" → vh, tt). UBND and HĐND stay: unit slugs keep them short. */
const ABBREVIATIONS: Record<string, string[]> = {
  vh: ['van', 'hoa'],
  tt: ['thong', 'tin'],
  xh: ['xa', 'hoi'],
  vhxh: ['van', 'hoa', 'xa', 'hoi'],
  nn: ['nong', 'nghiep'],
  xd: ['xay', 'dung'],
  pt: ['phat', 'thanh'],
  th: ['truyen', 'hinh'],
  ttdt: ['thong', 'tin', 'dien', 'tu'],
};
/** Words that tell nothing about which unit: dropped before comparing. */
const FILLER = new Set(['va', 'cac', 'chinh', 'tri']);
const LEVEL_WORDS = ['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'tỉnh', 'thành phố'];
/** A place named in the unit's name: a level word then a proper name ("huyện Lâm Thao"). */
const NAMES_PLACE = new RegExp(`(?:^|\\s)(?:${LEVEL_WORDS.join('|')})\\s\\p{Lu}`, 'u');

function words(slug: string): string[] {
  return slug.split('-').flatMap((w) => ABBREVIATIONS[w] ?? [w]);
}

/** The name with the plan's area: "Công an xã" + "xã Cao Xá" → "Công an xã Cao Xá"; "Đảng ủy" → "Đảng ủy xã Cao Xá". */
export function withArea(name: string, area: string | undefined): string | undefined {
  if (area === undefined) return undefined;
  const level = LEVEL_WORDS.find((w) => area.toLocaleLowerCase('vi').startsWith(`${w} `));
  if (level === undefined || NAMES_PLACE.test(name)) return undefined;
  const trimmed = name.replace(/\s+$/u, '');
  if (trimmed.toLocaleLowerCase('vi').endsWith(` ${level}`)) return `${trimmed.slice(0, -level.length)}${area}`;
  if (LEVEL_WORDS.some((w) => trimmed.toLocaleLowerCase('vi').endsWith(` ${w}`))) return undefined;
  return `${trimmed} ${area}`;
}

/** Builds a matcher over the province's units for a plan whose area is `area` ("xã Cao Xá"). */
export function unitMatcher(known: KnownUnit[], area?: string): (name: string) => UnitMatch {
  const exact = new Map<string, { slug: string; name: string }>();
  for (const unit of known)
    for (const name of [unit.slug, ...unit.names])
      exact.set(unitSlug(name), { slug: unit.slug, name: unit.names[0] ?? unit.slug });
  const areaWords = new Set(area === undefined ? [] : words(unitSlug(area)));
  // One bag of words per name the unit goes by (slug, name, aliases): each is compared on its own.
  const bags = known.flatMap((unit) =>
    [unit.slug, ...unit.names].map((n) => ({ unit, bag: new Set(words(unitSlug(n)).filter((w) => !FILLER.has(w))) })),
  );
  return (name) => {
    const own = unitSlug(name);
    const same = exact.get(own);
    if (same !== undefined) return { slug: same.slug, known: same.name };
    const placed = withArea(name, area);
    const inArea = placed === undefined ? undefined : exact.get(unitSlug(placed));
    if (inArea !== undefined)
      return { slug: inArea.slug, known: inArea.name, how: `thêm địa bàn của kế hoạch: "${placed}"` };
    // Word match: every word of an existing unit's name among the name's words (abbreviations written
    // out, the plan's area added when the name gives no place), covering at least 40% of them.
    const place = placed === undefined ? new Set<string>() : areaWords;
    const mine = new Set([...words(placed === undefined ? own : unitSlug(placed))].filter((w) => !FILLER.has(w)));
    const distinctive = [...mine].filter((w) => !place.has(w));
    const scored = bags
      .map(({ unit, bag }) => {
        const theirs = [...bag].filter((w) => !place.has(w));
        const shared = theirs.filter((w) => mine.has(w)).length;
        const covers = theirs.length > 0 && shared === theirs.length && [...place].every((w) => bag.has(w));
        return { unit, score: covers ? shared / Math.max(distinctive.length, 1) : 0 };
      })
      .filter((s) => s.score >= 0.4)
      .sort((a, b) => b.score - a.score);
    const [best] = scored;
    const rival = scored.find((s) => s.unit !== best?.unit);
    if (best !== undefined && (rival === undefined || rival.score < best.score))
      return {
        slug: best.unit.slug,
        known: best.unit.names[0] ?? best.unit.slug,
        how: 'cùng các từ (chữ viết tắt đã viết đủ)',
      };
    return { slug: own };
  };
}
