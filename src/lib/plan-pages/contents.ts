/** The contents list of a plan page: the sections the page shows, in page order, each with its anchor. */

export interface PlanSectionsPresent {
  purpose: readonly unknown[];
  duties: readonly unknown[];
  budget?: string;
  reportingDeadlines: readonly unknown[];
  recipients: readonly unknown[];
}

/** The UI string keys of the section headings. */
export type ContentsLabel =
  | 'plans.facts'
  | 'plans.purpose'
  | 'plans.basis'
  | 'plans.chain'
  | 'plans.tasks'
  | 'plans.duties'
  | 'plans.budget'
  | 'plans.deadlines'
  | 'plans.recipients'
  | 'plans.fullText';

/** A section anchor on the page and the UI string key of its heading. */
export interface ContentsEntry {
  id: string;
  label: ContentsLabel;
}

/** Only the sections the plan has: an empty one is not rendered, so it gets no link. */
export function planContents(plan: PlanSectionsPresent): ContentsEntry[] {
  const entries: [boolean, string, ContentsLabel][] = [
    [true, 'plan-facts', 'plans.facts'],
    [plan.purpose.length > 0, 'plan-purpose', 'plans.purpose'],
    [true, 'plan-basis', 'plans.basis'],
    [true, 'plan-chain', 'plans.chain'],
    [true, 'plan-tasks', 'plans.tasks'],
    [plan.duties.length > 0, 'plan-duties', 'plans.duties'],
    [!!plan.budget, 'plan-budget', 'plans.budget'],
    [plan.reportingDeadlines.length > 0, 'plan-deadlines', 'plans.deadlines'],
    [plan.recipients.length > 0, 'plan-recipients', 'plans.recipients'],
    [true, 'plan-full-text', 'plans.fullText'],
  ];
  return entries.filter(([shown]) => shown).map(([, id, label]) => ({ id, label }));
}
