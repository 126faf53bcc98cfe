/** Renders the cleaned plan text as Markdown: sections as headings, bullets as lists, nothing dropped. */
import { numberedHeading, romanHeading } from './sections.ts';

/** Escapes characters Markdown would read as formatting. */
export function escapeInline(text: string): string {
  return text.replace(/([\\`*_<>[\]])/gu, '\\$1');
}

/** Escapes a paragraph's start so it is not read as a list, heading or quote. */
function escapeStart(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3').replace(/^([#>+-])/u, '\\$1');
}

type Line = { kind: 'heading' | 'bullet' | 'paragraph'; text: string };

function classify(paragraph: string, inSections: boolean): Line {
  const roman = romanHeading(paragraph);
  if (roman) return { kind: 'heading', text: `## ${escapeInline(paragraph)}` };
  const numbered = inSections ? numberedHeading(paragraph) : undefined;
  if (numbered) {
    const depth = Math.min(numbered.number.split('.').length + 2, 6);
    return { kind: 'heading', text: `${'#'.repeat(depth)} ${escapeInline(paragraph)}` };
  }
  const bullet = /^[-–•+*]\s*(.+)$/u.exec(paragraph)?.[1];
  if (bullet !== undefined) return { kind: 'bullet', text: `- ${escapeStart(escapeInline(bullet))}` };
  if (/^Nơi nhận\s*:?$/u.test(paragraph)) return { kind: 'paragraph', text: `**${escapeInline(paragraph)}**` };
  return { kind: 'paragraph', text: escapeStart(escapeInline(paragraph)) };
}

/** Markdown for the given paragraphs (the plan body after its title block). */
export function toMarkdown(paragraphs: string[]): string {
  let inSections = false;
  let out = '';
  let previous: Line['kind'] | undefined;
  for (const paragraph of paragraphs) {
    if (romanHeading(paragraph)) inSections = true;
    if (/^(?:Trên đây là|Nơi nhận)/u.test(paragraph)) inSections = false;
    const line = classify(paragraph, inSections);
    if (previous !== undefined) out += line.kind === 'bullet' && previous === 'bullet' ? '\n' : '\n\n';
    out += line.text;
    previous = line.kind;
  }
  return `${out}\n`;
}
