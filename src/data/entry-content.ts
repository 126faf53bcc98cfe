/** The body of a localized entry, rendered: what a detail page shows under its facts. */
import { render } from 'astro:content';
import type { EntryFile } from '../lib/views/localized-entry.ts';

/** Renders `entry` (a LocalizedEntry's `entry`: the source file, or the translation whose body is shown). */
export async function entryContent(entry: EntryFile) {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- entries.ts keeps the shown file, from the concept's source collection or its translations' (`<concept>I18n`), as the common EntryFile; render() takes an entry of any collection, but its type names one collection at a time.
  const { Content } = await render(entry as Parameters<typeof render>[0]);
  return Content;
}
