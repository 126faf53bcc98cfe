/** The two locator maps of a place page, drawn from the province's boundary data and the places' coordinates. */
import { province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { countries, countryBorders, provinceOutline, OVERVIEW_MIN_WEIGHT } from '../lib/maps/boundaries.ts';
import { detailMapSvg, nameNeighbours, overviewMapSvg } from '../lib/maps/locator-map.ts';
import { mapPoints, type PlacePosition } from '../lib/maps/points.ts';
import { useTranslations } from '../i18n/ui.ts';
import { pick } from '../lib/localize.ts';

/** Middles of the archipelagos, where the overview marks them (Natural Earth 1:10m island centroids, rounded). */
const HOANG_SA = { lat: 16.5, lon: 112.0 };
const TRUONG_SA = { lat: 10.0, lon: 114.3 };

export interface PlaceMaps {
  detail: string;
  overview: string;
  /** The pre-2025 provinces joined into the outline (empty when the province names none). */
  regions: readonly string[];
}

const position = (e: LocalizedEntry<'places'>): PlacePosition => ({ slug: e.slug, lat: e.data.location.lat, lon: e.data.location.lon, title: e.data.title, textLang: e.textLang });

export async function placeMaps(item: LocalizedEntry<'places'>): Promise<PlaceMaps> {
  const { lang } = item;
  const t = useTranslations(lang);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const provinceName = pick(province.name, lang);
  const outline = province.mapRegions.length ? provinceOutline(province.mapRegions) : undefined;
  const points = mapPoints(position(item), (await getLocalized('places', lang)).map(position), lang);
  const detail = detailMapSvg({
    id: 'portal-map-detail', outline, countries: nameNeighbours(countries(), lang), borders: countryBorders(), points, provinceName, lang,
    title: t('places.map.detail.title', { place: item.data.title, province: provinceName }),
    desc: (shown) => t('places.map.detail.desc', { province: provinceName, points: list.format(points.map((p) => p.name)) })
      + (shown.length ? t('places.map.detail.neighbours', { countries: list.format(shown) }) : ''),
    kmLabel: (km) => t('places.map.km', { km }),
  });
  const neighbours = nameNeighbours(countries(OVERVIEW_MIN_WEIGHT), lang);
  const overview = overviewMapSvg({
    id: 'portal-map-overview', outline, countries: neighbours, borders: countryBorders(OVERVIEW_MIN_WEIGHT), lang,
    title: t('places.map.overview.title', { province: provinceName }),
    desc: t('places.map.overview.desc', { province: provinceName, countries: list.format(neighbours.flatMap((c) => (c.label ? [c.label] : []))) }),
    sea: t('places.map.sea'),
    country: t('places.map.vietNam'),
    archipelagos: [{ name: t('places.map.hoangSa'), ...HOANG_SA }, { name: t('places.map.truongSa'), ...TRUONG_SA }],
  });
  return { detail, overview, regions: province.mapRegions };
}
