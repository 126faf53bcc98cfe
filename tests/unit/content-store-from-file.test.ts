/** The build imports Astro's content store from its file (src/node/content-store-from-file.ts). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify, unflatten } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_STORE_MODULE, storeFromFile } from '../../src/node/content-store-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storeFromFile', () => {
  // What the content sync writes: the collections' Map, flattened by devalue.
  const store = stringify(
    new Map([['press', new Map([['tin-0', { title: 'Thông cáo "số 0"\n<b>', n: [1, 2.5, null] }]])]]),
  );
  const storeFile = join(dir, 'data-store.json');
  writeFileSync(storeFile, store);
  // The code Astro gives the module (astro/dist/content/vite-plugin-content-virtual-mod.js).
  const astroCode = `export default JSON.parse(${JSON.stringify(store)})`;

  it('gives the Map Astro makes of its module, read from the file, and not the flat array beside it', async () => {
    const replaced = storeFromFile(astroCode, CONTENT_STORE_MODULE, storeFile);
    expect(replaced).toBeDefined();
    expect(replaced).not.toContain('tin-0');
    writeFileSync(join(dir, 'astro-form.mjs'), astroCode);
    writeFileSync(join(dir, 'file-form.mjs'), replaced ?? '');
    const fromAstro: unknown = (await import(pathToFileURL(join(dir, 'astro-form.mjs')).href)).default;
    const fromFile: unknown = (await import(pathToFileURL(join(dir, 'file-form.mjs')).href)).default;
    // Astro's ImmutableDataStore.fromModule unflattens its array, and takes a Map as it is.
    if (!Array.isArray(fromAstro)) throw new Error("Astro's module no longer gives devalue's flat array");
    expect(fromFile).toBeInstanceOf(Map);
    expect(fromFile).toEqual(unflatten(fromAstro));
  });

  it('leaves every other module, and the store in another form, as Astro made it', () => {
    expect(storeFromFile(astroCode, '\0astro:content', storeFile)).toBeUndefined();
    expect(storeFromFile('export default new Map()', CONTENT_STORE_MODULE, storeFile)).toBeUndefined();
    expect(
      storeFromFile('export default{"press":[(await import("x"))]}', CONTENT_STORE_MODULE, storeFile),
    ).toBeUndefined();
  });

  it('matches the form and the id of the Astro version installed (an upgrade that changes them fails here)', () => {
    const astro = (path: string) => readFileSync(join('node_modules/astro/dist/content', path), 'utf8');
    expect(astro('vite-plugin-content-virtual-mod.js')).toContain(
      'code: `export default JSON.parse(${JSON.stringify(jsonData)})`',
    );
    expect(astro('consts.js')).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(astro('data-store.js')).toMatch(
      /if \(data\.default instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/,
    );
    expect(astro('consts.js')).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
  });
});
