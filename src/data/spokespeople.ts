/** Spokespeople as pages show them in a locale: current and former on the build date, units and texts resolved. */
import { buildDate, province } from 'virtual:portal';
import { getRecords } from './records.ts';
import { useTranslations } from '../i18n/ui.ts';
import { absoluteUrl, localePath } from '../i18n/urls.ts';
import { pickWithLang } from '../lib/localize.ts';
import { chainFor } from './fallback-chain.ts';
import { splitByTenure } from '../lib/spokespeople.ts';
import type { VcardPerson } from '../lib/vcard.ts';
import { localizedPaths } from '../lib/localized-paths.ts';
import type { SpokespersonView } from '../lib/views/spokespeople.ts';
import { siteKey } from './render-keys.ts';

/** Everyone in the people folder, in `lang`, split into current and former on the build date. */
export async function getSpokespeople(
  lang: string,
): Promise<{ current: SpokespersonView[]; former: SpokespersonView[] }> {
  const units = new Map((await getRecords('units')).map((u) => [u.id, u.data]));
  const people = (await getRecords('people')).map(({ id, data }): SpokespersonView => {
    const unit = units.get(data.unit);
    const title = pickWithLang(data.title, lang, chainFor(lang));
    const unitName = unit ? pickWithLang(unit.name, lang, chainFor(lang)) : { text: data.unit, lang: 'vi' };
    const by = pickWithLang(data.appointment.by, lang, chainFor(lang));
    return {
      slug: id,
      name: data.name,
      title: title.text,
      titleLang: title.lang,
      unit: unitName.text,
      unitLang: unitName.lang,
      phone: data.phone,
      email: data.email,
      languages: data.languages,
      topics: data.topics.map((t) => pickWithLang(t, lang, chainFor(lang))),
      appointment: {
        number: data.appointment.number,
        date: data.appointment.date,
        by: by.text,
        byLang: by.lang,
      },
      from: data.from,
      ...(data.to ? { to: data.to } : {}),
      sample: data.sample,
    };
  });
  return splitByTenure(people, buildDate);
}

/**
 * Every person (current and former) with their locale, for vCard paths. A vCard shows only the
 * person's and units' records, and who is in office on the build date: all in the site key.
 */
export async function spokespersonPaths() {
  const cacheKey = await siteKey('vcard');
  return localizedPaths(
    province.locales,
    async (lang) => {
      const { current, former } = await getSpokespeople(lang);
      return [...current, ...former];
    },
    (person) => ({ slug: person.slug, props: { person }, cacheKey }),
  );
}

/** Static paths of the directory of current spokespeople (one .vcf per locale), keyed like the vCards. */
export async function spokespeopleDirectoryPaths() {
  const cacheKey = await siteKey('vcard directory');
  return province.locales.map((lang) => ({ params: { lang }, cacheKey }));
}

/** The vCard fields of a person in `lang`; the note carries the topics and, for invented people, the sample notice. */
export function toVcard(p: SpokespersonView, lang: string): VcardPerson {
  const t = useTranslations(lang);
  const url = absoluteUrl(`${localePath(lang, 'spokespeople')}#${p.slug}`);
  const notes = [
    p.topics.length ? `${t('spokespeople.topics')}: ${p.topics.map((topic) => topic.text).join('; ')}` : '',
    p.sample ? t('notice.sample') : '',
  ].filter(Boolean);
  return {
    name: p.name,
    title: p.title,
    organization: p.unit,
    phone: p.phone,
    email: p.email,
    url,
    ...(notes.length ? { note: notes.join('\n') } : {}),
  };
}
