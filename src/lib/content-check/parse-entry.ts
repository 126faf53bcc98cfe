/** Splits a Markdown/MDX file into front matter and body, or reads a YAML file, keeping dates as text. */
import { parse, YAMLParseError } from 'yaml';

export interface Parsed {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const yamlOptions = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

/** Returns the parsed parts, or a message saying what is wrong with the file's shape. */
export function parseEntry(path: string, text: string): Parsed | { error: string; field: string } {
  const isYaml = /\.ya?ml$/.test(path);
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match)
      return { field: '(front matter)', error: 'no front matter — expected the file to start with a line "---", the fields, and another "---"' };
    yamlText = match[1]!;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  try {
    const data = parse(yamlText, yamlOptions) ?? {};
    if (typeof data !== 'object' || Array.isArray(data))
      return { field: '(file)', error: 'expected fields written "name: value", one per line' };
    return { data: data as Record<string, unknown>, body, bodyLine };
  } catch (e) {
    const err = e as YAMLParseError;
    const where = err.linePos?.[0] ? ` (line ${err.linePos[0].line + (isYaml ? 0 : 1)})` : '';
    return { field: '(YAML)', error: `the fields cannot be read${where}: ${err.message.split('\n')[0]} — expected valid YAML; check colons, quotes and indentation` };
  }
}
