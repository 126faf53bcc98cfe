/**
 * A static server for built sites, used by the browser tests and `npm run preview`: serves
 * dist/<province>/ (or dist/), answers unknown paths with the locale's 404.html like static hosts
 * do, and sends the headers of the site's _headers file (Content-Security-Policy). Written here
 * rather than taken from npm because tests need exactly those two host behaviours.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8', '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.rss': 'application/rss+xml; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

/** Headers for every response from a Netlify/Cloudflare-style _headers file ("/*" block only). */
function siteHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

export function serve(root: string, port: number) {
  const headers = siteHeaders(root);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
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
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } } });
  serve(values.dir!, Number(values.port));
  console.log(`Serving ${values.dir} at http://localhost:${values.port}/`);
}
