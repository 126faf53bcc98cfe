/** Items of a locale's RSS feed: press and plans together, newest first, with absolute links. */

export interface FeedSource {
  title: string;
  summary: string;
  /** Site path, e.g. /en/press/visa-exemption/. */
  path: string;
  /** Day of publication, YYYY-MM-DD; items without one are left out (a feed item needs a date). */
  date?: string;
  /** Category shown by feed readers, e.g. "Press release". */
  category: string;
}

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** Feed items from press and plans, newest first, at most `limit` of them. */
export function feedItems(sources: readonly FeedSource[], site: string | URL, limit = 50): FeedItem[] {
  return sources
    .filter((s): s is FeedSource & { date: string } => Boolean(s.date))
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((s) => ({
      title: s.title,
      description: s.summary,
      link: new URL(s.path, site).href,
      // Noon in Việt Nam (UTC+7), so the day shown is the same in every time zone of the region.
      pubDate: new Date(`${s.date}T12:00:00+07:00`),
      categories: [s.category],
    }));
}
