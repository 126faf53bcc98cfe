import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { pdfLines } from '../../src/lib/plan-import/pdf-lines.ts';
import { readPdfText } from '../../src/node/plan-pdf.ts';
import { seedDocument, seedHeaders } from '../helpers/seed-documents.ts';
import { readingOrder, signedPdf } from '../helpers/signed-pdf.ts';

const cases = seedHeaders;

describe('reading order of a PDF page (pdfLines)', () => {
  const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, height: 10 });
  it('reads the left column of the header before the right, and joins runs on one baseline', () => {
    const lines = pdfLines(
      [
        item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 320, 800),
        item('ỦY BAN NHÂN DÂN', 50, 800),
        item('TỈNH GIA LAI', 60, 787),
        item('Độc lập - Tự do - Hạnh phúc', 330, 787),
        item('Số: 02/KH-UBND', 55, 774),
        item('Gia Lai, ngày 03 tháng 01 năm 2025', 330, 774),
        item('KẾ HOẠCH', 270, 740),
        item('Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm', 50, 720),
        item('2015 của Chính phủ;', 323, 720.5),
      ],
      595,
    );
    expect(lines).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH GIA LAI',
      'Số: 02/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 03 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ;',
    ]);
  });

  it('reads recipients before the signer, the name under the title included', () => {
    const lines = pdfLines(
      [
        item('Nơi nhận:', 50, 200),
        item('TM. ỦY BAN NHÂN DÂN', 360, 200),
        item('- Lưu: VT.', 50, 187),
        item('CHỦ TỊCH', 380, 187),
        item('Phạm Văn Hảo', 370, 150),
      ],
      595,
    );
    expect(lines).toEqual(['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Văn Hảo']);
  });
});

describe('a signed PDF of each seed reads as its plain text', () => {
  for (const [name, left, right] of cases) {
    it(`${name}: every field of the PDF import equals the text import of the same document`, async () => {
      const doc = seedDocument(name, left, right);
      const { text, pages } = await readPdfText(await signedPdf(doc));
      expect(pages).toBeGreaterThan(1);
      const fromPdf = parsePlan(text, 'pdf');
      const fromText = parsePlan(readingOrder(doc).join('\n'), 'pdf');
      expect(fromPdf.number).toBe(left[2]?.replace('Số: ', ''));
      expect(fromPdf.issuedOn).toMatch(/^20\d\d-\d\d-\d\d$/u);
      expect(fromPdf.signer?.name).toBe(doc.closingRight.at(-1));
      // Page breaks add form feeds the text lacks; cleaning removes them, so every field matches.
      expect(fromPdf).toEqual(fromText);
    });
  }
});
