/** Internal links in entry bodies: each must lead to a page the portal builds. */

export interface LinkProblem {
  line: number;
  message: string;
}

/** Markdown links and href attributes whose target is a path on this site. */
export function internalLinks(body: string): { line: number; target: string }[] {
  const out: { line: number; target: string }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href\s*=\s*["']([^"']+)["']/g)) {
      const target = (m[1] ?? m[2])!;
      if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) continue; // other sites, mail, phone, same-page anchors
      out.push({ line: i + 1, target });
    }
  });
  return out;
}

/** Resolves a link written in a page at `fromPath` to a site path without query or fragment. */
export function resolveLink(fromPath: string, target: string): string {
  const url = new URL(target, `https://portal.invalid${fromPath}`);
  let path = decodeURI(url.pathname);
  if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) path += '/';
  return path;
}

export function brokenLinks(body: string, fromPath: string, known: ReadonlySet<string>): LinkProblem[] {
  return internalLinks(body)
    .map(({ line, target }) => ({ line, target, path: resolveLink(fromPath, target) }))
    .filter(({ path }) => !known.has(path))
    .map(({ line, target }) => ({
      line,
      message: `the link "${target}" leads to no page of this portal — expected a path such as "/vi/plans/<slug>/" of an existing entry`,
    }));
}
