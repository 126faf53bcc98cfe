/**
 * Writes a synthetic but valid province of N prose entries (vi + en) for the benchmark: plans,
 * places (with images), investment profiles, press items and an about page, plus the units and
 * spokespeople they name. Deterministic for a given N (no randomness, no dates from the clock).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { englishSentences, vietnameseSentences } from './text.ts';

/** Share of N per collection. */
const SHARES = { press: 0.4, plans: 0.2, places: 0.2, profiles: 0.2 } as const;
const IMAGES = 24;
const UNITS = 40;
/** Communes profiles are spread over: a province has about a hundred since the 2025 merger. */
const COMMUNES = 100;
const PEOPLE = 12;

export interface Generated {
  dir: string;
  entries: number;
  images: number;
  changeFile: string;
}

/** The pool's item at `i`, going round and round; the pools are the sample texts, never empty. */
function cycle<T>(pool: readonly T[], i: number): T {
  const item = pool[i % pool.length];
  if (item === undefined) throw new Error('bench: an empty pool of sample texts');
  return item;
}

/** Text of about `words` words from a pool, starting at `seed`, in paragraphs with headings. */
function body(pool: string[], seed: number, words: number, headings: string[]): string {
  const out: string[] = [];
  let n = 0,
    i = seed,
    para: string[] = [];
  while (n < words) {
    const s = cycle(pool, i++);
    para.push(s);
    n += s.split(' ').length;
    if (para.length === 4) {
      if (out.length % 3 === 0) out.push(`## ${headings[((i / 4) % headings.length) | 0]}`);
      out.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) out.push(para.join(' '));
  return out.join('\n\n') + '\n';
}

const yamlStr = (s: string) => JSON.stringify(s);
const date = (i: number) =>
  `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

export async function generateProvince(
  root: string,
  id: string,
  n: number,
  opts: { mdx?: boolean } = {},
): Promise<Generated> {
  const dir = join(root, id);
  rmSync(dir, { recursive: true, force: true });
  const vi = vietnameseSentences();
  const en = englishSentences;
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write(
    'province.yaml',
    `name: { vi: Tỉnh Thử Nghiệm, en: Benchmark Province }\nlocales: [vi, en]\nsite: https://${id}.ttdn.example\n` +
      `agency:\n  name: { vi: Sở Thử nghiệm, en: Benchmark Department }\n  address: { vi: Phường Thử, en: Test Ward }\n` +
      `  contacts:\n    - { label: { vi: Bộ phận TTĐN, en: Foreign Information Desk }, phone: "0200 0000 000", email: ttdn@${id}.ttdn.example, sample: true }\n` +
      `themeColor: "#0b5394"\nlogo: logo.svg\n`,
  );
  write(
    'logo.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#0b5394"/></svg>',
  );
  for (let u = 0; u < UNITS; u++)
    write(
      `units/don-vi-${u}.yaml`,
      `name: { vi: "Đơn vị thử nghiệm ${u}", en: "Benchmark unit ${u}" }\nkind: department\nlevel: province\nsample: true\n`,
    );
  for (let p = 0; p < PEOPLE; p++)
    write(
      `people/nguoi-phat-ngon-${p}.yaml`,
      `name: "Người Phát Ngôn ${p}"\ntitle: { vi: "Người phát ngôn ${p}", en: "Spokesperson ${p}" }\nunit: don-vi-${p % UNITS}\n` +
        `phone: "0200 0000 ${String(p).padStart(3, '0')}"\nemail: nguoi${p}@${id}.ttdn.example\nlanguages: [vi, en]\n` +
        `appointment: { number: "${p}/QĐ-TN", date: 2024-01-0${(p % 9) + 1}, by: { vi: Chủ tịch, en: Chair } }\nfrom: 2024-01-0${(p % 9) + 1}\nsample: true\n`,
    );
  // Images: distinct photographs-sized PNGs, so image handling costs what real pictures cost.
  for (let k = 0; k < IMAGES; k++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${k * 15},60%,45%)"/><stop offset="1" stop-color="hsl(${k * 15 + 90},50%,70%)"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/>${Array.from({ length: 30 }, (_, j) => `<circle cx="${(j * 97 + k * 31) % 1600}" cy="${(j * 53 + k * 17) % 1000}" r="${20 + ((j * k) % 90)}" fill="hsl(${(j * 40 + k * 7) % 360},70%,60%)" opacity="0.6"/>`).join('')}</svg>`;
    mkdirSync(join(dir, 'images'), { recursive: true });
    await sharp(Buffer.from(svg))
      .jpeg({ quality: 80 })
      .toFile(join(dir, `images/anh-${k}.jpg`));
  }
  const share = (s: number) => Math.max(1, Math.round(n * s));
  const counts = {
    press: share(SHARES.press),
    plans: share(SHARES.plans),
    places: share(SHARES.places),
    profiles: share(SHARES.profiles),
  };
  const tr = `translation: { status: reviewed }\n`;
  const headsVi = ['Bối cảnh', 'Nội dung chính', 'Tổ chức thực hiện', 'Kết quả'];
  const headsEn = ['Background', 'Main content', 'Implementation', 'Results'];
  for (let i = 0; i < counts.plans; i++) {
    const tasks = [0, 1, 2]
      .map(
        (t) =>
          `  - { title: ${yamlStr(cycle(vi, i + t).slice(0, 120))}, lead: don-vi-${(i + t) % UNITS}, partners: [don-vi-${(i + t + 1) % UNITS}] }`,
      )
      .join('\n');
    write(
      `plans/vi/ke-hoach-${i}.md`,
      `---\ntitle: "Kế hoạch thông tin đối ngoại thử nghiệm số ${i}"\nsummary: ${yamlStr(cycle(vi, i))}\nnumber: "${i + 1}/KH-TN"\nissuer: don-vi-${i % UNITS}\nissuedOn: ${date(i)}\nyear: ${2020 + (i % 6)}\nlevel: province\narea: tỉnh Thử Nghiệm\ntasks:\n${tasks}\nsample: true\n---\n\n${body(vi, i, 900, headsVi)}`,
    );
    write(
      `plans/en/ke-hoach-${i}.md`,
      `---\ntitle: "Benchmark foreign information plan no. ${i}"\nsummary: ${yamlStr(cycle(en, i))}\ntasks:\n${[0, 1, 2].map((t) => `  - { title: ${yamlStr(cycle(en, i + t))} }`).join('\n')}\n${tr}---\n\n${body(en, i, 900, headsEn)}`,
    );
  }
  const ext = opts.mdx ? 'mdx' : 'md';
  for (let i = 0; i < counts.places; i++) {
    const img = (k: number) =>
      `{ src: images/anh-${k % IMAGES}.jpg, alt: "Ảnh minh họa số ${k % IMAGES}", credit: "Benchmark", licence: "CC0", illustration: true }`;
    write(
      `places/vi/dia-danh-${i}.${ext}`,
      `---\ntitle: "Địa danh thử nghiệm ${i}"\nsummary: ${yamlStr(cycle(vi, i * 3))}\nkind: landscape\nlocation: { name: { vi: "xã Thử ${i}", en: "Test commune ${i}" }, lat: ${(12 + (i % 300) / 100).toFixed(2)}, lon: ${(107 + (i % 200) / 100).toFixed(2)} }\ncover: ${img(i)}\ngallery:\n  - ${img(i + 1)}\n  - ${img(i + 2)}\nsources:\n  - { title: "Nguồn thử nghiệm", publisher: "Benchmark" }\nsample: true\n---\n\n${body(vi, i * 3, 600, headsVi)}`,
    );
    write(
      `places/en/dia-danh-${i}.${ext}`,
      `---\ntitle: "Benchmark place ${i}"\nsummary: ${yamlStr(cycle(en, i * 3))}\ncover: { alt: "Illustration number ${i % IMAGES}" }\ngallery:\n  - { alt: "Illustration number ${(i + 1) % IMAGES}" }\n  - { alt: "Illustration number ${(i + 2) % IMAGES}" }\n${tr}---\n\n${body(en, i * 3, 600, headsEn)}`,
    );
  }
  const sectors = ['agriculture', 'industry', 'logistics', 'tourism', 'energy', 'infrastructure', 'urban', 'services'];
  for (let i = 0; i < counts.profiles; i++) {
    write(
      `profiles/vi/du-an-${i}.md`,
      `---\ntitle: "Dự án thử nghiệm số ${i}"\nsummary: ${yamlStr(cycle(vi, i * 5))}\nincentives:\n  - "Ưu đãi thử nghiệm về thuê đất"\nsector: ${sectors[i % sectors.length]}\nlocation: { commune: { vi: "xã Thử ${i % COMMUNES}", en: "Test commune ${i % COMMUNES}" }, lat: 13.5, lon: 108.0 }\nareaHa: ${10 + (i % 90)}\ncapitalVnd: ${(100 + i) * 1_000_000_000}\nform: domestic-or-foreign\nstatus: calling\ncontact: don-vi-${i % UNITS}\nupdated: ${date(i)}\nsample: true\n---\n\n${body(vi, i * 5, 400, headsVi)}`,
    );
    write(
      `profiles/en/du-an-${i}.md`,
      `---\ntitle: "Benchmark project no. ${i}"\nsummary: ${yamlStr(cycle(en, i * 5))}\nincentives:\n  - "Benchmark land rent incentive"\n${tr}---\n\n${body(en, i * 5, 400, headsEn)}`,
    );
  }
  for (let i = 0; i < counts.press; i++) {
    const kind = ['release', 'statement', 'conference'][i % 3];
    const extra = kind === 'conference' ? `time: "09:30"\nvenue: "Hội trường thử nghiệm"\n` : '';
    write(
      `press/vi/tin-${i}.md`,
      `---\ntitle: "Thông cáo thử nghiệm số ${i}"\nsummary: ${yamlStr(cycle(vi, i * 7))}\nkind: ${kind}\ndate: ${date(i)}\n${extra}spokesperson: nguoi-phat-ngon-${i % PEOPLE}\nsample: true\n---\n\n${body(vi, i * 7, 350, headsVi)}`,
    );
    write(
      `press/en/tin-${i}.md`,
      `---\ntitle: "Benchmark press item no. ${i}"\nsummary: ${yamlStr(cycle(en, i * 7))}\n${tr}---\n\n${body(en, i * 7, 350, headsEn)}`,
    );
  }
  write(
    'pages/vi/about.md',
    `---\ntitle: Giới thiệu\nsummary: ${yamlStr(cycle(vi, 0))}\nupdated: 2025-01-01\nsample: true\n---\n\n${body(vi, 0, 400, headsVi)}`,
  );
  write(
    'pages/en/about.md',
    `---\ntitle: About\nsummary: ${yamlStr(cycle(en, 0))}\n${tr}---\n\n${body(en, 0, 400, headsEn)}`,
  );
  const entries = Object.values(counts).reduce((a, b) => a + b, 0);
  return { dir, entries, images: IMAGES, changeFile: join(dir, 'press/vi/tin-0.md') };
}
