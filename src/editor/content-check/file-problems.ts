/**
 * What is wrong with a content file as a file, before anything reads what it says: a symbolic
 * link or device, text that is not UTF-8, a picture or attachment whose bytes are not what its
 * name says, an SVG that does more than draw.
 */
import { decodeUtf8, replacementCharProblem, type Utf8Problem } from '../../lib/safety/utf8.ts';
import { signatureProblem } from '../../lib/safety/file-signature.ts';
import { svgProblems } from '../../lib/safety/svg.ts';
import type { Classified } from './classify.ts';
import type { ContentFile } from '../../lib/content-check/types.ts';
import { say } from '../../lib/finding.ts';
import { vi, type Messages } from '../../lib/content-check/messages/index.ts';

export interface FileProblem {
  field: string;
  line?: number;
  message: string;
}

/** The text of an entry: as read when it decoded, else decoded from its bytes (strict UTF-8). */
export function textOf(f: ContentFile): { text: string } | { problem: Utf8Problem } {
  if (f.text !== undefined) {
    const problem = replacementCharProblem(f.text);
    return problem ? { problem } : { text: f.text };
  }
  return f.bytes ? decodeUtf8(f.bytes) : { text: '' };
}

function assetProblems(f: ContentFile, m: Messages): FileProblem[] {
  const ext = f.path.slice(f.path.lastIndexOf('.') + 1);
  if (!f.bytes) return [];
  if (ext !== 'svg') {
    const problem = signatureProblem(ext, f.bytes);
    return problem ? [{ field: '(file)', message: say(m.signature, problem) }] : [];
  }
  const decoded = decodeUtf8(f.bytes);
  if ('problem' in decoded) return [{ field: '(file)', message: say(m.utf8, decoded.problem) }];
  return svgProblems(decoded.text).map((p) => ({
    field: '(SVG)',
    line: p.line,
    message: m.svgRefused(say(m.svg, p.finding)),
  }));
}

/** In the words of `m` (Vietnamese unless asked otherwise). */
export function fileProblems(f: ContentFile, kind: Classified, m: Messages = vi): FileProblem[] {
  const name = f.path.split('/').pop() ?? f.path;
  if (f.special === 'symlink') return [{ field: '(file)', message: m.symlink(name) }];
  if (f.special === 'other') return [{ field: '(file)', message: m.notRegularFile(name) }];
  if (kind.type === 'entry' || kind.type === 'province') {
    const text = textOf(f);
    return 'problem' in text ? [{ field: '(file)', message: say(m.utf8, text.problem) }] : [];
  }
  return kind.type === 'asset' ? assetProblems(f, m) : [];
}
