import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ocrWords } from '../../src/lib/plan-import/ocr-words.ts';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { pdfLines } from '../../src/lib/plan-import/pdf-lines.ts';
import { planSource } from '../../src/schemas/plan.ts';
import { scannedPdf } from '../helpers/scanned-pdf.ts';
import { seedSigned } from '../helpers/seed-documents.ts';
import { readingOrder } from '../helpers/signed-pdf.ts';

const script = resolve('scripts', 'import-plan.ts');

/** Tesseract with Vietnamese data on this machine? */
function tesseractReady(): boolean {
  try {
    return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split(/\s+/u)
      .includes('vie');
  } catch {
    return false;
  }
}
const ready = tesseractReady();
if (!ready)
  console.warn(
    'Bỏ qua phép thử OCR: máy này chưa có Tesseract với dữ liệu tiếng Việt (cài: apt-get install tesseract-ocr tesseract-ocr-vie).',
  );

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ocr-'));
  execFileSync('mkdir', ['-p', join(dir, 'gia-lai', 'units')]);
  writeFileSync(join(dir, 'gia-lai', 'province.yaml'), 'name:\n  vi: Gia Lai\n');
  return dir;
}
const run = (args: string[], dir: string, path = process.env.PATH) =>
  spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir, PATH: path },
  });

describe('a scanned page in reading order (Tesseract TSV → lines)', () => {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const line = (block: number, left: number, top: number, width: number) =>
    `4\t1\t${block}\t1\t1\t0\t${left}\t${top}\t${width}\t30\t-1\t`;
  const word = (block: number, left: number, top: number, text: string) =>
    `5\t1\t${block}\t1\t1\t1\t${left}\t${top}\t${text.length * 15}\t28\t95\t${text}`;
  it('reads the header left column (body, number) before the right one (motto, date), words spaced', () => {
    const tsv = [
      head,
      line(1, 100, 100, 300),
      word(1, 100, 100, 'ỦY'),
      word(1, 150, 100, 'BAN'),
      line(2, 900, 102, 600),
      word(2, 900, 102, 'CỘNG'),
      word(2, 990, 102, 'HÒA'),
      line(3, 100, 150, 300),
      word(3, 100, 150, 'Số:'),
      word(3, 160, 150, '45/KH-UBND'),
      line(4, 900, 151, 600),
      word(4, 900, 151, 'Kon'),
      word(4, 960, 151, 'Gang,'),
    ].join('\n');
    expect(pdfLines(ocrWords(tsv, 2000), 1800)).toEqual(['ỦY BAN', 'Số: 45/KH-UBND', 'CỘNG HÒA', 'Kon Gang,']);
  });
});

describe('npm run import:plan on a scan (image-only PDF) without Tesseract', () => {
  const scan = (async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plan-scan-')), 'ke-hoach-quet.pdf');
    writeFileSync(file, await scannedPdf(seedSigned('kon-gang-2022.txt')));
    return file;
  })();

  it('says in Vietnamese how to install it and writes nothing', async () => {
    const dir = content();
    const r = run([await scan, '--province', 'gia-lai'], dir, mkdtempSync(join(tmpdir(), 'no-tesseract-')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không có lớp chữ');
    expect(r.stderr).toContain('chưa có chương trình nhận dạng chữ Tesseract');
    expect(r.stderr).toContain('sudo apt-get install tesseract-ocr tesseract-ocr-vie');
    expect(existsSync(join(dir, 'gia-lai', 'plans'))).toBe(false);
  });

  it('says so when Tesseract lacks the Vietnamese data', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'eng-only-'));
    writeFileSync(
      join(bin, 'tesseract'),
      '#!/bin/sh\necho \'List of available languages in "/usr/share/tessdata/" (1):\'\necho eng\n',
    );
    chmodSync(join(bin, 'tesseract'), 0o755);
    const dir = content();
    const r = run([await scan, '--province', 'gia-lai'], dir, `${bin}:/usr/bin:/bin`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('thiếu dữ liệu tiếng Việt (vie)');
    expect(existsSync(join(dir, 'gia-lai', 'plans'))).toBe(false);
  });
});

describe.skipIf(!ready)('npm run import:plan on a scan with Tesseract (tesseract-ocr, tesseract-ocr-vie)', () => {
  it('OCRs the pages, writes the entry marked for review, and names the fields that came from OCR', async () => {
    const doc = seedSigned('kon-gang-2022.txt');
    const file = join(mkdtempSync(join(tmpdir(), 'plan-scan-')), 'ke-hoach-quet.pdf');
    writeFileSync(file, await scannedPdf(doc));
    const dir = content();
    const r = run([file, '--province', 'gia-lai'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Đọc bằng nhận dạng chữ \(OCR\) từ bản quét \(\d+ trang, độ tin cậy trung bình \d+%\)/u);
    expect(r.stderr).toContain('Số hiệu (number)');
    const written = readFileSync(join(dir, 'gia-lai', 'plans', 'vi', '2022-ubnd-xa-kon-gang-45-kh-ubnd.md'), 'utf8');
    const data = planSource.parse(parse(written.split('---\n')[1] ?? ''));
    expect(data.needsReview).toMatch(
      /^Đọc bằng nhận dạng chữ \(OCR\) từ bản quét \(độ tin cậy trung bình \d+%\).*Số hiệu \(number\), Cơ quan ban hành \(issuer\)/u,
    );

    // Against the text import of the same document: the header and the closing block are read alike.
    const fromText = parsePlan(readingOrder(doc).join('\n'), 'pdf');
    expect({
      number: data.number,
      issuer: data.issuer,
      place: data.place,
      issuedOn: data.issuedOn,
      title: data.title,
      year: data.year,
      level: data.level,
      signer: data.signer,
    }).toEqual({
      number: fromText.number,
      issuer: 'ubnd-xa-kon-gang',
      place: fromText.place,
      issuedOn: fromText.issuedOn,
      title: fromText.title,
      year: fromText.year,
      level: fromText.level,
      signer: fromText.signer,
    });
    // The body may differ: OCR misreads single letters ("NỘI DŨNG" for "NỘI DUNG" makes a section heading
    // unknown, so its tasks are lost); that is why the entry is marked for review rather than trusted.
  }, 480_000);
});
