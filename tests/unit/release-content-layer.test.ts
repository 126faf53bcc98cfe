/** The build lets Astro's synced content layer go (src/node/release-content-layer.ts). */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_LAYER_MODULE, releaseSyncedContentLayer } from '../../src/node/release-content-layer.ts';

describe('releaseSyncedContentLayer', () => {
  it('empties the singleton Astro keeps the content sync in, with its store', async () => {
    const { globalContentLayer } = await import(pathToFileURL(CONTENT_LAYER_MODULE).href);
    globalContentLayer.init({ settings: {}, logger: {}, store: { entries: 'every entry' } });
    expect(globalContentLayer.get()).not.toBeNull();
    await releaseSyncedContentLayer();
    expect(globalContentLayer.get()).toBeNull();
  });
});
