/**
 * Imports a plan (Kế hoạch) from a PDF (with a text layer, or a scan read by Tesseract OCR), DOCX, extracted text or Markdown into a Vietnamese plan entry.
 *   npm run import:plan -- FILE [--province ID] [--json] [--slug S] [--force]
 * With --json prints the parsed plan; otherwise writes content/<province>/plans/vi/<slug>.md and
 * tells the editor (on stderr) what the text did not give and which units the entry names.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { linkHeldPlans, type Citation, type HeldPlan } from '../src/lib/plan-import/held-plans.ts';
import { parsePlan } from '../src/lib/plan-import/parse-plan.ts';
import { renderEntry, toEntry } from '../src/lib/plan-import/to-entry.ts';
import { planSlug, type KnownUnit } from '../src/lib/plan-import/unit-slug.ts';
import { unitMatcher } from '../src/lib/plan-import/unit-match.ts';
import { ocrFields, ocrReviewNote } from '../src/lib/plan-import/ocr-review.ts';
import { refusePlan } from '../src/lib/plan-import/source-check.ts';
import { PlanSourceRefused, readPlanSource } from '../src/node/plan-source.ts';
import { formatProblem, issuesToProblems } from '../src/lib/format-issues.ts';
import { readYamlDir } from '../src/lib/read-yaml-dir.ts';
import { readYaml } from '../src/node/read-yaml.ts';
import { guessProvince, provinceCandidate, type ProvinceCandidate } from '../src/lib/plan-import/province-guess.ts';
import { contentRoot, listProvinceIds } from '../src/node/provinces.ts';
import { provinceArg, slugArg } from '../src/node/cli-names.ts';
import { messageOf } from '../src/node/error-message.ts';

const usage = 'usage: npm run import:plan -- FILE [--province ID] [--json] [--slug S] [--force]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      json: { type: 'boolean', default: false },
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (err) {
  fail(`${messageOf(err)}\n${usage}`);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail(`expected one FILE (.pdf, .docx, .txt or .md)\n${usage}`);
if (!existsSync(file)) fail(`${file}: no such file`);

const source = await readPlanSource(readFileSync(file), file, (message) => console.error(message)).catch(
  (err: unknown) => fail(err instanceof PlanSourceRefused ? err.message : `${file}: ${messageOf(err)}`),
);
const plan = parsePlan(source.text, source.layout);
const notPlan = refusePlan(plan, file);
if (notPlan !== undefined) fail(notPlan);
if (values.json) {
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  process.exit(0);
}

const provinceIds = listProvinceIds();
/** The names a unit file gives, if well formed: the importer matches issuers by them (the content check judges the rest). */
const unitNames = z.object({
  name: z.object({ vi: z.string().optional() }).optional().catch(undefined),
  aliases: z.array(z.string()).optional().catch(undefined),
});
const unitsOf = (id: string): KnownUnit[] =>
  readYamlDir(join(contentRoot, id, 'units')).map((u) => {
    const data = unitNames.parse(u.data);
    return { slug: u.slug, names: [...(data.name?.vi ? [data.name.vi] : []), ...(data.aliases ?? [])] };
  });
const candidates: ProvinceCandidate[] = provinceIds.map((id) =>
  provinceCandidate(
    id,
    readYaml(join(contentRoot, id, 'province.yaml')),
    unitsOf(id).map((u) => u.slug),
  ),
);
const guess = guessProvince(plan.text, plan.units, candidates);
const provinceNotes: string[] = [];
let province: string;
if (values.province !== undefined) {
  province = provinceArg(values.province);
  if (!provinceIds.includes(province))
    fail(`--province: no province "${province}" — expected one of: ${provinceIds.join(', ')}`);
  if (guess !== undefined && guess.id !== province)
    provinceNotes.push(
      `CHÚ Ý: bạn chọn --province ${province}, nhưng văn bản chỉ về tỉnh ${guess.id} (${guess.evidence.join('; ')}). Nếu nhầm, hãy xoá tệp vừa ghi và nhập lại với --province ${guess.id}.`,
    );
} else if (guess !== undefined) {
  province = guess.id;
  provinceNotes.push(
    `Tỉnh: ${province}, suy ra từ văn bản (${guess.evidence.join('; ')}). Nếu sai, nhập lại với --province ID.`,
  );
} else if (provinceIds.length === 1 && provinceIds[0] !== undefined) {
  province = provinceIds[0];
  provinceNotes.push(`Tỉnh: ${province}, tỉnh duy nhất trong content/ (văn bản không nêu tỉnh nào).`);
} else
  fail(
    `${file}: không suy ra được kế hoạch thuộc tỉnh nào (văn bản không nhắc "tỉnh …" của tỉnh nào hơn tỉnh nào). Hãy ghi rõ, ví dụ: --province ${provinceIds[0] ?? 'gia-lai'} (có: ${provinceIds.join(', ')}).`,
  );
