/**
 * The two locator maps of a place page, drawn from the province's boundary data and the places'
 * coordinates. What does not depend on the page is drawn once per locale: the overview is the same
 * on every place page, and so is the detail map's background (its frame holds every place).
 */
import { province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { countries, countryBorders, provinceOutline, OVERVIEW_MIN_WEIGHT } from '../lib/maps/boundaries.ts';
import {
  detailBase,
  detailMapSvg,
  frameAround,
  nameNeighbours,
  overviewMapSvg,
  type DetailBase,
  type MapCountry,
} from '../lib/maps/locator-map.ts';
import { mapPoints, type PlacePosition } from '../lib/maps/points.ts';
import { useTranslations } from '../i18n/ui.ts';
import { pick } from '../lib/localize.ts';
import type { PlaceMaps } from '../lib/views/places.ts';

/** Middles of the archipelagos, where the overview marks them (Natural Earth 1:10m island centroids, rounded). */
const HOANG_SA = { lat: 16.5, lon: 112.0 };
const TRUONG_SA = { lat: 10.0, lon: 114.3 };

const position = (e: LocalizedEntry<'places'>): PlacePosition => ({
  slug: e.slug,
  lat: e.data.location.lat,
  lon: e.data.location.lon,
  title: e.data.title,
  textLang: e.textLang,
});

const once = <T>(make: () => T) => {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
};
const provinceShape = once(() => (province.mapRegions.length ? provinceOutline(province.mapRegions) : undefined));
const detailBorders = once(() => countryBorders());
const detailCountries = new Map<string, MapCountry[]>();
const countriesIn = (lang: string) => {
  const named = detailCountries.get(lang) ?? nameNeighbours(countries(), lang);
  detailCountries.set(lang, named);
  return named;
};
const overviews = new Map<string, string>();
const detailBases = new Map<string, DetailBase>();

function overviewMap(lang: string): string {
  const drawn = overviews.get(lang);
  if (drawn !== undefined) return drawn;
  const t = useTranslations(lang);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const provinceName = pick(province.name, lang);
  const neighbours = nameNeighbours(countries(OVERVIEW_MIN_WEIGHT), lang);
  const overview = overviewMapSvg({
    id: 'portal-map-overview',
    outline: provinceShape(),
    countries: neighbours,
    borders: countryBorders(OVERVIEW_MIN_WEIGHT),
    lang,
    title: t('places.map.overview.title', { province: provinceName }),
    desc: t('places.map.overview.desc', {
      province: provinceName,
      countries: list.format(neighbours.flatMap((c) => (c.label ? [c.label] : []))),
    }),
    sea: t('places.map.sea'),
    country: t('places.map.vietNam'),
    archipelagos: [
      { name: t('places.map.hoangSa'), ...HOANG_SA },
      { name: t('places.map.truongSa'), ...TRUONG_SA },
    ],
  });
  overviews.set(lang, overview);
  return overview;
}

export async function placeMaps(item: LocalizedEntry<'places'>): Promise<PlaceMaps> {
  const { lang } = item;
  const t = useTranslations(lang);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const provinceName = pick(province.name, lang);
  const outline = provinceShape();
  const all = (await getLocalized('places', lang)).map(position);
  const points = mapPoints(position(item), all, lang);
  // Around every place, so that every page of the locale shares the frame and its base; keyed by
  // the frame too, as detailMapSvg would draw a base of another frame anew anyway.
  const frame = frameAround(outline, all);
  const key = `${lang} ${frame.west} ${frame.south} ${frame.east} ${frame.north}`;
  const base =
    detailBases.get(key) ?? detailBase({ outline, countries: countriesIn(lang), borders: detailBorders() }, frame);
  detailBases.set(key, base);
  const detail = detailMapSvg(
    {
      id: 'portal-map-detail',
      outline,
      countries: countriesIn(lang),
      borders: detailBorders(),
      points,
      provinceName,
      lang,
      frame,
      title: t('places.map.detail.title', { place: item.data.title, province: provinceName }),
      desc: (shown) =>
        t('places.map.detail.desc', { province: provinceName, points: list.format(points.map((p) => p.name)) }) +
        (shown.length ? t('places.map.detail.neighbours', { countries: list.format(shown) }) : ''),
      kmLabel: (km) => t('places.map.km', { km }),
    },
    base,
  );
  return { detail, overview: overviewMap(lang), regions: province.mapRegions };
}
