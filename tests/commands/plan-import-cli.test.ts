import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const script = resolve('scripts', 'import-plan.ts');
const seeds = resolve('..', 'shared', 'seeds');

/** Runs the importer with its own content folder; returns exit code, stdout and stderr. */
function run(args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function contentWithProvince(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
  mkdirSync(join(dir, 'gia-lai', 'units'), { recursive: true });
  writeFileSync(join(dir, 'gia-lai', 'province.yaml'), 'default: true\n');
  writeFileSync(join(dir, 'gia-lai', 'units', 'so-ngoai-vu.yaml'), 'name:\n  vi: Sở Ngoại vụ\n');
  return dir;
}

/** A minimal .docx: a zip (stored, not deflated) of the three parts Word needs. */
function docx(paragraphs: string[]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    ],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += head.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const docxPlan = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH GIA LAI',
  'Số: 02/KH-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Gia Lai, ngày 03 tháng 01 năm 2025',
  'KẾ HOẠCH',
  'Hoạt động thông tin đối ngoại năm 2025 trên địa bàn tỉnh Gia Lai',
  'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
  'I. NỘI DUNG THỰC HIỆN',
  '1. Quảng bá hình ảnh tỉnh',
  '- Thời gian thực hiện: Cả năm 2025.',
  '- Đơn vị chủ trì: Sở Ngoại vụ.',
  '- Đơn vị phối hợp: Báo Gia Lai; Đài Phát thanh - Truyền hình Gia Lai.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Ngoại vụ',
  '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2025.',
  'Nơi nhận:',
  '- Bộ Ngoại giao;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
];

describe('npm run import:plan', () => {
  it('prints the parsed plan as JSON with --json', () => {
    const r = run([join(seeds, 'kon-gang-2022.txt'), '--json'], contentWithProvince());
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({
      issuer: 'Ủy ban nhân dân xã Kon Gang',
      year: 2022,
      missing: ['number', 'place', 'issuedOn', 'budget', 'basis'],
    });
  });

  it('writes the entry, reports what is missing and the units, and refuses to overwrite without --force', () => {
    const content = contentWithProvince();
    const r = run([join(seeds, 'gia-lai-2024.txt')], content);
    expect(r.status).toBe(0);
    const file = join(content, 'gia-lai', 'plans', 'vi', '2024-ubnd-tinh-gia-lai-ke-hoach-ttdn.md');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^---\ntitle: Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai\n/u,
    );
    expect(r.stderr).toContain(
      'Not in the text (add by hand if the signed original shows it):\n  - number\n  - place\n  - issuedOn',
    );
    expect(r.stderr).toContain('  - so-ngoai-vu — Sở Ngoại vụ\n');
    expect(r.stderr).toMatch(
      /so-tai-chinh — Sở Tài chính +\[missing: create content\/gia-lai\/units\/so-tai-chinh\.yaml\]/u,
    );
    expect(r.stderr).toContain('summary: write one or two sentences');

    const again = run([join(seeds, 'gia-lai-2024.txt')], content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists — pass --force/u);
    expect(run([join(seeds, 'gia-lai-2024.txt'), '--force'], content).status).toBe(0);
  });

  it('uses --slug and --province, and rejects an unknown province', () => {
    const content = contentWithProvince();
    mkdirSync(join(content, 'phu-tho'));
    writeFileSync(join(content, 'phu-tho', 'province.yaml'), 'name: {vi: Phú Thọ}\n');
    expect(
      run([join(seeds, 'cao-xa-2023.txt'), '--province', 'phu-tho', '--slug', '2023-ubnd-xa-cao-xa'], content).status,
    ).toBe(0);
    expect(readFileSync(join(content, 'phu-tho', 'plans', 'vi', '2023-ubnd-xa-cao-xa.md'), 'utf8')).toContain(
      'issuer: ubnd-xa-cao-xa',
    );
    const bad = run([join(seeds, 'cao-xa-2023.txt'), '--province', 'ha-noi'], content);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no province "ha-noi"/u);
  });

  it('reads a DOCX file through mammoth, header fields included', () => {
    const content = contentWithProvince();
    const path = join(content, 'plan.docx');
    writeFileSync(path, docx(docxPlan));
    const plan = JSON.parse(
      execFileSync(process.execPath, [script, path, '--json'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: content },
      }),
    );
    expect(plan).toMatchObject({
      number: '02/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      place: 'Gia Lai',
      issuedOn: '2025-01-03',
      title: 'Hoạt động thông tin đối ngoại năm 2025 trên địa bàn tỉnh Gia Lai',
      year: 2025,
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
      reportingDeadlines: [{ date: '2025-11-30' }],
      unparsed: [],
    });
    expect(plan.tasks).toEqual([
      {
        number: '1',
        title: 'Quảng bá hình ảnh tỉnh',
        timeframe: 'Cả năm 2025',
        lead: ['Sở Ngoại vụ'],
        partners: ['Báo Gia Lai', 'Đài Phát thanh - Truyền hình Gia Lai'],
      },
    ]);
    expect(plan.missing).toEqual(['budget', 'implements', 'objectives', 'requirements']);
    expect(run([path], content).status).toBe(0);
    expect(
      readFileSync(join(content, 'gia-lai', 'plans', 'vi', '2025-ubnd-tinh-gia-lai-02-kh-ubnd.md'), 'utf8'),
    ).toContain('number: 02/KH-UBND\n');
  });

  it('reads a Markdown file', () => {
    const content = contentWithProvince();
    const path = join(content, 'plan.md');
    writeFileSync(
      path,
      `# KẾ HOẠCH\n\n${docxPlan
        .slice(7)
        .map((p) => (p.startsWith('- ') ? p : `\n${p}\n`))
        .join('\n')}\n`,
    );
    const plan = JSON.parse(run([path, '--json'], content).stdout);
    expect(plan).toMatchObject({
      title: 'Hoạt động thông tin đối ngoại năm 2025 trên địa bàn tỉnh Gia Lai',
      year: 2025,
    });
    expect(plan.issuer).toBeUndefined();
    expect(plan.basis).toHaveLength(1);
    expect(plan.tasks[0].lead).toEqual(['Sở Ngoại vụ']);
    expect(plan.missing).toContain('issuer');
  });

  it('judges a file by its content, not its name, and fails clearly with no file', () => {
    const content = contentWithProvince();
    writeFileSync(join(content, 'plan.pdf'), 'x');
    expect(run([join(content, 'plan.pdf')], content).stderr).toMatch(/plan\.pdf: chữ trong tệp không phải tiếng Việt/u);
    expect(run([], content).stderr).toMatch(/usage: npm run import:plan/u);
  });
});
