/**
 * A spokesperson as the spokespeople page and unit pages hand the card (src/data/spokespeople.ts
 * builds it): current or former on the build date, texts resolved through the locale's fallback chain.
 */
export interface SpokespersonView {
  slug: string;
  name: string;
  title: string;
  /** The language `title` is in: the page's, else the first of its fallback chain the entry has. */
  titleLang: string;
  /** The unit's name, through the same chain as the title. */
  unit: string;
  /** The language `unit` is in. */
  unitLang: string;
  phone: string;
  email: string;
  languages: string[];
  /** Each topic through the same chain as the title, with the language it is in. */
  topics: { text: string; lang: string }[];
  /** `by` (the appointing authority) through the same chain, `byLang` the language it is in. */
  appointment: { number: string; date: string; by: string; byLang: string };
  from: string;
  to?: string;
  sample: boolean;
}
