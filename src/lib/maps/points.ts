/** Which points a place's locator map marks: the place itself, then each other place at a position not yet marked. */
import type { MapPoint } from './locator-map.ts';

export interface PlacePosition {
  slug: string;
  lat: number;
  lon: number;
  title: string;
  /** Language the title is written in. */
  textLang: string;
}

export function mapPoints(current: PlacePosition, all: PlacePosition[], pageLang: string): MapPoint[] {
  const key = (p: PlacePosition) => `${p.lat},${p.lon}`;
  const seen = new Set([key(current)]);
  const point = (p: PlacePosition, highlight: boolean): MapPoint => ({
    lat: p.lat, lon: p.lon, name: p.title, highlight, lang: p.textLang !== pageLang ? p.textLang : undefined,
  });
  const out = [point(current, true)];
  for (const p of all) {
    if (p.slug === current.slug || seen.has(key(p))) continue;
    seen.add(key(p));
    out.push(point(p, false));
  }
  return out;
}
