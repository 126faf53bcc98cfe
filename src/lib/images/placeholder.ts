/**
 * Placeholder colours of content pictures: each image file gets a class carrying its dominant
 * colour, in a stylesheet generated at build (src/node/placeholder-stylesheet.ts) rather than an
 * inline `<style>` per page, so pages carry no inline style and the CSP needs no hash.
 */

/** The class of an image's placeholder, from its frontmatter path ("images/hat-xoan.svg" → "portal-ph--hat-xoan-svg"). */
export const placeholderClass = (src: string): string =>
  `portal-ph--${src
    .replace(/^images\//, '')
    .replace(/[^a-z0-9]/gi, '-')
    .toLowerCase()}`;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** One rule per image, sorted so the same images give the same stylesheet; a colour that is not #rrggbb is refused. */
export function placeholderRules(colours: ReadonlyMap<string, string>): string {
  const rules = [...colours].map(([src, colour]) => {
    if (!HEX_COLOUR.test(colour)) throw new Error(`${src}: placeholder colour "${colour}" is not #rrggbb`);
    return `.${placeholderClass(src)}{background-color:${colour}}`;
  });
  return rules.sort().join('\n') + '\n';
}
