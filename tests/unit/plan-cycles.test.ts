import { describe, expect, it } from 'vitest';
import { planLoops, type PlanNode } from '../../src/lib/plan-cycles.ts';
import { planChains } from '../../src/lib/plan-pages/citations.ts';
import type { PlanFacts } from '../../src/lib/plan-pages/types.ts';

/** Plans from "a>b c>a": each plan implements the plans after ">". */
const graph = (spec: string): PlanNode[] =>
  spec.split(' ').map((part) => {
    const [slug, targets = ''] = part.split('>');
    return {
      slug: slug!,
      links: targets
        .split(',')
        .filter(Boolean)
        .map((plan, i) => ({ field: `implements[${i + 1}].plan`, plan })),
    };
  });

describe('planLoops', () => {
  it('finds nothing in a chain without loops, nor in links to plans it does not hold', () => {
    expect(planLoops(graph('xa>huyen huyen>tinh tinh>trung-uong thon>xa,huyen'))).toEqual([]);
  });

  it('names a plan that implements itself', () => {
    expect(planLoops(graph('a>a b>a'))).toEqual([{ slug: 'a', field: 'implements[1].plan', cycle: ['a', 'a'] }]);
  });

  it('names both plans of two that implement each other, each with the loop from itself', () => {
    expect(planLoops(graph('a>b b>a c>a'))).toEqual([
      { slug: 'a', field: 'implements[1].plan', cycle: ['a', 'b', 'a'] },
      { slug: 'b', field: 'implements[1].plan', cycle: ['b', 'a', 'b'] },
    ]);
  });

  it('follows a longer loop and names only the links on it', () => {
    const loops = planLoops(graph('a>b,x b>c c>a x>y'));
    expect(loops.map((l) => `${l.slug} ${l.field}: ${l.cycle.join('→')}`)).toEqual([
      'a implements[1].plan: a→b→c→a',
      'b implements[1].plan: b→c→a→b',
      'c implements[1].plan: c→a→b→c',
    ]);
  });

  it('gives the shortest loop through each link where loops overlap', () => {
    const loops = planLoops(graph('a>b b>c,a c>a'));
    expect(loops.find((l) => l.slug === 'b' && l.field === 'implements[2].plan')!.cycle).toEqual(['b', 'a', 'b']);
    expect(loops.find((l) => l.slug === 'b' && l.field === 'implements[1].plan')!.cycle).toEqual(['b', 'c', 'a', 'b']);
  });

  const ring = (n: number): PlanNode[] =>
    Array.from({ length: n }, (_, i) => ({
      slug: `p${i}`,
      links: [{ field: 'implements[1].plan', plan: `p${(i + 1) % n}` }],
    }));

  it('walks a chain of 20,000 plans without overflowing the stack', () => {
    expect(planLoops(ring(20_000).slice(0, -1))).toEqual([]);
  });

  it('names every plan of a long loop', () => {
    const loops = planLoops(ring(500));
    expect(loops).toHaveLength(500);
    expect(loops[0]!.cycle).toHaveLength(501);
  });
});

describe('plan pages on a loop', () => {
  it('build their chains in one step, so a loop the check missed cannot make them walk forever', () => {
    const plan = (slug: string, implementsPlan: string): PlanFacts => ({
      slug,
      title: slug,
      issuer: 'ubnd',
      year: 2024,
      level: 'province',
      implements: [{ kind: 'Kế hoạch', plan: implementsPlan }],
    });
    const chains = planChains([plan('a', 'b'), plan('b', 'a'), plan('c', 'c')]);
    expect(chains.get('a')).toEqual({ higher: [{ kind: 'Kế hoạch', plan: 'b', slug: 'b' }], lower: ['b'] });
    expect(chains.get('c')!.lower).toEqual([]);
  });
});
