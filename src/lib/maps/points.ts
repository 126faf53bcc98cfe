/**
 * Which points a place's locator map marks: the place itself, then each other place at a position
 * not yet marked, at most MAP_NEIGHBOURS of them, the nearest. A province of hundreds of pieces would
 * otherwise write hundreds of names on a 600-pixel map, and place every one of them on every page
 * (label placement grows as the square of the points: most of a place page's time at 2,000 entries).
 */
import { haversineKm } from '../geo/nearness.ts';
import type { MapPoint } from './locator-map.ts';

/** Other places a locator map marks at most. */
export const MAP_NEIGHBOURS = 20;

export interface PlacePosition {
  slug: string;
  lat: number;
  lon: number;
  title: string;
  /** Language the title is written in. */
  textLang: string;
}

export function mapPoints(
  current: PlacePosition,
  all: PlacePosition[],
  pageLang: string,
  max = MAP_NEIGHBOURS,
): MapPoint[] {
  const key = (p: PlacePosition) => `${p.lat},${p.lon}`;
  const seen = new Set([key(current)]);
  const point = (p: PlacePosition, highlight: boolean): MapPoint => ({
    lat: p.lat,
    lon: p.lon,
    name: p.title,
    highlight,
    lang: p.textLang !== pageLang ? p.textLang : undefined,
  });
  const others: { p: PlacePosition; at: number }[] = [];
  for (const p of all) {
    if (p.slug === current.slug || seen.has(key(p))) continue;
    seen.add(key(p));
    others.push({ p, at: others.length });
  }
  // The nearest `max`, kept in the order given (ties: the earlier first).
  const kept =
    others.length <= max
      ? others
      : others
          .map((o) => ({ ...o, km: haversineKm(current, o.p) }))
          .sort((a, b) => a.km - b.km || a.at - b.at)
          .slice(0, max)
          .sort((a, b) => a.at - b.at);
  return [point(current, true), ...kept.map((o) => point(o.p, false))];
}
