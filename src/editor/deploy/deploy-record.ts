/**
 * The record each deploy leaves for the office: per province, a history of deploys (newest first)
 * with the entries each one added, changed or removed. Published as `<province>/changes.json`
 * (read back by the next deploy to know what was live) and `<province>/changes.xml` (an RSS feed a
 * maintainer subscribes to), and shown as the deploy's job summary.
 */
import { getRssString } from '@astrojs/rss';
import { z } from 'astro/zod';
import { LABELS } from '../cms-config.ts';
import { concepts, conceptNames } from '../../schemas/registry.ts';
import { entryPath } from '../content-check/routes.ts';
import { SLUG, LOCALE } from '../../lib/safety/names.ts';
import { changeKinds, type ChangeKind, type ProvinceChanges } from './entry-changes.ts';

export const COMMIT = /^[0-9a-f]{40}$/;
/** Deploys kept in the history: a few months of daily merges. */
export const HISTORY_LENGTH = 50;

const entryChange = z.object({
  kind: z.enum(changeKinds),
  concept: z.enum(conceptNames),
  slug: z.string().regex(SLUG),
  languages: z.array(z.string().regex(LOCALE)),
  national: z.boolean(),
});
const deployRecord = z.object({
  commit: z.string().regex(COMMIT),
  /** The commit deployed before, or null on a province's first deploy. */
  since: z.string().regex(COMMIT).nullable(),
  date: z.iso.datetime(),
  entries: z.array(entryChange),
  settings: z.boolean(),
  assets: z.number().int().min(0),
});
export type DeployRecord = z.infer<typeof deployRecord>;
const history = z.array(deployRecord);

/**
 * The history the live site published, or [] when there is none yet (a first deploy, a 404) or it
 * does not parse: it is read back over the network, so it is checked before anything uses it.
 */
