/** The three seed plans (../shared/seeds/) laid out as signed documents: the header a signed original carries, then the seed's text. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SignedDocument } from './signed-pdf.ts';

export const seedsDir = resolve('..', 'shared', 'seeds');

const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** Seed file, header left (issuing body, "Số: …") and header right (motto, place and date). */
export const seedHeaders: [string, string[], string[]][] = [
  [
    'gia-lai-2024.txt',
    ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', 'Số: 3021/KH-UBND'],
    [...motto, 'Gia Lai, ngày 29 tháng 12 năm 2023'],
  ],
  [
    'kon-gang-2022.txt',
    ['ỦY BAN NHÂN DÂN', 'XÃ KON GANG', 'Số: 45/KH-UBND'],
    [...motto, 'Kon Gang, ngày 05 tháng 5 năm 2022'],
  ],
  [
    'cao-xa-2023.txt',
    ['ỦY BAN NHÂN DÂN', 'XÃ CAO XÁ', 'Số: 12/KH-UBND'],
    [...motto, 'Cao Xá, ngày 15 tháng 3 năm 2023'],
  ],
];

/** A seed laid out as a signed document: header columns (when given), centred title, body, closing in two columns. */
export function seedDocument(name: string, headerLeft: string[], headerRight: string[]): SignedDocument {
  const lines = readFileSync(resolve(seedsDir, name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const closing = lines.indexOf('Nơi nhận:');
  const tail = lines.slice(closing);
  const firstBody = lines.findIndex((l) => /^(?:Căn cứ|Thực hiện)\s/u.test(l));
  const title = new Set(lines.slice(0, firstBody));
  return {
    headerLeft,
    headerRight,
    body: lines.slice(0, closing),
    centred: (l) => title.has(l),
    closingLeft: tail.filter((l, i) => i === 0 || l.startsWith('-')),
    closingRight: tail.filter((l, i) => i > 0 && !l.startsWith('-')),
  };
}

/** The signed document of one seed by file name. */
export function seedSigned(name: string): SignedDocument {
  const found = seedHeaders.find(([n]) => n === name);
  if (found === undefined) throw new Error(`no seed ${name}`);
  return seedDocument(...found);
}
