/**
 * Text files of content (Markdown, MDX, YAML) are UTF-8, strictly. A file saved in another
 * encoding (Windows-1258, VNI, TCVN3) would otherwise be published with "�" in place of every
 * accented letter, and a "�" already in the text means a copy went wrong once.
 */

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const REPLACEMENT = '\uFFFD';

/** 1-based line of the character at `index`. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Why `text` cannot be published (it holds U+FFFD, the mark of a failed conversion), or undefined. */
export function replacementCharProblem(text: string): string | undefined {
  const at = text.indexOf(REPLACEMENT);
  if (at < 0) return undefined;
  return `dòng ${lineAt(text, at)} có ký tự lỗi "${REPLACEMENT}" (chữ bị hỏng khi chuyển mã hoặc sao chép) — hãy gõ lại đúng chữ ở chỗ đó`;
}

/**
 * The text of a file's bytes decoded as strict UTF-8, or a message for the editor. A UTF-8 byte
 * order mark is accepted and dropped, as Astro does (its front-matter reader and YAML parser skip it).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const shown = lenient.decode(bytes);
    return {
      problem: `tệp không phải UTF-8 (chữ đầu tiên không đọc được ở dòng ${lineAt(shown, shown.indexOf(REPLACEMENT))}; có lẽ tệp được lưu bằng mã Windows-1258, VNI hay TCVN3) — hãy lưu lại với mã UTF-8 (trong trình soạn thảo: "Save with encoding" → "UTF-8")`,
    };
  }
  const problem = replacementCharProblem(text);
  return problem ? { problem } : { text };
}
