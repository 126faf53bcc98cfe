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

// Astro.locals carries it as `portalPlace`, declared in src/env.d.ts.
export function setPlaceContext(locals: App.Locals, context: PlaceContext): void {
  locals.portalPlace = context;
}

export function getPlaceContext(locals: App.Locals): PlaceContext {
  const context = locals.portalPlace;
  if (!context)
    throw new Error('<Gallery /> and <Figure /> work only inside a place page (setPlaceContext was not called)');
  return context;
}

/** Positions an MDX body shows inline with <Figure n="…" />. */
export function inlineFigures(body: string): number[] {
  return [...body.matchAll(/<Figure\s+n="(\d+)"/g)].map((m) => Number(m[1]));
}
