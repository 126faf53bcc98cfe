/** Shapes shared by the content check's modules. */
import type { ContentProblem } from '../format-issues.ts';

/** A file under content/, path relative to content/ with forward slashes. */
export interface ContentFile {
  path: string;
  /** Text of an entry (Markdown, MDX, YAML), when its bytes are valid UTF-8. */
  text?: string;
  /** The file's bytes as read (all of a text file or SVG, the first bytes of any other), to judge its encoding and format. */
  bytes?: Uint8Array;
  /** Not a regular file: a symbolic link (never followed) or a device, socket or pipe. */
  special?: 'symlink' | 'other';
}

/** What a file is, read from where it lives. `Concept`: the concept names the check knows (the registry's, above lib). */
export interface EntryInfo<Concept extends string = string> {
  file: string;
  /** Province id, or "national". */
  scope: string;
  concept: Concept;
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
  /** The line of a field in the file, for messages. */
  lineOf?: (field: string) => number | undefined;
}

export interface ProvinceInfo {
  id: string;
  locales: readonly string[];
  /** The logo file named in province.yaml, beside it. */
  logo?: string;
}

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export type { ContentProblem };
