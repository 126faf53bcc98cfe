import { describe, expect, it } from 'vitest';
import { higherPlans, lowerPlans, planChains } from '../../src/lib/plan-pages/citations.ts';
import type { PlanFacts } from '../../src/lib/plan-pages/types.ts';

const plan = (slug: string, number: string | undefined, implementsNumbers: string[], year = 2024): PlanFacts => ({
  slug,
  title: slug,
  issuer: 'ubnd',
  year,
  level: 'commune',
  ...(number ? { number } : {}),
  implements: implementsNumbers.map((n) => ({ kind: 'Kế hoạch', number: n })),
});
const held = [
  plan('tinh', '10/KH-UBND', ['184-KH/TU']),
  plan('xa-a', '3/KH-UBND', ['10/KH-UBND', '10/kh-ubnd']),
  plan('xa-b', undefined, ['10 / KH-UBND', '66/KH-UBND']),
  plan('thon', undefined, ['3/KH-UBND']),
  plan('tu-than', '7/KH-UBND', ['7/KH-UBND']),
];

describe('planChains', () => {
  const chains = planChains(held);
  it('gives every plan the same chain as higherPlans and lowerPlans', () => {
    for (const p of held) {
      expect(chains.get(p.slug)!.higher).toEqual(higherPlans(p, held));
      expect(chains.get(p.slug)!.lower).toEqual(lowerPlans(p, held));
    }
  });
  it('lists a lower plan once however often it names the higher one, and never a plan below itself', () => {
    expect(chains.get('tinh')!.lower).toEqual(['xa-a', 'xa-b']);
    expect(chains.get('xa-a')!.lower).toEqual(['thon']);
    expect(chains.get('tu-than')!.lower).toEqual([]);
  });
});
