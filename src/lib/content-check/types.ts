/** Shapes shared by the content check's modules. */
import type { ContentProblem } from '../format-issues.ts';

/** A file under content/, path relative to content/ with forward slashes; text for entries only. */
export interface ContentFile {
  path: string;
  text?: string;
}

/** What a file is, read from where it lives. */
export interface EntryInfo {
  file: string;
  /** Province id, or "national". */
  scope: string;
  concept: string;
  /** Locale folder of a prose entry. */
  lang?: string;
  slug: string;
  ext: string;
  /** Parsed front matter or YAML document. */
  data: Record<string, unknown>;
  /** Markdown/MDX body. */
  body: string;
  /** Line in the file where the body starts (1-based), for messages. */
  bodyLine: number;
}

export interface ProvinceInfo {
  id: string;
  locales: readonly string[];
}

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export type { ContentProblem };
