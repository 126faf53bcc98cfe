/**
 * What is wrong with a content file as a file, before anything reads what it says: a symbolic
 * link or device, text that is not UTF-8, a picture or attachment whose bytes are not what its
 * name says, an SVG that does more than draw.
 */
import { decodeUtf8, replacementCharProblem } from '../safety/utf8.ts';
import { signatureProblem } from '../safety/file-signature.ts';
import { svgProblems } from '../safety/svg.ts';
import type { Classified } from './classify.ts';
import type { ContentFile } from './types.ts';

export interface FileProblem {
  field: string;
  line?: number;
  message: string;
}

/** The text of an entry: as read when it decoded, else decoded from its bytes (strict UTF-8). */
export function textOf(f: ContentFile): { text: string } | { problem: string } {
  if (f.text !== undefined) {
    const problem = replacementCharProblem(f.text);
    return problem ? { problem } : { text: f.text };
  }
  return f.bytes ? decodeUtf8(f.bytes) : { text: '' };
}

function assetProblems(f: ContentFile): FileProblem[] {
  const ext = f.path.slice(f.path.lastIndexOf('.') + 1);
  if (!f.bytes) return [];
  if (ext !== 'svg') {
    const problem = signatureProblem(ext, f.bytes);
    return problem ? [{ field: '(file)', message: problem }] : [];
  }
  const decoded = decodeUtf8(f.bytes);
  if ('problem' in decoded) return [{ field: '(file)', message: decoded.problem }];
  return svgProblems(decoded.text).map((p) => ({ field: '(SVG)', line: p.line, message: p.message }));
}

export function fileProblems(f: ContentFile, kind: Classified): FileProblem[] {
  const name = f.path.split('/').pop();
  if (f.special === 'symlink')
    return [{ field: '(file)', message: `"${name}" là một liên kết (symlink), không phải tệp thật — cổng thông tin không đi theo liên kết; hãy xoá liên kết và chép chính tệp vào đây` }];
  if (f.special === 'other')
    return [{ field: '(file)', message: `"${name}" không phải tệp thường (thiết bị, socket hay đường ống) — hãy xoá nó; content/ chỉ chứa thư mục và tệp thường` }];
  if (kind.type === 'entry' || kind.type === 'province') {
    const text = textOf(f);
    return 'problem' in text ? [{ field: '(file)', message: text.problem }] : [];
  }
  return kind.type === 'asset' ? assetProblems(f) : [];
}
