import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { refusePlan, refuseText, sniffSource } from '../../src/lib/plan-import/source-check.ts';
import { readingOrder, signedPdf } from '../helpers/signed-pdf.ts';

const script = resolve('scripts', 'import-plan.ts');
const seeds = resolve('..', 'shared', 'seeds');

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-refuse-'));
  mkdirSync(join(dir, 'gia-lai', 'units'), { recursive: true });
  writeFileSync(join(dir, 'gia-lai', 'province.yaml'), 'default: true\n');
  return dir;
}

/** Runs the importer on `bytes` saved as `name`; returns its exit code, stderr and whether any plan was written. */
async function importBytes(name: string, bytes: Uint8Array | string) {
  const dir = content();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const r = await new Promise<{ status: number; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [script, path],
      { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } },
      (_err, _out, stderr) => done({ status: child.exitCode ?? -1, stderr }),
    );
  });
  const plans = join(dir, 'gia-lai', 'plans', 'vi');
  const written = existsSync(plans) ? readdirSync(plans).map((f) => readFileSync(join(plans, f), 'utf8')) : [];
  return { status: r.status, stderr: r.stderr, written };
}

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('what the importer makes of a file, by its bytes', () => {
  it.each([
    ['an image named .txt', png, /đây là một tệp ảnh \(png\)/u],
    ['binary bytes', Buffer.from([0x4b, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), /không phải chữ/u],
    ['control bytes in UTF-8', Buffer.from('Kế hoạch\u0001\u0002', 'utf8'), /dữ liệu nhị phân/u],
  ])('refuses %s', async (_label, bytes, message) => {
    const r = await sniffSource(bytes, 'plan.txt');
    expect(r.kind === 'refused' ? r.reason : r.kind).toMatch(message);
  });

  it('knows a PDF by "%PDF-" whatever its name, and text as text', async () => {
    expect(await sniffSource(Buffer.from('%PDF-1.7\n'), 'plan.txt')).toEqual({ kind: 'pdf' });
    expect(await sniffSource(Buffer.from('KẾ HOẠCH\n'), 'plan.pdf')).toEqual({ kind: 'text', text: 'KẾ HOẠCH\n' });
  });

  it('refuses an empty or a non-Vietnamese text, and a Vietnamese text that is not a plan', () => {
    expect(refuseText(' \n\n', 'a.txt')).toMatch(/^a\.txt: tệp không có chữ nào/u);
    expect(refuseText('PLAN\nI. PURPOSE\nThe province will promote its image abroad in 2024.\n', 'a.txt')).toMatch(
      /không phải tiếng Việt/u,
    );
    expect(refuseText(readFileSync(join(seeds, 'cao-xa-2023.txt'), 'utf8'), 'a.txt')).toBeUndefined();
    const letter = 'Kính gửi anh Nam,\nHôm nay trời đẹp, chúng tôi đi chợ mua rau và cá.\nTrân trọng.\n';
    expect(refuseText(letter, 'thu.txt')).toBeUndefined();
    expect(refusePlan(parsePlan(letter), 'thu.txt')).toMatch(
      /^thu\.txt: văn bản này không phải một kế hoạch \(không có chữ "Kế hoạch"\)/u,
    );
    expect(refusePlan(parsePlan(readFileSync(join(seeds, 'gia-lai-2024.txt'), 'utf8')), 'a.txt')).toBeUndefined();
  });
});

describe.concurrent('npm run import:plan refuses what is not a plan and writes nothing', () => {
  it.each([
    ['an image named .txt', 'plan.txt', png, /đây là một tệp ảnh \(png\)/u],
    [
      'Vietnamese text that is not a plan',
      'thu.txt',
      'Kính gửi anh Nam,\nHôm nay trời đẹp, chúng tôi đi chợ mua rau và cá.\nTrân trọng.\n',
      /không phải một kế hoạch/u,
    ],
    ['a PDF that cannot be opened', 'plan.pdf', '%PDF-1.7\nnot really a pdf', /không mở được tệp PDF/u],
  ])('%s', async (_label, name, bytes, message) => {
    const r = await importBytes(name, bytes);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(1);
    expect(r.written).toEqual([]);
  });

  it('says plainly that a PDF without a text layer (a scan) cannot be read, even named .txt', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.2, 0.2, 0.2) });
    const r = await importBytes('plan.txt', await pdf.save());
    expect(r.stderr).toMatch(/tệp PDF \(1 trang\) không có lớp chữ — có lẽ là bản quét/u);
    expect(r.status).toBe(1);
    expect(r.written).toEqual([]);
  });

  it('reads a PDF by its content even when named .txt: the entry holds the plan, not PDF bytes', async () => {
    const lines = readFileSync(join(seeds, 'kon-gang-2022.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const end = lines.indexOf('Nơi nhận:');
    const doc = {
      headerLeft: ['ỦY BAN NHÂN DÂN', 'XÃ KON GANG', 'Số: 45/KH-UBND'],
      headerRight: [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Kon Gang, ngày 05 tháng 5 năm 2022',
      ],
      body: lines.slice(0, end),
      closingLeft: lines.slice(end).filter((l, i) => i === 0 || l.startsWith('-')),
      closingRight: lines.slice(end).filter((l, i) => i > 0 && !l.startsWith('-')),
    };
    expect(readingOrder(doc).length).toBe(lines.length + 6);
    const r = await importBytes('plan.txt', await signedPdf(doc));
    expect(r.status).toBe(0);
    expect(r.written).toHaveLength(1);
    const entry = r.written[0] ?? '';
    expect(entry).not.toMatch(/%PDF|endobj|stream/u);
    expect(entry).toContain('number: 45/KH-UBND\n');
    expect(entry).toContain('issuedOn: 2022-05-05\n');
    expect(entry).toContain('name: Phạm Văn Hảo\n');
  });
});
