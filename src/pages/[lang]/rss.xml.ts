/** The locale's RSS 2.0 feed: press releases, statements, conference notices and newly issued plans, with absolute links. */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { province } from 'virtual:portal';
import { feedPaths, feedSources } from '../../data/feed.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { absoluteUrl, href, localePath } from '../../i18n/urls.ts';
import { feedItems } from '../../lib/feed-items.ts';
import { pick } from '../../lib/localize.ts';

export const getStaticPaths = feedPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Record<string, never>, Params> = async ({ params }) => {
  const { lang } = params;
  const t = useTranslations(lang);
  const name = pick(province.name, lang);
  const self = absoluteUrl(href(`/${lang}/rss.xml`));
  return rss({
    title: t('feed.title', { province: name }),
    description: t('feed.description', { province: name }),
    site: absoluteUrl(localePath(lang)),
    items: feedItems(await feedSources(lang), province.site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
