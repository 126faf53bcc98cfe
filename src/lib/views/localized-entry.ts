/**
 * A prose entry as a page shows it in one locale (src/data/entries.ts builds it): its Vietnamese facts
 * with the fallback chain's translations laid over them, each part with its language. Generic in the
 * entry's data, so components name it with their concept's schema type (`LocalizedEntry<Plan>`) and
 * take nothing from src/data.
 */

/** A translation's words for one image (the output of `imageText`, src/schemas/image.ts). */
export interface ImageWords {
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A file of the collection: what render() takes. */
export interface EntryFile {
  id: string;
  body?: string;
  data: Record<string, unknown>;
}

export interface LocalizedEntry<Data, Source = { id: string; data: Data }> {
  slug: string;
  /** The locale asked for. */
  lang: string;
  /** The locale the title and summary are in: `lang`, or the fallback chain's first locale that has the piece. */
  textLang: string;
  /** True when no translation into `lang` exists and another language's text is shown. */
  fallback: boolean;
  /** True when the piece exists in `lang` but only in part (e.g. title and summary): the body is in `bodyLang`. */
  partial: boolean;
  /** The locale the body is in: the chain's first locale whose file has a body. */
  bodyLang: string;
  /** The language of each translated top-level field shown (title, summary, budget…); a field not listed is Vietnamese. */
  fieldLangs: Record<string, string>;
  /** For each list a translation repeats item by item (tasks, duties, attachments…), each item's language. */
  itemLangs: Record<string, string[]>;
  /** True when a translation shown, in whole or in part, is a draft (not reviewed by a person). */
  draft: boolean;
  /** True when the Vietnamese text changed after a translation shown was made (its fingerprint differs). */
  stale: boolean;
  /** The shown translation's alt text and captions (its `cover`, its `gallery` item by item); empty for Vietnamese. */
  imageText: { cover?: ImageWords; gallery: ImageWords[] };
  /** The language of `imageText`. */
  imageLang: string;
  /** Facts from the source, text from the translations, field by field. */
  data: Data;
  /** The entry whose body is shown (hand it to render()). */
  entry: EntryFile;
  /** The Vietnamese source entry. */
  source: Source;
  /** Locales the piece really exists in, Vietnamese first. */
  translatedIn: string[];
}
