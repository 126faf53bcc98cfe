/**
 * What editors call each kind of entry on the command line (`npm run new -- di-san`): a
 * Vietnamese name without diacritics first, then English ones, and the registry's own name.
 */
import { conceptNames, type ConceptName } from '../schemas/registry.ts';

export interface KindNames {
  /** Shown in `--help` and in prompts. */
  label: string;
  /** Every word that selects this kind: the Vietnamese one help suggests, then the English one. */
  words: readonly string[];
}

export const KIND_NAMES: Record<ConceptName, KindNames> = {
  press: { label: 'Thông cáo báo chí', words: ['thong-cao', 'press', 'press-release', 'release'] },
  plans: { label: 'Kế hoạch', words: ['ke-hoach', 'plans', 'plan'] },
  places: { label: 'Di sản, địa danh', words: ['di-san', 'heritage', 'places', 'place', 'dia-danh'] },
  profiles: { label: 'Dự án kêu gọi đầu tư', words: ['du-an', 'profiles', 'profile', 'invest', 'project', 'dau-tu'] },
  pages: { label: 'Trang giới thiệu', words: ['trang', 'pages', 'page'] },
  units: { label: 'Cơ quan, đơn vị', words: ['don-vi', 'co-quan', 'units', 'unit'] },
  people: { label: 'Người phát ngôn', words: ['nguoi-phat-ngon', 'people', 'person', 'spokesperson'] },
  legal: { label: 'Văn bản pháp luật', words: ['van-ban', 'legal', 'law'] },
  anniversaries: { label: 'Ngày kỷ niệm', words: ['ngay-ky-niem', 'anniversaries', 'anniversary', 'ky-niem'] },
  exchangeRates: { label: 'Tỷ giá', words: ['ty-gia', 'exchange-rates', 'exchange-rate', 'exchangeRates'] },
};

/** The kind a word names (case and surrounding spaces ignored), or undefined. */
export function kindFromWord(word: string): ConceptName | undefined {
  const w = word.trim().toLowerCase();
  // No word names two kinds (tests/unit/entry-kinds.test.ts), so the order searched does not matter.
  return conceptNames.find((n) => KIND_NAMES[n].words.some((x) => x.toLowerCase() === w));
}

/** One line per kind for help and prompts: "  thong-cao (press)   Thông cáo báo chí". */
export function kindLines(): string[] {
  const rows = Object.values(KIND_NAMES).map((k) => [`${k.words[0]} (${k.words[1]})`, k.label] as const);
  const width = Math.max(...rows.map(([w]) => w.length));
  return rows.map(([w, label]) => `  ${w.padEnd(width)}  ${label}`);
}
