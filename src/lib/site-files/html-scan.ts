/** Reads tags, attributes, ids and inline blocks out of built HTML (Astro's output: quoted, escaped attributes). */
export type Attrs = Record<string, string>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the character references Astro writes into attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!;
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return whole;
  });
}

function parseAttrs(source: string): Attrs {
  const attrs: Attrs = {};
  for (const m of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Drops script and style contents and comments, so tag scanning sees markup only. */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
}

/** Attributes of every `<name …>` start tag. */
export function tags(html: string, name: string): Attrs[] {
  const re = new RegExp(`<${name}(?=[\\s>/])([^>]*)>`, 'gi');
  return [...markupOnly(html).matchAll(re)].map((m) => parseAttrs(m[1]!));
}

/** Every id and every `<a name>` a fragment may point at. */
export function fragmentTargets(html: string): Set<string> {
  const found = new Set<string>();
  for (const m of markupOnly(html).matchAll(/<[a-z][\w-]*\s([^>]*)>/gi)) {
    const attrs = parseAttrs(m[1]!);
    if (attrs.id) found.add(attrs.id);
  }
  return found;
}

export interface Block {
  attrs: Attrs;
  content: string;
}

/** `<script>` or `<style>` elements with their attributes and raw text. */
export function blocks(html: string, name: 'script' | 'style'): Block[] {
  const re = new RegExp(`<${name}(?=[\\s>])([^>]*)>([\\s\\S]*?)</${name}>`, 'gi');
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(re)].map((m) => ({ attrs: parseAttrs(m[1]!), content: m[2]! }));
}

/** True when the page asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return tags(html, 'meta').some((m) => m.name?.toLowerCase() === 'robots' && /noindex/i.test(m.content ?? ''));
}

/** hreflang alternates a page declares. */
export function alternates(html: string): { hreflang: string; href: string }[] {
  return tags(html, 'link')
    .filter((l) => l.rel === 'alternate' && l.hreflang && l.href)
    .map((l) => ({ hreflang: l.hreflang!, href: l.href! }));
}
