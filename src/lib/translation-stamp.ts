/** Writes the source fingerprint into a translation's front matter, keeping its comments and layout. */
import { parseDocument } from 'yaml';
import { group } from './regex-group.ts';

/** Returns the file's text with `translation.source` set to the fingerprint; throws when it has no front matter. */
export function stampTranslation(text: string, fingerprint: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new Error('no front matter — expected the file to start with a line "---"');
  const doc = parseDocument(group(match, 1), { version: '1.2', schema: 'core' });
  const [error] = doc.errors;
  if (error) throw new Error(`the fields cannot be read: ${error.message.split('\n')[0]}`);
  if (!doc.hasIn(['translation'])) doc.setIn(['translation'], doc.createNode({ status: 'draft', source: fingerprint }));
  else doc.setIn(['translation', 'source'], fingerprint);
  const front = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  return `---\n${front}\n---${match[2]}${text.slice(match[0].length)}`;
}
