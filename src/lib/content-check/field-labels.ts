/**
 * Labels of fields, added to messages in the check's language: the same words the CMS forms show
 * (one table, src/lib/field-words.ts), plus the fields of province.yaml, which no form edits.
 */
import { FIELD_WORDS } from '../field-words.ts';

const PROVINCE_FIELDS = {
  locales: { vi: 'Ngôn ngữ', en: 'Languages' },
  site: { vi: 'Địa chỉ cổng thông tin', en: 'Portal address' },
  // The CMS settings (cms:), which only the maintainer writes, once (docs/cms-setup.md).
  repo: { vi: 'Kho GitHub', en: 'GitHub repository' },
  branch: { vi: 'Nhánh', en: 'Branch' },
  authUrl: { vi: 'Dịch vụ đăng nhập', en: 'Sign-in service' },
};
const labelsIn = (lang: 'vi' | 'en'): Record<string, string> => ({
  ...Object.fromEntries(
    Object.entries(FIELD_WORDS)
      .filter(([key]) => /^\w+$/.test(key))
      .map(([key, words]) => [key, words[lang]]),
  ),
  ...Object.fromEntries(Object.entries(PROVINCE_FIELDS).map(([key, words]) => [key, words[lang]])),
});
const LABELS = { vi: labelsIn('vi'), en: labelsIn('en') };

/** "tasks[2].lead" → "tasks[2].lead (Đơn vị chủ trì)". */
export function labelField(field: string): string {
  const last = field.slice(field.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
  const label = LABELS.vi[last];
  return label ? `${field} (${label})` : field;
}

/** The label of a field name in `lang` ("lead" → "Đơn vị chủ trì", "Lead unit"), if it has one. */
export const labelOf = (key: string, lang: 'vi' | 'en' = 'vi'): string | undefined =>
  Object.hasOwn(LABELS[lang], key) ? LABELS[lang][key] : undefined;
