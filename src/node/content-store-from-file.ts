/**
 * Astro bundles its content store for the build as one module, `export default JSON.parse("…")`,
 * whose string literal is the whole data-store.json (52 MB at 10,000 entries). V8 compiles such a
 * literal slowly: importing that module took 44 s without Node's compile cache and 6 s with it, and
 * the cache misses after every content edit. This plugin replaces the module's code by a read of
 * the same file at run time (the file Astro read it from, written by the content sync before
 * bundling and not changed after it), so the prerender imports a few lines and parses JSON.
 *
 * The module's value is the store's Map, unflattened as Astro's ImmutableDataStore.fromModule would
 * (it takes a Map as it is): the module keeps its value for the whole build, and the flat array
 * Astro's form keeps beside the Map was 26 MB of heap at 10,000 entries.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The devalue Astro itself uses (a dependency of astro, not of the portal). */
const devalue = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('devalue');

/** Astro's id for the bundled content store (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';
/** How Astro's single-file store module begins (the chunked store and the empty one differ and are kept). */
const SINGLE_FILE_STORE = 'export default JSON.parse(';

/** The store module's code, reading `storeFile` instead of carrying it; undefined for any other module or form. */
export function storeFromFile(code: string, id: string, storeFile: string): string | undefined {
  if (id !== CONTENT_STORE_MODULE || !code.startsWith(SINGLE_FILE_STORE)) return undefined;
  return `import { readFileSync } from 'node:fs';\nimport { unflatten } from ${JSON.stringify(devalue)};\nexport default unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));\n`;
}

export function contentStoreFromFile(storeFile: string): Plugin {
  return {
    name: 'portal-content-store-from-file',
    transform(code, id) {
      const replaced = storeFromFile(code, id, storeFile);
      return replaced === undefined ? undefined : { code: replaced, map: null };
    },
  };
}
