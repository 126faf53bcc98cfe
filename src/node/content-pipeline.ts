/**
 * The rules for content inside the build's Markdown/MDX pipeline (astro.config.mjs passes these
 * to satteri, which @astrojs/mdx uses too), so `astro build` alone is as safe as the check:
 * - before any code is generated, the body's tree is judged by the same function as the check
 *   (body-safety.ts), and a problem stops the build naming the file and the line;
 * - as the last step of the HTML pipeline, an allowlist sanitizer removes anything else.
 */
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defineHastPlugin,
  defineMdastPlugin,
  type Features,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { treeProblems, type BodyProblem } from '../lib/content-check/body-safety.ts';
import { sanitizeContentTree } from '../lib/markdown/sanitize-content.ts';
import { keepPhonesWhole } from '../lib/markdown/keep-phones-whole.ts';
import { labelTableCells } from '../lib/markdown/label-table-cells.ts';
import { formatProblem } from '../lib/format-issues.ts';
import { contentUrlUnderBase } from '../lib/paths.ts';
import { contentRoot } from './provinces.ts';

/**
 * How many lines of the file come before the source satteri was given. MDX arrives with its front
 * matter blanked out (lines kept); Markdown arrives as the trimmed body after the front matter.
 */
function linesBefore(file: string | undefined, source: string, format: string): number {
  if (format === 'mdx' || file === undefined) return 0;
  try {
    const text = readFileSync(file, 'utf8');
    const start = text.trimEnd().length - source.length;
    return start >= 0 && text.startsWith(source, start) ? text.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

export function describeProblems(file: string | undefined, problems: readonly BodyProblem[], offset: number): string {
  const name =
    file === undefined ? '(nội dung)' : file.startsWith(contentRoot) ? `content/${relative(contentRoot, file)}` : file;
  return [
    `Nội dung không an toàn, không dựng trang (${problems.length} lỗi):`,
    ...problems.map((p) => formatProblem({ file: name, field: '(text)', line: p.line + offset, message: p.message })),
  ].join('\n');
}

/**
 * Refusals of this process. An MDX refusal stops the build where it is thrown; Astro's content
 * layer catches a Markdown one and only logs it (the entry is stored with no HTML), so the
 * integration below stops the build once the content is loaded, before any page is rendered.
 */
const refused: string[] = [];

export const refuseUnsafeContent = defineMdastPlugin({
  name: 'portal-refuse-unsafe-content',
  options: { position: true },
  before(root, ctx) {
    const problems = treeProblems(root);
    if (!problems.length) return;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    const message = describeProblems(file, problems, linesBefore(file, ctx.source, ctx.sourceFormat));
    refused.push(message);
    throw new Error(message);
  },
});

/**
 * Stops `astro build` when a body was refused while the content was loaded. The content layer's
 * store (which kept the entry, without HTML) is removed too: the next build renders the entry
 * again and refuses it again, instead of reusing the stored entry.
 */
export function refuseUnsafeContentBuild(): AstroIntegration {
  let store: URL | undefined;
  return {
    name: 'portal-refuse-unsafe-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        store = new URL('data-store.json', config.cacheDir);
      },
      'astro:build:start': () => {
        if (!refused.length) return;
        if (store) rmSync(fileURLToPath(store), { force: true });
        throw new Error(refused.join('\n'));
      },
    },
  };
}

export const sanitizeContent = defineHastPlugin({
  name: 'portal-sanitize-content',
  after(root, ctx) {
    ctx.replaceNode(root, labelTableCells(keepPhonesWhole(sanitizeContentTree(root))));
  },
});

/**
 * Links content writes as site paths ("/vi/plans/x/", "/files/kit.pdf") put under the base path the
 * portal is served at, after the sanitizer (which judged them as written). Only in a build with a
 * base other than "/".
 */
export const linksUnderBase = (base: string) => {
  const under = (value: string) => contentUrlUnderBase(value, base);
  const jsx = {
    filter: ['a'],
    visit: (node: MdxJsxFlowElementHast | MdxJsxTextElementHast) => ({
      ...node,
      attributes: node.attributes.map((a) =>
        a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string'
          ? { ...a, value: under(a.value) }
          : a,
      ),
    }),
  };
  return defineHastPlugin({
    name: 'portal-links-under-base',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties[key];
        if (typeof value === 'string' && under(value) !== value) ctx.setProperty(node, key, under(value));
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
};

/** The plugin lists and features astro.config.mjs gives satteri, for Markdown and MDX alike. */
export const CONTENT_MDAST_PLUGINS = [refuseUnsafeContent];
export const CONTENT_HAST_PLUGINS = [sanitizeContent];
/** Raw HTML parsed into elements (tags spanning several pieces included), so the sanitizer sees it as a browser would. */
export const CONTENT_FEATURES: Features = { rawHtml: true };

/**
 * The processor astro.config.mjs sets as `markdown.processor` (MDX uses it too); `codeDigest` names
 * the pipeline's code (src/node/pipeline-digest.ts). GFM and smart
 * punctuation are not passed: Astro's defaults (both on) stay in force, as the check assumes.
 */
export function contentProcessor(base = '/', codeDigest = ''): ReturnType<typeof satteri> {
  const processor = satteri({
    mdastPlugins: CONTENT_MDAST_PLUGINS,
    hastPlugins: base === '/' ? CONTENT_HAST_PLUGINS : [...CONTENT_HAST_PLUGINS, linksUnderBase(base)],
    features: CONTENT_FEATURES,
  });
  // Astro hashes its configuration as JSON, which drops the plugins' functions: this string is what
  // tells it the pipeline's code changed (pipeline-digest.ts). satteri reads only its own options.
  Object.assign(processor.options, { codeDigest });
  return processor;
}