const slug = values.slug ?? planSlug(plan);
if (slug === undefined)
  fail(
    'cannot name the entry: the text gives no year or no issuer — pass --slug, e.g. --slug 2024-ubnd-xa-kon-gang-ke-hoach-ttdn',
  );
slugArg(slug);

/** The plans the province holds (content/<province>/plans/vi/*.md), by the frontmatter fields a link needs. */
function heldPlans(id: string): HeldPlan[] {
  const dir = join(contentRoot, id, 'plans', 'vi');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
      const data: unknown = front === undefined ? undefined : parseYaml(front);
      if (typeof data !== 'object' || data === null) return [];
      const fields = new Map(Object.entries(data));
      const text = (key: string): string | undefined => {
        const v = fields.get(key);
        return typeof v === 'string' ? v : undefined;
      };
      return [{ slug: basename(f, '.md'), number: text('number'), issuer: text('issuer'), issuedOn: text('issuedOn') }];
    });
}
const citations = (value: unknown): Citation[] =>
  Array.isArray(value) ? value.filter((c): c is Citation => typeof c === 'object' && c !== null) : [];

const unitsDir = join(contentRoot, province, 'units');
const known = unitsOf(province);
const matchUnit = unitMatcher(known, plan.area);
const entry = toEntry(plan, (name) => matchUnit(name).slug);
const linked = linkHeldPlans(
  citations(entry.data.basis),
  citations(entry.data.implements),
  heldPlans(province),
  (name) => matchUnit(name).slug,
);
for (const key of ['basis', 'implements'] as const) {
  if (linked[key].length > 0) entry.data[key] = linked[key];
  else delete entry.data[key];
}
const confidences = source.ocr?.confidence.filter((c) => c !== undefined) ?? [];
const meanConfidence =
  confidences.length === 0 ? undefined : confidences.reduce((a, b) => a + b, 0) / confidences.length;
const fromOcr = source.ocr === undefined ? [] : ocrFields(entry.data);
if (source.ocr !== undefined) entry.data.needsReview = ocrReviewNote(entry.data, meanConfidence);
const target = join(contentRoot, province, 'plans', 'vi', `${slug}.md`);
const shown = relative(process.cwd(), target).startsWith('..') ? target : relative(process.cwd(), target);
if (existsSync(target) && !values.force) fail(`${shown}: already exists — pass --force to overwrite it`);
mkdirSync(join(contentRoot, province, 'plans', 'vi'), { recursive: true });
writeFileSync(target, renderEntry(entry));

const report: string[] = [`Wrote ${shown}`, ...provinceNotes];
if (source.ocr !== undefined)
  report.push(
    '',
    `CẦN ĐỐI CHIẾU: Đọc bằng nhận dạng chữ (OCR) từ bản quét (${source.ocr.pages} trang, độ tin cậy trung bình ${Math.round(meanConfidence ?? 0)}%). Mục ghi "Cần đối chiếu với bản gốc" (needsReview). Các trường lấy từ OCR — đối chiếu từng trường với bản gốc đã ký:`,
    ...fromOcr.map((f) => `  - ${f}`),
  );
const section = (title: string, lines: string[]): void => {
  if (lines.length > 0) report.push('', title, ...lines.map((l) => `  - ${l}`));
};
section('Not in the text (add by hand if the signed original shows it):', plan.missing);
section(
  'Not placed by the importer (kept in the body; check by hand):',
  plan.unparsed.map((p) => (p.length > 160 ? `${p.slice(0, 157)}…` : p)),
);
section('Check:', plan.warnings);
section('To complete in the entry:', entry.notes);
section('Kế hoạch đã có trên cổng:', linked.links);
section(
  'Units the entry names (slug — name):',
  entry.units.map((u) => {
    const match = matchUnit(u.name);
    if (!existsSync(join(unitsDir, `${u.slug}.yaml`)))
      return `${u.slug} — ${u.name}   [missing: create ${join('content', province, 'units', `${u.slug}.yaml`)}]`;
    return `${u.slug} — ${u.name}${match.how === undefined ? '' : `   [khớp với đơn vị có sẵn "${match.known}" — ${match.how}]`}`;
  }),
);
const schema = await import('../src/schemas/plan.ts').then((m) => m.planSource).catch(() => undefined);
const result = schema?.safeParse(entry.data);
if (result && !result.success)
  section(
    'Schema check of the new entry:',
    issuesToProblems(shown, result.error.issues).map((p) => formatProblem(p)),
  );
console.error(report.join('\n'));
