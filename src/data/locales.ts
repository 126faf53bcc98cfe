/** Static paths for pages that exist once per configured locale. */
import { province } from 'virtual:portal';

export const locales: readonly string[] = province.locales;

export function localeStaticPaths() {
  return province.locales.map((lang) => ({ params: { lang } }));
}
