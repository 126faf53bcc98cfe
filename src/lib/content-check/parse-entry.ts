/** Splits a Markdown/MDX file into front matter and body, or reads a YAML file, keeping dates as text. */
import { parseDocument } from 'yaml';
import { group } from '../regex-group.ts';
import { vi, type Messages } from './messages/index.ts';
import type { YamlReason } from './messages/types.ts';
import { LineCounter, fieldLines, type FieldLines } from './field-lines.ts';

export interface Parsed {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  /** The line of a field in the file ("tasks[2].lead"), for messages. */
  lineOf: FieldLines;
}

export interface Unreadable {
  field: '(front matter)' | '(file)' | '(YAML)';
  error: string;
  line?: number;
}

const yamlOptions = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isYamlReason = (m: Messages, code: string): code is YamlReason => code in m.yamlReasons;

/** Returns the parsed parts, or a message saying what is wrong with the file's shape. */
export function parseEntry(path: string, text: string, m: Messages = vi): Parsed | Unreadable {
  const isYaml = /\.ya?ml$/.test(path);
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) return { field: '(front matter)', error: m.noFrontMatter, line: 1 };
    yamlText = group(match, 1);
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  const firstLine = isYaml ? 1 : 2;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { ...yamlOptions, lineCounter });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0] ? err.linePos[0].line + firstLine - 1 : undefined;
    return {
      field: '(YAML)',
      error: m.yamlBroken(line, m.yamlReasons[isYamlReason(m, err.code) ? err.code : 'other']),
      line,
    };
  }
  const data: unknown = doc.toJS() ?? {};
  if (!isFields(data)) return { field: '(file)', error: m.notFields };
  // The closing "---" comes right after the front matter's last line.
  const closingLine = isYaml ? undefined : firstLine + yamlText.split('\n').length;
  return { data, body, bodyLine, lineOf: fieldLines(doc, lineCounter, firstLine, closingLine) };
}
