/** Reads the end of a plan: budget section, closing paragraph, recipients ("Nơi nhận") and signer. */
import { isAllCaps } from './clean-text.ts';
import type { PlanSection, PlanSigner } from './types.ts';

/** Where the end matter begins. */
export const TAIL_START_RE = /^(?:Trên đây là\s|Nơi nhận|(?:TM|KT|TL|TUQ)\.\s)/u;
const CAPACITY_RE = /^(?:TM|KT|TL|TUQ)\.\s/u;
const NAME_RE = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;
const SIGNED_RE = /^\(?(?:đã ký|ký|ký tên,? đóng dấu|ký, ghi rõ họ tên)\)?$/iu;

/** The text of the "KINH PHÍ" section, or undefined. */
export function parseBudget(sections: PlanSection[]): string | undefined {
  const texts = sections
    .filter((section) => /KINH PHÍ/iu.test(section.title))
    .flatMap((section) => [
      ...section.body,
      ...section.items.flatMap((item) => [{ text: `${item.number}. ${item.title}` }, ...item.body]),
    ])
    .map((block) => block.text);
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

export interface PlanTail {
  closing?: string;
  recipients: string[];
  archive?: string;
  signer?: PlanSigner;
  unparsed: string[];
}

/** Reads the closing paragraph, the recipients list and the signature block, in whatever order they come. */
export function parseTail(paragraphs: string[]): PlanTail {
  const tail: PlanTail = { recipients: [], unparsed: [] };
  const capacity: string[] = [];
  const signer: PlanSigner = {};
  let inRecipients = false;
  for (const paragraph of paragraphs) {
    const bullet = /^[-–•+*]\s*(.+)$/u.exec(paragraph)?.[1]?.replace(/[;,.\s]+$/u, '');
    if (/^Trên đây là\s/u.test(paragraph) && tail.closing === undefined) tail.closing = paragraph;
    else if (/^Nơi nhận\s*:?/u.test(paragraph)) {
      inRecipients = true;
      const rest = paragraph
        .replace(/^Nơi nhận\s*:?\s*/u, '')
        .replace(/^[-–]\s*/u, '')
        .replace(/[;,.\s]+$/u, '');
      if (rest !== '') tail.recipients.push(rest);
    } else if (CAPACITY_RE.test(paragraph)) {
      capacity.push(paragraph);
      inRecipients = false;
    } else if (inRecipients && bullet !== undefined) {
      if (/^Lưu\s*:/u.test(bullet)) tail.archive = bullet.replace(/^Lưu\s*:\s*/u, '');
      else tail.recipients.push(bullet);
    } else if (SIGNED_RE.test(paragraph)) continue;
    else if (isAllCaps(paragraph) && signer.title === undefined) signer.title = paragraph;
    else if (NAME_RE.test(paragraph) && !isAllCaps(paragraph)) signer.name = paragraph;
    else tail.unparsed.push(paragraph);
  }
  if (capacity.length > 0) signer.capacity = capacity.join(' / ');
  if (Object.keys(signer).length > 0) tail.signer = signer;
  return tail;
}
