/** Slugs for unit names ("Sở Ngoại vụ" → so-ngoai-vu, "Ủy ban nhân dân tỉnh Gia Lai" → ubnd-tinh-gia-lai) and plans. */
import slugify from '@sindresorhus/slugify';

/** Normalises a name for slugs and matching: "Ủy ban nhân dân" → "UBND" (so both spellings meet), "&" → "và". */
function shorten(name: string): string {
  return name
    .normalize('NFC')
    .replace(/(?:Ủy|Uỷ) ban nhân dân/giu, 'UBND')
    .replace(/Hội đồng nhân dân/giu, 'HĐND')
    .replace(/&/gu, ' và ');
}

/** The slug of a unit name, matching the content/<province>/units/<slug>.yaml convention. */
export function unitSlug(name: string): string {
  return slugify(shorten(name), { decamelize: false });
}

/** A known unit: its slug and the names it goes by (vi name and aliases). */
export interface KnownUnit {
  slug: string;
  names: string[];
}

/** Builds a resolver that prefers an existing unit whose name or alias matches, else the slug of the name. */
export function unitResolver(known: KnownUnit[] = []): (name: string) => string {
  const bySlug = new Map<string, string>();
  for (const unit of known) for (const name of [unit.slug, ...unit.names]) bySlug.set(unitSlug(name), unit.slug);
  return (name) => {
    const own = unitSlug(name);
    return bySlug.get(own) ?? own;
  };
}

/** Default plan slug: year, issuer, number ("2024-ubnd-tinh-gia-lai-ke-hoach-ttdn"), or undefined without year and issuer. */
export function planSlug(plan: { year?: number; issuer?: string; number?: string }): string | undefined {
  if (plan.year === undefined || plan.issuer === undefined) return undefined;
  const tail = plan.number === undefined ? 'ke-hoach-ttdn' : slugify(plan.number.replace(/\//gu, '-'));
  return `${plan.year}-${unitSlug(plan.issuer)}-${tail}`;
}
