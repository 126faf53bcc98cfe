/** What the search box sends to the index: the reader's words, with Khmer split the way the index was. */
import { khmerWords } from './aliases.ts';

/** Trims and collapses spaces; splits each Khmer run into its words so each is looked up on its own. */
export function prepareQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text.replace(/[\u1780-\u17FF\u19E0-\u19FF]+/g, (run) => {
    const words = khmerWords(run);
    return words.length > 1 ? words.join(' ') : run;
  });
}
