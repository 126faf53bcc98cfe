import { describe, expect, it } from 'vitest';
import { planContents } from '../../src/lib/plan-pages/contents.ts';
import { taskNumbers } from '../../src/lib/plan-pages/task-numbers.ts';
import { unitAccount } from '../../src/lib/plan-pages/unit-account.ts';
import { unitRoles } from '../../src/lib/plan-pages/roles.ts';
import type { PlanFacts } from '../../src/lib/plan-pages/types.ts';

describe('taskNumbers', () => {
  it('keeps the numbers the plan writes (6.1, 6.2) and numbers the others by position', () => {
    expect(taskNumbers([{}, {}, { number: '6.1' }, { number: '6.2' }])).toEqual(['1', '2', '6.1', '6.2']);
  });
});

describe('planContents', () => {
  it('links only the sections the plan has, in page order', () => {
    const bare = planContents({ purpose: [], duties: [], reportingDeadlines: [], recipients: [] }).map((e) => e.id);
    expect(bare).toEqual(['plan-facts', 'plan-basis', 'plan-chain', 'plan-tasks', 'plan-full-text']);
    const full = planContents({
      purpose: ['x'],
      duties: [1],
      budget: 'Ngân sách',
      reportingDeadlines: [1],
      recipients: ['y'],
    });
    expect(full.map((e) => e.id)).toEqual([
      'plan-facts',
      'plan-purpose',
      'plan-basis',
      'plan-chain',
      'plan-tasks',
      'plan-duties',
      'plan-budget',
      'plan-deadlines',
      'plan-recipients',
      'plan-full-text',
    ]);
    expect(full.find((e) => e.id === 'plan-tasks')!.label).toBe('plans.tasks');
  });
});

describe('unitAccount', () => {
  const a: PlanFacts = {
    slug: 'a',
    title: 'A',
    issuer: 'ubnd',
    year: 2024,
    level: 'province',
    tasks: [
      { title: 'Một', lead: 'so' },
      { title: 'Hai', lead: 'khac', partners: ['so'] },
      { title: 'Ba', lead: 'khac', coLeads: ['so'] },
    ],
    duties: [{ unit: 'so', items: ['Việc 1', 'Việc 2'] }],
  };
  const b: PlanFacts = {
    slug: 'b',
    title: 'B',
    issuer: 'ubnd',
    year: 2023,
    level: 'province',
    duties: [{ unit: 'so', items: ['Việc 3'] }],
  };
  it('counts what it lists: tasks led, tasks supported and duties, grouped by plan', () => {
    const account = unitAccount(unitRoles([a, b]).get('so')!);
    expect(account).toMatchObject({ leads: 2, supports: 1, duties: 3 });
    expect(
      account.plans.map((p) => [p.plan, p.leads.map((t) => t.index), p.supports.map((t) => t.index), p.duties.length]),
    ).toEqual([
      ['a', [0, 2], [1], 2],
      ['b', [], [], 1],
    ]);
  });
  it('gives a unit with duties but no task one plan entry and no task count', () => {
    const account = unitAccount(unitRoles([b]).get('so')!);
    expect(account).toMatchObject({ leads: 0, supports: 0, duties: 1 });
    expect(account.plans).toHaveLength(1);
  });
});
