/**
 * The V8 heap limit the build gives its Astro child. Under no limit, Node sizes the heap to the
 * machine (4.2 GB here) and V8 then lets the heap grow up to four times what survived its last
 * collection; under a limit below 2 GB it grows by at most about twice. The heap in use of a
 * 10,000-entry build stays under about 0.7 GB, but with the large factor the process reached
 * 1.9–2.2 GB; under this limit, 1.7–1.8 GB for about 3 % more processor time (docs/benchmarks.md,
 * "Tenth round").
 */

/** Never below this: a small province never comes near it. */
export const HEAP_FLOOR_MB = 1536;
/**
 * MB of heap per MB of content text (Markdown, MDX, YAML). The largest heap in use, garbage
 * included, was 8.5–9.5 times the text at 10,000 entries under a limit; twice that leaves room.
 */
export const HEAP_PER_TEXT_MB = 20;

/**
 * The limit in MB for a province whose content text is `textBytes` long, or undefined when the
 * caller already sets one in NODE_OPTIONS (the command line would override theirs).
 */
export function astroHeapLimitMb(textBytes: number, nodeOptions = ''): number | undefined {
  if (/--max[-_]old[-_]space[-_]size/.test(nodeOptions)) return undefined;
  return Math.max(HEAP_FLOOR_MB, Math.ceil((HEAP_PER_TEXT_MB * textBytes) / 2 ** 20));
}
