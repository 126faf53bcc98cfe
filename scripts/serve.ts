/**
 * A static server for built sites, used by the browser tests and `npm run preview`: serves
 * dist/<province>/ (or dist/), answers unknown paths with the locale's 404.html like static hosts
 * do, and sends the headers of the site's _headers file (Content-Security-Policy), path rules
 * and `! Name` detaches included. `--base /my-repo/gia-lai/` serves the folder at that path, as a
 * GitHub Pages project site or a preview would, and nothing outside it. Written here
 * rather than taken from npm because tests need exactly those two host behaviours.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { basePathOrThrow } from '../src/lib/safety/names.ts';
import { baseArg } from '../src/node/cli-names.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The rules of a Netlify/Cloudflare-style _headers file: path pattern → headers to set or (`! Name`) detach. */
export function headerRules(root: string): { pattern: RegExp; set: Record<string, string>; detach: string[] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; set: Record<string, string>; detach: string[] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const last = rules.at(-1);
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), set: {}, detach: [] });
    } else if (last) {
      const rule = last;
      const text = line.trim();
      if (text.startsWith('!')) rule.detach.push(text.slice(1).trim().toLowerCase());
      else rule.set[text.slice(0, text.indexOf(':')).trim()] = text.slice(text.indexOf(':') + 1).trim();
    }
  }
  return rules;
}

/** Headers for one path: every matching rule in order; a detach removes what earlier rules set. */
export function headersFor(rules: ReturnType<typeof headerRules>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of Object.keys(out)) if (rule.detach.includes(name.toLowerCase())) delete out[name];
    Object.assign(out, rule.set);
  }
  return out;
}

/** `base`: the path the folder is served at ("/" by default); a path outside it is not found. */
export function serve(root: string, port: number, base = '/') {
  basePathOrThrow(base);
  const rules = headerRules(root);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = headersFor(rules, url.pathname);
    if (url.pathname === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { location: `${base}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers })
        .end(`Not found: this server serves only ${base}`);
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${base}${path.slice(1)}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      const lang = path.split('/')[1];
      file = lang && existsSync(join(root, lang, '404.html')) ? join(root, lang, '404.html') : join(root, '404.html');
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
      return;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  }).listen(port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      base: { type: 'string', default: '/' },
    },
  });
  const base = baseArg(values.base);
  serve(values.dir, Number(values.port), base);
  console.log(`Serving ${values.dir} at http://localhost:${values.port}${base}`);
}
