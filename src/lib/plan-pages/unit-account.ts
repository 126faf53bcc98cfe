/** One account of what a unit does, plan by plan: the tasks it leads or supports and its duties, counted once. */
import type { UnitRoles, UnitTask } from './roles.ts';

/** What one plan charges the unit with. */
export interface PlanAccount {
  plan: string;
  /** Tasks it leads or co-leads, in plan order. */
  leads: UnitTask[];
  /** Tasks it supports as a partner, in plan order. */
  supports: UnitTask[];
  /** Its duties under "Tổ chức thực hiện". */
  duties: readonly string[];
}

export interface UnitAccount {
  /** Plans in the order they first charge the unit (tasks before duties). */
  plans: PlanAccount[];
  leads: number;
  supports: number;
  duties: number;
}

/** Groups a unit's tasks and duties by plan, so the counts and the lists below them come from the same data. */
export function unitAccount(roles: UnitRoles): UnitAccount {
  const byPlan = new Map<string, PlanAccount>();
  const of = (plan: string): PlanAccount => {
    let a = byPlan.get(plan);
    if (!a) byPlan.set(plan, (a = { plan, leads: [], supports: [], duties: [] }));
    return a;
  };
  for (const task of roles.tasks) (task.role === 'partner' ? of(task.plan).supports : of(task.plan).leads).push(task);
  for (const duty of roles.duties) {
    const a = of(duty.plan);
    a.duties = [...a.duties, ...duty.items];
  }
  const plans = [...byPlan.values()];
  const sum = (f: (a: PlanAccount) => number) => plans.reduce((n, a) => n + f(a), 0);
  return {
    plans,
    leads: sum((a) => a.leads.length),
    supports: sum((a) => a.supports.length),
    duties: sum((a) => a.duties.length),
  };
}
