/**
 * An editor publishes from her browser, in Vietnamese: she opens the fixture province's /admin/,
 * opens the repository, writes a press release with a photo (a real JPEG she uploads, described in
 * Vietnamese), adds its English translation (the photo described in English) and saves. The CMS
 * works in its local-repository mode on a copy of tests/fixtures/content in the browser's private
 * file system (no Git host, no request to another origin); what it wrote is read back from there
 * and must pass the content check with the rest of the repository around it (issue 15, point 5).
 * CMS_SHOTS=<folder> saves a screenshot of each step (docs/guide-editors.vi.md uses them).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import sharp from 'sharp';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';
import { blockOtherOrigins } from './support/other-origins.ts';
import { typeUntilItStays } from './support/cms-form.ts';
import { formatCheck, runContentCheck } from '../../src/node/run-check.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/content');
const SHOTS = process.env.CMS_SHOTS;

/** Every file of the fixture content, as the repository holds it: content/<province>/… */
function repositoryFiles(): { path: string; base64: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return walk(FIXTURE).map((file) => ({
    path: `content/${relative(FIXTURE, file)}`,
    base64: readFileSync(file).toString('base64'),
  }));
}

/** A real photo, small: a JPEG of 800 × 533 pixels. */
const photo = () =>
  sharp({ create: { width: 800, height: 533, channels: 3, background: { r: 180, g: 60, b: 40 } } })
    .jpeg({ quality: 70 })
    .toBuffer();

