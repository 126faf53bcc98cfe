/** Main navigation: which sections exist, in the order readers expect them. */

/** Section folder under src/pages/[lang]/ → its UI string key. */
export const NAV_SECTIONS = [
  ['plans', 'nav.plans'],
  ['places', 'nav.places'],
  ['invest', 'nav.invest'],
  ['press', 'nav.press'],
  ['spokespeople', 'nav.spokespeople'],
  ['calendar', 'nav.calendar'],
  ['about', 'nav.about'],
  ['search', 'nav.search'],
] as const;

/**
 * The sections whose index page exists, given the page files of the project, so that a
 * section not built yet never shows as a dead link.
 */
export function builtSections(pageFiles: string[]): (typeof NAV_SECTIONS)[number][] {
  const has = (section: string) =>
    pageFiles.some((f) => f.includes(`/[lang]/${section}/index.`) || f.includes(`/[lang]/${section}.`));
  return NAV_SECTIONS.filter(([section]) => has(section));
}
