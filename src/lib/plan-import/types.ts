/** Shapes of a plan as the importer reads it from text, before it becomes a content entry. */
import type { PlanHeader } from './header.ts';

/** A document cited as basis ("Căn cứ…") or implemented ("Thực hiện Kế hoạch số…"); fields absent when not written. */
export interface PlanReference {
  kind?: string;
  number?: string;
  date?: string;
  issuer?: string;
  title?: string;
  /** The sentence it was read from. */
  text: string;
}

/** One paragraph or bullet of a section or item. */
export interface PlanBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/** A numbered item ("1.", "6.1.") with its own body and sub-items. */
export interface PlanItem {
  number: string;
  title: string;
  body: PlanBlock[];
  items: PlanItem[];
}

/** A Roman-numbered section ("I. MỤC TIÊU, YÊU CẦU"). */
export interface PlanSection {
  number: string;
  title: string;
  body: PlanBlock[];
  items: PlanItem[];
}

/** A task of the content section, with the fields the plan gives for it. */
export interface PlanTask {
  number: string;
  title: string;
  content?: string;
  timeframe?: string;
  /** Lead units ("Đơn vị chủ trì" / "Đơn vị thực hiện"); usually one. */
  lead: string[];
  partners: string[];
}

/** Duties of one unit (or several named together) under "TỔ CHỨC THỰC HIỆN". */
export interface PlanDuty {
  /** The heading as written, without "Đề nghị". */
  unit: string;
  /** The units the heading names. */
  units: string[];
  items: string[];
}

/** A "trước ngày 01/11" deadline; `date` only when the text gives the year. */
export interface ReportingDeadline {
  monthDay: string;
  date?: string;
  /** The clause that sets it. */
  text: string;
}

/** The signature block. */
export interface PlanSigner {
  capacity?: string;
  title?: string;
  name?: string;
}

/** Administrative level of the issuing body. */
export type PlanLevel = 'province' | 'department' | 'district' | 'commune';

/** Everything the importer read from one plan; a field it could not find is absent and named in `missing`. */
export interface ParsedPlan extends Omit<PlanHeader, 'unparsed'> {
  level?: PlanLevel;
  /** Where the plan applies, from the issuer's name ("tỉnh Gia Lai"). */
  area?: string;
  basis: PlanReference[];
  implements: PlanReference[];
  /** The sentence that introduces the plan ("… ban hành Kế hoạch … như sau:"). */
  intro?: string;
  objectives: string[];
  requirements: string[];
  sections: PlanSection[];
  tasks: PlanTask[];
  duties: PlanDuty[];
  /** Distinct unit names met in tasks and duties (and the issuer), first spelling kept. */
  units: string[];
  budget?: string;
  reportingDeadlines: ReportingDeadline[];
  /** The closing paragraph ("Trên đây là Kế hoạch…"). */
  closing?: string;
  recipients: string[];
  /** The "Lưu:" line of the recipients list. */
  archive?: string;
  signer?: PlanSigner;
  /** The cleaned text, paragraphs separated by blank lines. */
  text: string;
  /** The cleaned paragraphs in order. */
  paragraphs: string[];
  /** Index in `paragraphs` of the first paragraph after the title block (the start of the body text). */
  bodyStart: number;
  /** Paragraphs no part of the parser could place. */
  unparsed: string[];
  /** Fields not found. */
  missing: string[];
  /** Things the editor should check (numbering gaps, where a value was read from). */
  warnings: string[];
}
