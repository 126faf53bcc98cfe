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
  if (issue.code === 'unrecognized_keys' && issue.keys)
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — expected only the fields this kind of entry has (check the spelling, or whether the fact belongs in the Vietnamese source file)`;
  if (issue.code === 'invalid_value' && issue.values)
    return `not one of the allowed values — expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
    return `missing — expected ${String(issue.expected ?? 'a value')}`;
  if (issue.code === 'invalid_type') return `${issue.message.replace(/^Invalid input: /, 'wrong kind of value: ')}`;
  return issue.message;
}

export function issuesToProblems(file: string, issues: IssueLike[]): ContentProblem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path), message: plainMessage(issue) }));
}

export const formatProblem = (p: ContentProblem): string => `${p.file}: ${p.field}: ${p.message}`;