/** Scrolls the pane down until `target` is drawn, as she would (the CMS draws a field when it comes into view). */
async function reveal(page: Page, pane: Locator, target: Locator): Promise<Locator> {
  await expect(async () => {
    if (!(await target.count())) {
      await pane.hover({ position: { x: 300, y: 300 } });
      await page.mouse.wheel(0, 400);
    }
    await expect(target).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  return target;
}

/** Fills a field by its label. */
async function fill(page: Page, pane: Locator, label: string, value: string) {
  await (await reveal(page, pane, pane.getByRole('textbox', { name: label, exact: true }))).fill(value);
}

/** The last step reached (named as its screenshot), so an error in the page says when it happened. */
let step = 'mở /admin/';
const shot = async (page: Page, name: string) => {
  step = name;
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

test.use({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });

// Sveltia sometimes draws a new entry's form again while it settles, and in about one run of five
// a field typed early is emptied at Save despite the check below: the journey gets two more tries
// (a run that needs one is reported as flaky, not hidden).
test.describe.configure({ retries: 2 });

test('an editor writes a press release with a photo in Vietnamese, adds its English translation and saves', async ({
  page,
  context,
}) => {
  // About 30 s on an idle machine; the CMS is slow to draw on a loaded one (it failed once at 150 s under load 16 on 2 cores).
  test.setTimeout(240_000);
  const elsewhere = await blockOtherOrigins(context, new URL(fixtureUrl()).origin);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`after ${step}: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`after ${step}: ${m.text()}`);
  });
  // The folder she picks is a copy of the repository in the browser's own private file system.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('kho', { create: true }),
    });
  });
  await page.goto(fixtureUrl('/admin/'));
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('kho', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const { path, base64 } of files) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writer = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writer.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writer.close();
    }
  }, repositoryFiles());

  await shot(page, '01-dang-nhap');
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByRole('treeitem', { name: 'Thông cáo báo chí' }).click();
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await shot(page, '03-tao-moi');
  const vi = page.getByRole('group', { name: /Chỉnh sửa nội dung .Tiếng Việt./ });
  await typeUntilItStays(vi, [
    ['Tiêu đề', 'Đoàn đại biểu tỉnh thăm cửa khẩu quốc tế'],
    ['Tóm tắt', 'Đoàn đại biểu tỉnh làm việc tại cửa khẩu quốc tế.'],
  ]);
  await vi.getByRole('radio', { name: 'Thông cáo báo chí' }).check();
  await vi.getByRole('textbox', { name: 'Ngày phát hành' }).fill('2024-03-05');
  await vi.getByRole('radio', { name: 'Nguyễn Văn Mẫu' }).check();
  await vi.getByRole('checkbox', { name: /Thêm .Ảnh./ }).check();
  await (
    await reveal(page, vi, vi.getByRole('group', { name: /Tệp ảnh/ }).getByRole('button', { name: 'Duyệt tệp' }))
  ).click();
  const picker = page.getByRole('dialog', { name: 'Chọn ảnh' });
  await shot(page, '04a-chon-anh');
  const chooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: 'Tải lên' }).click();
  await (await chooser).setFiles({ name: 'doan-dai-bieu.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await page.waitForTimeout(1500);
  await shot(page, '04b-da-tai');
  await picker.getByRole('button', { name: 'Chèn' }).click();
  await fill(page, vi, 'Mô tả ảnh', 'Đoàn đại biểu đứng trước nhà cửa khẩu mái đỏ.');
  await fill(page, vi, 'Chú thích ảnh', 'Đoàn đại biểu tại cửa khẩu quốc tế.');
  await fill(page, vi, 'Tác giả ảnh', 'Ảnh: Sở Mẫu');
  await fill(page, vi, 'Giấy phép', 'CC BY 4.0');
  await fill(page, vi, 'Nội dung', 'Sáng nay, đoàn đại biểu tỉnh đã làm việc tại cửa khẩu quốc tế.');
  await shot(page, '04-anh');
  // The English translation, beside the Vietnamese.
  await page
    .getByRole('group', { name: /Xem trước nội dung/ })
    .getByRole('radio', { name: /Tiếng Anh/ })
    .click();
  await page.getByRole('button', { name: /Bật .Tiếng Anh./ }).click();
  const en = page.getByRole('group', { name: /Chỉnh sửa nội dung .Tiếng Anh./ });
  await fill(page, en, 'Tiêu đề', 'Provincial delegation visits the international border gate');
  await fill(page, en, 'Tóm tắt', 'The provincial delegation works at the international border gate.');
  await fill(page, en, 'Mô tả ảnh', 'The delegation stands in front of the red-roofed border-gate building.');
  await fill(page, en, 'Chú thích ảnh', 'The delegation at the international border gate.');
  await fill(page, en, 'Tác giả ảnh', 'Photo: Sample Department');
  // The translation's record: she ticks it and says the translation was checked by a person.
  await (await reveal(page, en, en.getByRole('checkbox', { name: /Thêm .Bản dịch./ }))).check();
  await (await reveal(page, en, en.getByRole('radio', { name: 'Đã hiệu đính' }))).check();
  await fill(page, en, 'Nội dung', 'This morning the provincial delegation worked at the international border gate.');
  await shot(page, '05-tieng-anh');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // Saved: the CMS goes back to the list, where her press release now is.
  const list = page.getByRole('main', { name: /Chuyên mục .Thông cáo báo chí./ });
  await expect(list.getByText('Đoàn đại biểu tỉnh thăm cửa khẩu quốc tế', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await shot(page, '06-da-luu');

  const written = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, path: string) => {
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${path}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          out[`${path}${name}`] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('kho'), '');
    return out;
  });
  const before = new Map(repositoryFiles().map((f) => [f.path, f.base64]));
  const changed = Object.keys(written)
    .filter((p) => before.get(p) !== written[p])
    .sort();
  const slug = 'doan-dai-bieu-tinh-tham-cua-khau-quoc-te';
  // The photo directly in the province's images/, each language in its own folder, under one slug.
  expect(changed).toEqual([
    'content/fixture/images/doan-dai-bieu.jpg',
    `content/fixture/press/en/${slug}.md`,
    `content/fixture/press/vi/${slug}.md`,
  ]);
  expect(
    [...Buffer.from(written['content/fixture/images/doan-dai-bieu.jpg']!, 'base64').subarray(0, 3)],
    'the photo is still a JPEG',
  ).toEqual([0xff, 0xd8, 0xff]);
  // What she saved passes the content check, with the rest of the repository around it.
  const dir = mkdtempSync(join(tmpdir(), 'cms-saved-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    for (const path of changed) {
      const to = join(dir, path.slice('content/'.length));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, Buffer.from(written[path]!, 'base64'));
    }
    const result = runContentCheck(undefined, undefined, dir);
    expect(result.errors, formatCheck(result)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const text = (path: string) => Buffer.from(written[path]!, 'base64').toString('utf8');
  const front = (path: string): Record<string, unknown> => parse(text(path).split(/^---$/m)[1]!);
  const viFile = front(`content/fixture/press/vi/${slug}.md`);
  // Sveltia writes its public folder absolute; the check above read "/images/…" as the province's images/.
  expect(viFile).toMatchObject({
    title: 'Đoàn đại biểu tỉnh thăm cửa khẩu quốc tế',
    kind: 'release',
    date: '2024-03-05',
    spokesperson: 'nguoi-phat-ngon',
    cover: {
      src: '/images/doan-dai-bieu.jpg',
      alt: 'Đoàn đại biểu đứng trước nhà cửa khẩu mái đỏ.',
      caption: 'Đoàn đại biểu tại cửa khẩu quốc tế.',
    },
  });
  expect(viFile.translation, 'the Vietnamese source carries no translation record').toBeUndefined();
  const enFile = front(`content/fixture/press/en/${slug}.md`);
  expect(enFile).toMatchObject({
    title: 'Provincial delegation visits the international border gate',
    cover: {
      alt: 'The delegation stands in front of the red-roofed border-gate building.',
      caption: 'The delegation at the international border gate.',
    },
    translation: { status: 'reviewed' },
  });
  expect(enFile.cover, 'the photo itself is named once, in the Vietnamese source').not.toHaveProperty('src');
  expect(enFile.date, 'facts stay in the Vietnamese source').toBeUndefined();
  expect(text(`content/fixture/press/en/${slug}.md`)).toContain('This morning the provincial delegation worked');

  expect(elsewhere, 'requests to another origin').toEqual([]);
  // One known error inside Sveltia, thrown as the editor closes after saving: its language switcher
  // reads the validity of a draft already cleared (Object.values of undefined). Nothing is lost (the
  // files above passed the check); any other error, or this one at another step, fails the test.
  const closingEditor = (e: string) =>
    e.startsWith('after 05-tieng-anh: TypeError: Cannot convert undefined or null to object\n    at Object.values') &&
    /\/admin\/sveltia-cms\.js:/.test(e);
  expect(
    errors.filter((e) => !closingEditor(e)),
    'console errors',
  ).toEqual([]);
});
