/**
 * Issue 18, point 5, on unit pages and a plan's facts panel (fixture province, km and ko): every
 * piece shown in another language than the page's — a unit's name, a task and its timeframe
 * ("All year"), a plan's title, a unit's duties, the issuer — carries `lang` and a visible label
 * naming that language, beside it: in the same parent or in the element just before or after it.
 */
import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
test.use(PHONE);

/** The text of each element in `scope` whose language differs from the page's and has no visible label beside it. */
function unlabelled(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate((scope) => {
    const pageLang = document.documentElement.lang;
    const visibleLabel = (scope: Element | null, lang: string) =>
      !!scope &&
      [
        ...scope.querySelectorAll(`[data-lang-label="${lang}"]`),
        ...(scope.matches(`[data-lang-label="${lang}"]`) ? [scope] : []),
      ].some((l) => l.getBoundingClientRect().width > 0);
    const found: string[] = [];
    for (const e of document.querySelectorAll(`${scope} [lang]`)) {
      const lang = e.getAttribute('lang')!;
      if (lang === pageLang || e.hasAttribute('data-lang-label')) continue;
      // Inside a piece already in that language: the outer piece carries the label.
      if (e.parentElement?.closest('[lang]')?.getAttribute('lang') === lang) continue;
      const ok =
        visibleLabel(e, lang) ||
        visibleLabel(e.parentElement, lang) ||
        visibleLabel(e.previousElementSibling, lang) ||
        visibleLabel(e.nextElementSibling, lang);
      if (!ok) found.push(`${lang}: ${e.textContent.trim().slice(0, 60)}`);
    }
    return found;
  }, scope);
}

for (const lang of ['km', 'ko']) {
  test(`${lang}: each unit page labels what it shows in another language`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/units/`));
    const hrefs = await page
      .locator(`main a[href^="/${lang}/units/"]`)
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      await page.goto(fixtureUrl(href));
      // The fixture's units have tasks shown in English on these pages ("All year" among them).
      await expect(page.locator('main [data-task] [lang="en"]').first()).toBeVisible();
      expect(await unlabelled(page), href).toEqual([]);
    }
  });

  test(`${lang}: a plan's facts panel labels the issuer shown in another language`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/plans/ke-hoach-2025/`));
    const issuer = page.locator('.portal-plan-facts a[href*="/units/"]');
    await expect(issuer).toHaveAttribute('lang', 'en');
    expect(await unlabelled(page, '.portal-plan-facts')).toEqual([]);
  });
}

/** A former spokesperson on the fixture's provincial committee page: her title follows the chain, her last day reads in the page's language. */
const FORMER = {
  vi: { until: 'người phát ngôn đến ngày 31 tháng 12, 2023', title: 'Phó Chánh Văn phòng', titleLang: undefined },
  en: { until: 'spokesperson until 31 December 2023', title: 'Deputy Chief of Office', titleLang: undefined },
  km: { until: 'អ្នកនាំពាក្យរហូតដល់ 31 ធ្នូ 2023', title: 'Deputy Chief of Office', titleLang: 'en' },
  ko: { until: '2023년 12월 31일까지 대변인', title: 'Deputy Chief of Office', titleLang: 'en' },
} as const;

