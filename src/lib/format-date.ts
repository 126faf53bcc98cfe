/** Dates written for readers: an ISO day (YYYY-MM-DD) in a locale's long form, the same in every time zone. */

const cache = new Map<string, Intl.DateTimeFormat>();

/** "7 May 2024", "7 tháng 5, 2024", "2024년 5월 7일"… for an ISO day and an Intl locale tag. */
export function formatDay(iso: string, intlLocale: string, withYear = true): string {
  const key = `${intlLocale}|${withYear}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale, {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    cache.set(key, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

const longCache = new Map<string, Intl.DateTimeFormat>();

/** An ISO day in the locale's `dateStyle: 'long'` ("September 1, 2025", "1 tháng 9, 2025"), one formatter per locale. */
export function formatLongDay(iso: string, intlLocale: string): string {
  let f = longCache.get(intlLocale);
  if (!f) longCache.set(intlLocale, (f = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** A language's name in the reader's language ("Vietnamese", "tiếng Anh"), or the tag itself if unknown. */
export function languageLabel(tag: string, intlLocale: string): string {
  try {
    return new Intl.DisplayNames([intlLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
