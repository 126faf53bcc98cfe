/**
 * What a place page hands to the components an MDX piece may use (<Gallery />, <Figure n="2" />):
 * MDX content may not pass data itself, so the page puts it on Astro.locals for this render.
 */
import type { ResolvedImage } from '../../lib/images/resolved-image.ts';

export interface PlaceContext {
  lang: string;
  gallery: ResolvedImage[];
  /** Gallery positions (1-based) the text already shows with <Figure n="…" />, left out of <Gallery />. */
  inline: number[];
}

const KEY = 'portalPlace';

export function setPlaceContext(locals: object, context: PlaceContext): void {
  (locals as Record<string, unknown>)[KEY] = context;
}

export function getPlaceContext(locals: object): PlaceContext {
  const context = (locals as Record<string, unknown>)[KEY] as PlaceContext | undefined;
  if (!context)
    throw new Error('<Gallery /> and <Figure /> work only inside a place page (setPlaceContext was not called)');
  return context;
}

/** Positions an MDX body shows inline with <Figure n="…" />. */
export function inlineFigures(body: string): number[] {
  return [...body.matchAll(/<Figure\s+n="(\d+)"/g)].map((m) => Number(m[1]));
}
