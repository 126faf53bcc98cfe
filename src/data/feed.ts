/** What a locale's RSS feed carries: press items and plans with a date of issue, as feed sources. */
import { getLocalized } from './entries.ts';
import { getPress } from './press.ts';
import { useTranslations } from '../i18n/ui.ts';
import { localePath } from '../i18n/urls.ts';
import { feedItems, type FeedSource } from '../lib/feed-items.ts';
import { province } from 'virtual:portal';
import { siteKey } from './render-keys.ts';

export async function feedSources(lang: string): Promise<FeedSource[]> {
  const t = useTranslations(lang);
  const press = (await getPress(lang)).map((p) => ({
    title: p.data.title,
    summary: p.data.summary,
    path: localePath(lang, 'press', p.slug),
    date: p.data.date,
    category: t(`press.kind.${p.data.kind}`),
  }));
  const plans = (await getLocalized('plans', lang)).map((p) => ({
    title: p.data.number ? `${p.data.number}: ${p.data.title}` : p.data.title,
    summary: p.data.summary ?? p.data.purpose[0] ?? p.data.title,
    path: localePath(lang, 'plans', p.slug),
    date: p.data.issuedOn,
    category: t('feed.category.plan'),
  }));
  return [...press, ...plans];
}

/**
 * Static paths of the RSS feed of every locale, keyed by the items it carries (titles, summaries,
 * dates: no body) and the site-wide facts (the province's name and address): an edit to a body,
 * or to a piece too old to be listed, copies the feed.
 */
export function feedPaths() {
  return Promise.all(
    province.locales.map(async (lang) => ({
      params: { lang },
      cacheKey: await siteKey('rss', JSON.stringify(feedItems(await feedSources(lang), province.site))),
    })),
  );
}
