/** Turns schema issues into lines an editor reads: `file: field: what is wrong — what was expected`. */

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

interface IssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  format?: string;
  /** The value given, when the schema was run with `reportInput: true`. */
  input?: unknown;
}

/** A dotted field path, list positions counted from 1 as editors count: `tasks[2].lead`. */
export function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

/** Rewrites zod's terse messages into plain words. */
export function plainMessage(issue: IssueLike): string {
  const given = issue.input === undefined ? undefined : JSON.stringify(issue.input);
  const choices = issue.values?.map((v) => JSON.stringify(v)).join(', ');
  if (issue.code === 'unrecognized_keys' && issue.keys)
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — expected only the fields this kind of entry has (check the spelling, or whether the fact belongs in the Vietnamese source file)`;
  if ((issue.code === 'invalid_value' || issue.code === 'invalid_type') && given === undefined)
    return `missing — expected ${choices ? `one of: ${choices}` : `a ${String(issue.expected ?? 'value')}`}`;
  if (issue.code === 'invalid_value' && choices) return `${given} is not one of the allowed values — expected one of: ${choices}`;
  if (issue.code === 'invalid_format' && issue.format === 'date')
    return `${given} is not a real date — expected a date written YYYY-MM-DD, e.g. 2024-03-05`;
  if (issue.code === 'invalid_type') return `${given} is the wrong kind of value — expected a ${String(issue.expected)}`;
  return issue.message;
}

export function issuesToProblems(file: string, issues: IssueLike[]): ContentProblem[] {
  return issues.flatMap((issue) =>
    // An unknown field is named as the field itself, one problem each.
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({ file, field: fieldPath([...issue.path, key]), message: plainMessage({ ...issue, keys: [key] }) }))
      : [{ file, field: fieldPath(issue.path), message: plainMessage(issue) }],
  );
}

export const formatProblem = (p: ContentProblem): string => `${p.file}: ${p.field}: ${p.message}`;
