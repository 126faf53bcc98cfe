/**
 * Vietnamese labels of fields, added to messages: the same words the CMS forms show (one table,
 * src/schemas/field-labels.ts), plus the fields of province.yaml, which no form edits.
 */
import { FIELD_WORDS } from '../../schemas/field-labels.ts';

const LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FIELD_WORDS).filter(([key]) => /^\w+$/.test(key)).map(([key, words]) => [key, words.vi])),
  locales: 'Ngôn ngữ',
  site: 'Địa chỉ cổng thông tin',
};

/** "tasks[2].lead" → "tasks[2].lead (Đơn vị chủ trì)". */
export function labelField(field: string): string {
  const last = field.split('.').pop()!.replace(/\[\d+\]$/, '');
  const label = LABELS[last];
  return label ? `${field} (${label})` : field;
}

/** The Vietnamese label of a field name ("lead" → "Đơn vị chủ trì"), if it has one. */
export const labelOf = (key: string): string | undefined => (Object.hasOwn(LABELS, key) ? LABELS[key] : undefined);