export function parseHistory(text: string | undefined): DeployRecord[] {
  if (text === undefined) return [];
  try {
    const parsed = history.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function addToHistory(previous: readonly DeployRecord[], record: DeployRecord): DeployRecord[] {
  return [record, ...previous.filter((r) => r.commit !== record.commit)].slice(0, HISTORY_LENGTH);
}

export const recordOf = (
  changes: ProvinceChanges,
  commit: string,
  since: string | null,
  date: string,
): DeployRecord => ({
  commit,
  since,
  date,
  entries: changes.entries,
  settings: changes.settings,
  assets: changes.assets,
});

const KIND_LABELS: Record<ChangeKind, string> = { added: 'Thêm mới', changed: 'Sửa', removed: 'Gỡ bỏ' };

/** "3 mục mới, 1 mục sửa" — or that only pictures or settings changed, or nothing. */
export function headline(r: DeployRecord): string {
  const count = (k: ChangeKind) => r.entries.filter((e) => e.kind === k).length;
  const parts = [`${count('added')} mục mới`, `${count('changed')} mục sửa`, `${count('removed')} mục gỡ`].filter(
    (p) => !p.startsWith('0 '),
  );
  if (r.settings) parts.push('cấu hình tỉnh');
  if (r.assets) parts.push(`${r.assets} tệp ảnh/đính kèm`);
  return parts.length ? parts.join(', ') : 'không đổi nội dung (chỉ mã nguồn)';
}

/** Where a reader finds the entry, or undefined (removed, or a kind without a page of its own). */
function entryUrl(e: DeployRecord['entries'][number], provinceUrl: string, sourceLocale: string): string | undefined {
  if (e.kind === 'removed' || concepts[e.concept].kind !== 'prose') return undefined;
  const lang = e.languages.includes(sourceLocale) ? sourceLocale : (e.languages[0] ?? sourceLocale);
  return new URL(entryPath(e.concept, e.slug, lang).slice(1), provinceUrl).href;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const describe = (e: DeployRecord['entries'][number]) =>
  `${LABELS[e.concept]} «${e.slug}»${e.languages.length ? ` (${e.languages.join(', ')})` : ''}${e.national ? ' — dùng chung toàn quốc' : ''}`;

const lines = (r: DeployRecord) => [
  ...(r.settings ? ['Cấu hình tỉnh (province.yaml) đã thay đổi'] : []),
  ...(r.assets ? [`${r.assets} tệp ảnh hoặc tệp đính kèm đã được thêm, thay hoặc gỡ`] : []),
];

/** The deploy as Markdown, for the job summary (at most `limit` entries per kind). */
export function summaryMarkdown(
  provinceName: string,
  provinceUrl: string,
  sourceLocale: string,
  r: DeployRecord,
  limit = 100,
): string {
  const out = [`### ${provinceName}: ${headline(r)}`, ''];
  out.push(
    r.since
      ? `So với bản đã xuất bản \`${r.since.slice(0, 7)}\` → \`${r.commit.slice(0, 7)}\`.`
      : `Lần xuất bản đầu tiên (\`${r.commit.slice(0, 7)}\`).`,
    '',
  );
  for (const kind of changeKinds) {
    const of = r.entries.filter((e) => e.kind === kind);
    if (!of.length) continue;
    out.push(`**${KIND_LABELS[kind]} (${of.length})**`, '');
    for (const e of of.slice(0, limit)) {
      const url = entryUrl(e, provinceUrl, sourceLocale);
      out.push(`- ${describe(e)}${url ? ` — <${url}>` : ''}`);
    }
    if (of.length > limit) out.push(`- … và ${of.length - limit} mục khác (xem ${provinceUrl}changes.xml)`);
    out.push('');
  }
  for (const line of lines(r)) out.push(`- ${line}`);
  return out.join('\n').trimEnd() + '\n';
}

function itemHtml(r: DeployRecord, provinceUrl: string, sourceLocale: string): string {
  const html: string[] = [];
  for (const kind of changeKinds) {
    const of = r.entries.filter((e) => e.kind === kind);
    if (!of.length) continue;
    html.push(`<p>${KIND_LABELS[kind]} (${of.length}):</p><ul>`);
    for (const e of of) {
      const url = entryUrl(e, provinceUrl, sourceLocale);
      const text = escapeHtml(describe(e));
      html.push(`<li>${url ? `<a href="${escapeHtml(url)}">${text}</a>` : text}</li>`);
    }
    html.push('</ul>');
  }
  for (const line of lines(r)) html.push(`<p>${escapeHtml(line)}</p>`);
  html.push(`<p>Commit ${r.commit}${r.since ? ` (trước đó: ${r.since})` : ''}</p>`);
  return html.join('');
}

/** "01/07/2025 lúc 09:00", Hà Nội time. */
const dateVi = (iso: string) => {
  const at = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', ...o }).format(new Date(iso));
  return `${at({ day: '2-digit', month: '2-digit', year: 'numeric' })} lúc ${at({ hour: '2-digit', minute: '2-digit', hour12: false })}`;
};

/** RSS 2.0: one item per deploy, newest first, for the office's feed reader. */
export async function changesFeed(
  provinceName: string,
  provinceUrl: string,
  sourceLocale: string,
  records: readonly DeployRecord[],
): Promise<string> {
  return getRssString({
    title: `${provinceName}: những gì đã thay đổi trên cổng thông tin`,
    description: 'Mỗi lần xuất bản: các mục được thêm mới, sửa hoặc gỡ bỏ (dành cho cán bộ quản trị).',
    site: provinceUrl,
    customData: '<language>vi</language>',
    items: records.map((r) => ({
      title: `Xuất bản ${dateVi(r.date)}: ${headline(r)}`,
      pubDate: new Date(r.date),
      description: itemHtml(r, provinceUrl, sourceLocale),
      customData: `<guid isPermaLink="false">${r.commit}</guid>`,
    })),
  });
}
