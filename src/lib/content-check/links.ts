/**
 * Internal links in entry bodies: each must lead to a page the portal builds. Links are read from
 * the body's syntax tree (links, images, reference definitions, href of allowed HTML), the same
 * tree the build renders, so a link is found however it is written.
 */
import type { Nodes } from 'mdast';
import { lineOf, parseBody, walk, type BodyFormat, type ParsedBody } from './body-tree.ts';
import { readHtmlFragment } from './html-fragment.ts';
import { closest } from './suggest.ts';
import { vi, type Messages } from './messages/index.ts';

export interface LinkProblem {
  line: number;
  message: string;
}

/** Every URL a body links to, with its line (1-based, relative to the body). */
function linkTargets(parsed: ParsedBody): { line: number; target: string }[] {
  if ('error' in parsed) return []; // body-safety.ts reports the syntax error
  const out: { line: number; target: string }[] = [];
  walk(parsed.root, (node: Nodes) => {
    const line = lineOf(node);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      out.push({ line, target: node.url });
    if (node.type === 'html')
      for (const el of readHtmlFragment(node.value).elements)
        for (const a of el.attributes) if (a.name === 'href') out.push({ line: line + a.line - 1, target: a.value });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string')
          out.push({ line, target: a.value });
  });
  return out;
}

/** Links whose target is a path on this site (not another site, mail, phone or an anchor on the same page). */
export function internalLinks(body: string, format: BodyFormat = 'md'): { line: number; target: string }[] {
  return internalLinksIn(parseBody(body, format));
}

/** internalLinks of a body already parsed. */
export function internalLinksIn(parsed: ParsedBody): { line: number; target: string }[] {
  return linkTargets(parsed).filter(({ target }) => {
    if (target === '' || target.startsWith('#') || target.startsWith('//')) return false;
    return !URL.canParse(target); // an absolute URL has a scheme; a path does not parse on its own
  });
}

/** Resolves a link written in a page at `fromPath` to a site path without query or fragment. */
export function resolveLink(fromPath: string, target: string): string {
  const url = new URL(target, `https://portal.invalid${fromPath}`);
  let path = decodeURI(url.pathname);
  if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) path += '/';
  return path;
}

export function brokenLinks(
  body: string,
  format: BodyFormat,
  fromPath: string,
  known: ReadonlySet<string>,
  m: Messages = vi,
): LinkProblem[] {
  return linksToNowhere(internalLinks(body, format), fromPath, known, m);
}

/** The links (from `internalLinks`) of a page at `fromPath` that lead to none of the `known` pages. */
export function linksToNowhere(
  links: readonly { line: number; target: string }[],
  fromPath: string,
  known: ReadonlySet<string>,
  m: Messages = vi,
): LinkProblem[] {
  return (
    links
      .map(({ line, target }) => ({ line, target, path: resolveLink(fromPath, target) }))
      .filter(({ path }) => !known.has(path))
      // The page closest to where the link leads: a typo in a slug, a missing or extra folder.
      .map(({ line, target, path }) => ({ line, message: m.brokenLink(target, closest(path, known)) }))
  );
}
