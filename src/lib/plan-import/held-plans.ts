/**
 * Links the plans a new entry cites to the plans the province already holds. A citation is linked only
 * when number and issuer both match (and the dates, when both are written): a number alone
 * ("38/KH-UBND") is shared by many issuers. A cited plan we hold that the text gives as a basis
 * ("Căn cứ Kế hoạch số 38/KH-UBND…") is the higher plan this one implements, so it moves to `implements`.
 */

/** A plan entry the province holds, from its frontmatter. */
export interface HeldPlan {
  slug: string;
  number?: string;
  /** The issuer's unit slug. */
  issuer?: string;
  issuedOn?: string;
}

export type Citation = Record<string, string>;

export interface LinkedCitations {
  basis: Citation[];
  implements: Citation[];
  /** One line per link, in Vietnamese, for the report. */
  links: string[];
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/** `issuerSlug` turns an issuer as written ("UBND huyện Lâm Thao") into the province's unit slug. */
export function linkHeldPlans(
  basis: Citation[],
  implementing: Citation[],
  held: HeldPlan[],
  issuerSlug: (name: string) => string,
): LinkedCitations {
  const find = (c: Citation): HeldPlan | undefined =>
    /^kế hoạch$/iu.test(c.kind ?? '') && c.number !== undefined && c.issuer !== undefined
      ? held.find(
          (h) =>
            same(h.number, c.number) &&
            h.issuer === issuerSlug(c.issuer ?? '') &&
            (c.date === undefined || h.issuedOn === undefined || c.date === h.issuedOn),
        )
      : undefined;
  const links: string[] = [];
  const outBasis: Citation[] = [];
  const outImplements: Citation[] = implementing.map((c) => {
    const plan = find(c);
    if (plan === undefined) return c;
    links.push(`Thực hiện Kế hoạch số ${c.number ?? ''} → ${plan.slug} (kế hoạch đã có)`);
    return { ...c, plan: plan.slug };
  });
  for (const c of basis) {
    const plan = find(c);
    if (plan === undefined) outBasis.push(c);
    else {
      outImplements.push({ ...c, plan: plan.slug });
      links.push(
        `Căn cứ Kế hoạch số ${c.number ?? ''} → ${plan.slug} (kế hoạch đã có): ghi vào "Thực hiện kế hoạch" (implements), vì kế hoạch này thực hiện kế hoạch cấp trên đó`,
      );
    }
  }
  return { basis: outBasis, implements: outImplements, links };
}
