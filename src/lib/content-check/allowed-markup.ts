/**
 * What a body may contain besides Markdown, in one place: the check (body-safety.ts), the build's
 * Markdown/MDX plugin and the HTML sanitizer (src/lib/markdown/) all read these lists, so they
 * cannot drift apart. Anything not listed is refused.
 */

/** Components an MDX piece may use (the place page provides them), with the props each really takes. */
export const COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Gallery: [],
  Figure: ['n'],
  Aside: [],
};

const COMMON = ['title', 'lang', 'dir'] as const;

/** Harmless inline HTML (and headings with an anchor id, as translations write them), with their attributes. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    [
      'abbr',
      'b',
      'br',
      'del',
      'em',
      'i',
      'ins',
      'kbd',
      'mark',
      'q',
      's',
      'small',
      'strong',
      'sub',
      'sup',
      'u',
      'wbr',
    ].map((tag) => [tag, COMMON]),
  ),
  a: [...COMMON, 'href'],
  ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, [...COMMON, 'id']])),
};

/** Attributes whose value is a URL, judged by the scheme allowlist (src/lib/safety/safe-url.ts). */
export const URL_ATTRIBUTES: readonly string[] = ['href'];

/** Attributes whose value is an anchor name, written as a slug (so it cannot clobber the page's own ids by accident). */
export const ID_ATTRIBUTES: readonly string[] = ['id'];

/** The props a component takes, or undefined when it is not one of COMPONENTS (own keys only, never "constructor"). */
export const componentProps = (name: string): readonly string[] | undefined =>
  Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;

/** The attributes an HTML element may carry, or undefined when the element is not allowed. */
export const elementAttributes = (tag: string): readonly string[] | undefined =>
  Object.hasOwn(HTML_ELEMENTS, tag) ? HTML_ELEMENTS[tag] : undefined;
