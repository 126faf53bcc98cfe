/**
 * A body as the build reads it: satteri, the parser Astro renders Markdown and MDX with, with
 * Astro's features (GFM and smart punctuation on). The check judges this tree, never the text.
 */
import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import type { Nodes, Root } from 'mdast';

export type BodyFormat = 'md' | 'mdx';

/** The parse features Astro uses for content (its defaults; astro.config.mjs does not change them). */
export const ASTRO_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

export type ParsedBody = { root: Root } | { error: { line: number; column: number; message: string } };

export function parseBody(body: string, format: BodyFormat): ParsedBody {
  try {
    const root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features: ASTRO_FEATURES });
    if (root.type !== 'root') throw new Error(`satteri returned a ${root.type}`);
    return { root };
  } catch (e) {
    // MDX syntax errors start with "line:column:" (the same way Astro reads them).
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+):/.exec(message);
    return {
      error: { line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), message: message.replace(/^\d+:\d+:\s*/, '') },
    };
  }
}

/** Calls `visit` on every node, depth first, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

export const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
