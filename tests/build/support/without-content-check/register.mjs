/**
 * Preloaded with `node --import` by a test that proves the build's own defences: the content check
 * the portal integration runs (src/node/run-check.ts) is replaced by one that finds nothing, as if
 * `astro build` ran on content that never went through the check.
 */
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
