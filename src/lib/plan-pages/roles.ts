/** What each unit is charged with across plans: tasks it leads, co-leads or supports, and its duties. */
import type { PlanFacts } from './types.ts';

export type TaskRole = 'lead' | 'coLead' | 'partner';

/** One task of one plan, seen from a unit. */
export interface UnitTask {
  plan: string;
  /** Position of the task in the plan (0-based), for an anchor such as #task-3. */
  index: number;
  title: string;
  timeframe?: string;
  role: TaskRole;
}

/** The duties a plan gives a unit under "Tổ chức thực hiện". */
export interface UnitDuty {
  plan: string;
  items: readonly string[];
}

export interface UnitRoles {
  tasks: UnitTask[];
  duties: UnitDuty[];
}

/** Every unit named by a plan → its tasks (in plan order, lead before co-lead before partner) and duties. */
export function unitRoles(plans: readonly PlanFacts[]): Map<string, UnitRoles> {
  const out = new Map<string, UnitRoles>();
  const of = (unit: string): UnitRoles => {
    let r = out.get(unit);
    if (!r) out.set(unit, (r = { tasks: [], duties: [] }));
    return r;
  };
  for (const plan of plans) {
    (plan.tasks ?? []).forEach((task, index) => {
      const add = (unit: string, role: TaskRole) => {
        const list = of(unit).tasks;
        if (!list.some((t) => t.plan === plan.slug && t.index === index))
          list.push({
            plan: plan.slug,
            index,
            title: task.title,
            ...(task.timeframe ? { timeframe: task.timeframe } : {}),
            role,
          });
      };
      if (task.lead) add(task.lead, 'lead');
      for (const u of task.coLeads ?? []) add(u, 'coLead');
      for (const u of task.partners ?? []) add(u, 'partner');
    });
    for (const duty of plan.duties ?? []) of(duty.unit).duties.push({ plan: plan.slug, items: duty.items });
  }
  return out;
}

/** The slugs of every unit a plan names (issuer, task units, duty units), in order of appearance. */
export function unitsOfPlan(plan: PlanFacts): string[] {
  const seen = new Set<string>([plan.issuer]);
  for (const t of plan.tasks ?? [])
    for (const u of [t.lead, ...(t.coLeads ?? []), ...(t.partners ?? [])]) if (u) seen.add(u);
  for (const d of plan.duties ?? []) seen.add(d.unit);
  return [...seen];
}
