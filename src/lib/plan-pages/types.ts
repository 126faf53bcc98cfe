/** The plan facts the plan pages' logic reads: plain values, whatever locale the text is in. */

export interface CitationFacts {
  legal?: string;
  plan?: string;
  kind: string;
  number?: string;
  date?: string;
  issuer?: string;
  title?: string;
}

export interface TaskFacts {
  /** The number as the plan writes it ("6.1"), when it is not the task's position. */
  number?: string;
  title: string;
  timeframe?: string;
  lead?: string;
  coLeads?: readonly string[];
  partners?: readonly string[];
}

export interface PlanFacts {
  slug: string;
  title: string;
  number?: string;
  issuer: string;
  issuedOn?: string;
  year: number;
  level: 'province' | 'department' | 'district' | 'commune';
  basis?: readonly CitationFacts[];
  implements?: readonly CitationFacts[];
  tasks?: readonly TaskFacts[];
  duties?: readonly { unit: string; items: readonly string[] }[];
}
