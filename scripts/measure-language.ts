/**
 * `node scripts/measure-language.ts [--blocks] DIST PAGE…`: how much of the main text (<main>) of built pages is
 * Vietnamese, judged from the letters (src/lib/language-share.ts). PAGE is a path under DIST, e.g.
 * en/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/ (index.html is added). With --blocks, also lists
 * the blocks judged Vietnamese, to see what is left to translate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTreeAdapter, parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { isVietnameseBlock, languageShare } from '../src/lib/language-share.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
/** Inline elements belong to the block around them; every other element starts a block of its own. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/** The text blocks inside an element: each block element's own text, its inline children included. */
function blocks(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element): void => {
    let own = '';
    const visit = (n: Node): void => {
      if (defaultTreeAdapter.isTextNode(n)) own += n.value;
      else if (isElement(n) && !SKIP.has(n.tagName)) {
        if (INLINE.has(n.tagName)) n.childNodes.forEach(visit);
        else {
          own += ' ';
          walk(n);
        }
      }
    };
    el.childNodes.forEach(visit);
    if (own.trim()) out.push(own.replace(/\s+/g, ' ').trim());
  };
  walk(root);
  return out;
}

function findMain(n: Node): Element | undefined {
  if (isElement(n) && n.tagName === 'main') return n;
  for (const child of 'childNodes' in n ? n.childNodes : []) {
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

const args = process.argv.slice(2);
const listBlocks = args.includes('--blocks');
const [dist, ...pages] = args.filter((a) => a !== '--blocks');
if (!dist || !pages.length) {
  console.error('usage: node scripts/measure-language.ts [--blocks] DIST PAGE… (e.g. /tmp/dist en/plans/x/)');
  process.exit(1);
}
console.log('page  letters  vietnamese  share  words-with-vi-letters');
for (const page of pages) {
  const file = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
  const main = findMain(parse(readFileSync(file, 'utf8')));
  if (!main) {
    console.log(`${page}  (no <main>)`);
    continue;
  }
  const found = blocks(main);
  const s = languageShare(found);
  console.log(
    `${page}  ${s.letters}  ${s.vietnameseLetters}  ${(s.share * 100).toFixed(1)} %  ${(s.markedWordShare * 100).toFixed(1)} %`,
  );
  if (listBlocks)
    for (const b of found.filter(isVietnameseBlock))
      console.log(`    vi: ${b.length > 120 ? `${b.slice(0, 117)}…` : b}`);
}
