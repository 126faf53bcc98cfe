/**
 * Links between places and the investment profiles in or near them (same commune or within
 * NEAR_KM), assembled once per locale so a place page and a profile page agree.
 */
import slugify from '@sindresorhus/slugify';
import { getLocalized } from './entries.ts';
import { getProfiles } from './profiles.ts';
import { nearby } from '../lib/geo/nearness.ts';
import type { NearbyLink } from '../lib/views/places.ts';

interface Point {
  slug: string;
  title: string;
  lat: number;
  lon: number;
  commune?: string;
}

const pointsByLang = new Map<string, Promise<{ places: Point[]; profiles: Point[] }>>();
/** Every place and profile of a locale as a point, once per locale (each place and profile page reads them all). */
function points(lang: string): Promise<{ places: Point[]; profiles: Point[] }> {
  const loading = pointsByLang.get(lang) ?? loadPoints(lang);
  pointsByLang.set(lang, loading);
  return loading;
}

async function loadPoints(lang: string): Promise<{ places: Point[]; profiles: Point[] }> {
  const places = (await getLocalized('places', lang)).map((p) => ({
    slug: p.slug,
    title: p.data.title,
    lat: p.data.location.lat,
    lon: p.data.location.lon,
  }));
  const profiles = (await getProfiles(lang)).map((p) => ({
    slug: p.slug,
    title: p.title,
    lat: p.entry.data.location.lat,
    lon: p.entry.data.location.lon,
    commune: slugify(p.entry.data.location.commune.vi),
  }));
  return { places, profiles };
}

const links = (origin: Point, candidates: Point[]): NearbyLink[] =>
  nearby(origin, candidates).map(({ item, km, sameCommune }) => ({
    slug: item.slug,
    title: item.title,
    km,
    sameCommune,
  }));

/** The profiles in or near the place `slug`, nearest first. */
export async function profilesNearPlace(lang: string, slug: string): Promise<NearbyLink[]> {
  const { places, profiles } = await points(lang);
  const place = places.find((p) => p.slug === slug);
  return place ? links(place, profiles) : [];
}

/** The places in or near the profile `slug`, nearest first. */
export async function placesNearProfile(lang: string, slug: string): Promise<NearbyLink[]> {
  const { places, profiles } = await points(lang);
  const profile = profiles.find((p) => p.slug === slug);
  return profile ? links(profile, places) : [];
}
