/**
 * Editor content is content, not code: MDX runs code at build time, so a pull request must not
 * be able to run code in CI through a content file. Rejects import/export, expressions,
 * <script>, inline event handlers, javascript: links and components outside the allowed set.
 */

/** Components an MDX piece may use (provided by the page, never imported by the file). */
export const ALLOWED_COMPONENTS = ['Gallery', 'Figure', 'Aside'] as const;

export interface BodyProblem {
  line: number;
  message: string;
}

/** Lines outside fenced code blocks, with their numbers (1-based, relative to the body). */
function proseLines(body: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fenced = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) out.push({ line: i + 1, text: text.replace(/`[^`]*`/g, '') });
  });
  return out;
}

export function unsafeBody(body: string, isMdx: boolean): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const { line, text } of proseLines(body)) {
    if (/<script\b/i.test(text))
      problems.push({ line, message: 'a <script> element — content may not contain scripts; ask a developer to add a component instead' });
    if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text))
      problems.push({ line, message: 'an inline event handler (such as onclick=) — content may not run code; remove the attribute' });
    if (/(\]\(\s*|href\s*=\s*["']?\s*)javascript:/i.test(text))
      problems.push({ line, message: 'a "javascript:" link — links must go to a page or a web address (https://…)' });
    if (!isMdx) continue;
    if (/^\s*(import|export)\s/.test(text))
      problems.push({ line, message: `an "${text.trim().split(/\s/)[0]}" statement — MDX content may not import or export code; use only the allowed components (${ALLOWED_COMPONENTS.join(', ')})` });
    if (/(^|[^\\])\{[^}]*\}/.test(text))
      problems.push({ line, message: 'a {…} expression — MDX content may not run code; write \\{ to show a brace' });
    for (const m of text.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
      if (!(ALLOWED_COMPONENTS as readonly string[]).includes(m[1]!))
        problems.push({ line, message: `the component <${m[1]}> is not allowed — expected one of: ${ALLOWED_COMPONENTS.join(', ')}` });
    }
  }
  return problems;
}