for (const [lang, want] of Object.entries(FORMER)) {
  test(`${lang}: a former spokesperson's title and last day, each in its language`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/units/ubnd-tinh/`));
    const former = page.locator('section[aria-labelledby="unit-people"] li').filter({ hasText: 'Trần Thị Mẫu' });
    await expect(former).toContainText(`(${want.until})`);
    const title = former.locator('[data-person-title]');
    await expect(title).toHaveText(want.title);
    if (want.titleLang) {
      await expect(title).toHaveAttribute('lang', want.titleLang);
      await expect(former.locator(`[data-lang-label="${want.titleLang}"]`)).toBeVisible();
    } else await expect(title).not.toHaveAttribute('lang', /./);
  });
}

/** The fixture's provincial committee has a Vietnamese and an English name: km and ko go to English (ko → en → vi). */
const COMMITTEE = { vi: 'Ủy ban nhân dân tỉnh Mẫu', en: "Sample Provincial People's Committee" } as const;
/** The person's appointing authority and topics (the second topic has only Vietnamese), through the same chain. */
const APPOINTED_BY = { vi: 'Chủ tịch UBND tỉnh Mẫu', en: 'Chair of the Sample PPC' } as const;
const TOPIC = { vi: 'Hợp tác quốc tế', en: 'International cooperation' } as const;

for (const [lang, unitLang] of [
  ['vi', 'vi'],
  ['en', 'en'],
  ['km', 'en'],
  ['ko', 'en'],
] as const) {
  test(`${lang}: a spokesperson's unit follows the fallback chain, labelled when in another language`, async ({
    page,
    request,
  }) => {
    await page.goto(fixtureUrl(`/${lang}/spokespeople/`));
    const unit = page.locator('[data-person="nguoi-phat-ngon"] .portal-person__unit');
    await expect(unit).toHaveText(COMMITTEE[unitLang]);
    if (unitLang !== lang) {
      await expect(unit).toHaveAttribute('lang', unitLang);
      await expect(
        page.locator(`[data-person="nguoi-phat-ngon"] [data-lang-label="${unitLang}"]`).last(),
      ).toBeVisible();
    } else await expect(unit).not.toHaveAttribute('lang', /./);
    expect(await unlabelled(page, '.portal-person__title')).toEqual([]);
    const person = page.locator('[data-person="nguoi-phat-ngon"]');
    const by = person.locator('[data-appointed-by]');
    await expect(by).toHaveText(APPOINTED_BY[unitLang]);
    if (unitLang !== lang) await expect(by).toHaveAttribute('lang', unitLang);
    else await expect(by).not.toHaveAttribute('lang', /./);
    await expect(person.locator(`dd span:text-is("${TOPIC[unitLang]}")`)).toBeVisible();
    const untranslated = person.locator('dd span:text-is("Thông tin đối ngoại")');
    if (lang === 'vi') await expect(untranslated).not.toHaveAttribute('lang', /./);
    else await expect(untranslated).toHaveAttribute('lang', 'vi');
    expect(await unlabelled(page, '[data-person="nguoi-phat-ngon"]')).toEqual([]);
    // The vCard's organisation is the same name (a vCard has no place for a label).
    const card = await (await request.get(fixtureUrl(`/${lang}/spokespeople/nguoi-phat-ngon.vcf`))).text();
    expect(card.replace(/\r\n[ \t]/g, '')).toContain(`ORG:${COMMITTEE[unitLang].replace(/[,;]/g, '\\$&')}`);
  });
}

/** Plans whose tasks and duties the fixture has in English only: on km and ko each is shown in English through the chain. */
const PLANS = ['ke-hoach-2025', 'ke-hoach-trien-khai-mau'];

for (const lang of ['km', 'ko']) {
  for (const slug of PLANS) {
    for (const width of [390, 1366]) {
      test(`${lang}: plan ${slug} labels each task, timeframe, unit and duty shown in another language (${width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(fixtureUrl(`/${lang}/plans/${slug}/`));
        // Units' names, task titles and timeframes come through the chain in English here.
        await expect(page.locator('.portal-tasks a[href*="/units/"][lang="en"]').first()).toBeVisible();
        await expect(page.locator('.portal-tasks__what[lang="en"]').first()).toBeVisible();
        expect(await unlabelled(page, '.portal-tasks')).toEqual([]);
        expect(await unlabelled(page, '.portal-duty')).toEqual([]);
        // And everything else in the page's main content: purpose, legal bases, the chain of plans, the facts.
        expect(await unlabelled(page, 'main')).toEqual([]);
      });
    }
  }
}

/**
 * A document's number ("25/KH-SNV") is a code the reader copies and searches as it stands, the same in
 * every language: not Vietnamese text, so no lang="vi" and no "Tiếng Việt" label that would promise a translation.
 */
for (const lang of ['km', 'ko']) {
  test(`${lang}: a plan's number is shown as a code, in no language`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/plans/ke-hoach-trien-khai-mau/`));
    const number = page.locator('.portal-plan-facts dd strong');
    await expect(number).toHaveText('25/KH-SNV');
    await expect(number).not.toHaveAttribute('lang', /./);
    await expect(number.locator('xpath=..').locator('[data-lang-label]')).toHaveCount(0);
  });
}
