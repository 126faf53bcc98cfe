/** The content check's view of loops in plan chains: one problem per link that closes a loop. */
import { planLoops } from '../plan-cycles.ts';
import { lookup } from '../lookup.ts';
import { valuesAt } from './refs.ts';
import type { EntryInfo } from './types.ts';
import { vi, type Messages } from './messages/index.ts';

export interface LoopProblem {
  file: string;
  field: string;
  message: string;
}

/** Loops among the Vietnamese plan sources, province by province (plans name plans of their own province). */
export function planLoopProblems(entries: readonly EntryInfo[], m: Messages = vi): LoopProblem[] {
  const plans = entries.filter((e) => e.concept === 'plans' && e.lang === 'vi');
  const out: LoopProblem[] = [];
  for (const scope of new Set(plans.map((p) => p.scope))) {
    const here = plans.filter((p) => p.scope === scope);
    const fileOf = new Map(here.map((p) => [p.slug, p.file]));
    const nodes = here.map((p) => ({
      slug: p.slug,
      links: [...valuesAt(p.data, 'implements[].plan'), ...valuesAt(p.data, 'basis[].plan')].map((r) => ({
        field: r.field,
        plan: r.value,
      })),
    }));
    for (const loop of planLoops(nodes))
      out.push({
        file: lookup(fileOf, loop.slug, 'planLoopProblems'),
        field: loop.field,
        message: m.planLoop(loop.cycle, loop.field),
      });
  }
  return out;
}
