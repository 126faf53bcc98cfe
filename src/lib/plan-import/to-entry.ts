/** Maps a parsed plan to a content entry (frontmatter per src/schemas/plan.ts + Markdown body); the one place to adapt. */
import { stringify } from 'yaml';
import { toMarkdown } from './to-markdown.ts';
import { unitResolver } from './unit-slug.ts';
import type { ParsedPlan, PlanReference } from './types.ts';

export interface PlanEntry {
  /** Frontmatter fields, only those the text gave. */
  data: Record<string, unknown>;
  body: string;
  /** Every unit the entry references, by slug. */
  units: { slug: string; name: string }[];
  /** What could not go into the entry and needs the editor. */
  notes: string[];
}

function citation(ref: PlanReference): Record<string, string> | undefined {
  if (ref.kind === undefined) return undefined;
  const { kind, number, date, issuer, title } = ref;
  return Object.fromEntries(
    Object.entries({ kind, number, date, issuer, title }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
}

/** Builds the entry; `resolve` turns a unit name into a slug (default: the slug of the name). */
export function toEntry(plan: ParsedPlan, resolve: (name: string) => string = unitResolver()): PlanEntry {
  const notes: string[] = ['summary: write one or two sentences for lists and search results'];
  const units = new Map<string, string>();
  const ref = (name: string): string => {
    const slug = resolve(name);
    if (!units.has(slug)) units.set(slug, name);
    return slug;
  };
  const cite = (refs: PlanReference[], field: string): Record<string, string>[] =>
    refs.flatMap((r) => {
      const c = citation(r);
      if (c === undefined) notes.push(`${field}: could not read the kind of "${r.text}"`);
      return c === undefined ? [] : [c];
    });

  const data: Record<string, unknown> = {};
  const put = (key: string, value: unknown): void => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) data[key] = value;
  };
  put('title', plan.title);
  put('purpose', [...plan.objectives, ...plan.requirements]);
  put('number', plan.number);
  put('issuer', plan.issuer === undefined ? undefined : ref(plan.issuer));
  put('place', plan.place);
  put('issuedOn', plan.issuedOn);
  put('year', plan.year);
  put('level', plan.level);
  put('area', plan.area);
  put('basis', cite(plan.basis, 'basis'));
  put('implements', cite(plan.implements, 'implements'));
  put(
    'tasks',
    plan.tasks.map((task) => {
      const [lead, ...coLeads] = task.lead;
      return {
        title: task.title,
        ...(task.timeframe === undefined ? {} : { timeframe: task.timeframe }),
        ...(lead === undefined ? {} : { lead: ref(lead) }),
        ...(coLeads.length === 0 ? {} : { coLeads: coLeads.map(ref) }),
        partners: task.partners.map(ref),
      };
    }),
  );
  put(
    'duties',
    plan.duties.flatMap((duty) =>
      duty.items.length === 0 ? [] : duty.units.map((unit) => ({ unit: ref(unit), items: duty.items })),
    ),
  );
  put('budget', plan.budget);
  put(
    'reportingDeadlines',
    plan.reportingDeadlines.map((d) => {
      if (d.date !== undefined) return { due: d.date, what: d.text };
      notes.push(`reportingDeadlines: "${d.text}" gives no year; kept without a due date`);
      return { what: d.text };
    }),
  );
  put('recipients', plan.recipients);
  const { signer } = plan;
  if (signer?.capacity !== undefined && signer.title !== undefined && signer.name !== undefined)
    put('signer', { capacity: signer.capacity, title: signer.title, name: signer.name });
  else if (signer !== undefined) notes.push('signer: incomplete in the text (needs capacity, title and name)');
  return {
    data,
    body: toMarkdown(plan.paragraphs.slice(plan.bodyStart)),
    units: [...units].map(([slug, name]) => ({ slug, name })),
    notes,
  };
}

/** The entry file: YAML frontmatter (no anchors or aliases: an editor reads each list where it stands) and Markdown body. */
export function renderEntry(entry: PlanEntry): string {
  return `---\n${stringify(entry.data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n\n${entry.body}`;
}
