/**
 * What place and profile pages hand their components (src/data/places.ts and nearby.ts build them):
 * types only, generic in the entry's data so components name them with the schema's type.
 */
import type { ResolvedImage } from '../images/resolved-image.ts';
import type { LocalizedEntry } from './localized-entry.ts';

/** A link from a piece to another page: its slug and title in the page's language. */
export interface PlaceLink {
  slug: string;
  title: string;
}

/** A piece in a list: the localized entry and its cover picture resolved. */
export interface PlaceCard<Data, Source = { id: string; data: Data }> {
  item: LocalizedEntry<Data, Source>;
  cover: ResolvedImage;
}

/** A link between a place and an investment profile in or near it. */
export interface NearbyLink {
  slug: string;
  title: string;
  /** Straight-line distance, in kilometres. */
  km: number;
  sameCommune: boolean;
}

/** The two locator maps of a place page, drawn as SVG at build time (src/data/locator-maps.ts). */
export interface PlaceMaps {
  detail: string;
  overview: string;
  /** The pre-2025 provinces joined into the outline (empty when the province names none). */
  regions: readonly string[];
}
