/** The province config: one file, content/<province>/province.yaml, makes one portal. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { LOGO_EXTENSIONS, assetNameProblem } from '../lib/safety/names.ts';
import { sayIf } from '../lib/finding.ts';
import { vi } from '../lib/content-check/messages/vi.ts';
import { langTag, localized, phone, isoDate } from './localized.ts';
import { authUrlProblem, branchProblem, repoProblem } from '../lib/cms-backend.ts';
import { admin1NameProblem } from '../lib/maps/admin1-names.ts';
import type { ValueRule } from '../lib/format-issues.ts';
import { schemaIssue } from '../lib/content-check/schema-findings.ts';

/** An official contact point of the owning agency. */
const contact = z.strictObject({
  label: localized.meta({ description: 'What the contact is for, per locale ("Phòng Thông tin đối ngoại").' }),
  phone: phone.optional().meta({ description: 'Phone number.' }),
  email: z.email('an email address such as "ttdn@example.gov.vn"').optional().meta({ description: 'Email address.' }),
  sample: z
    .boolean()
    .default(false)
    .meta({ description: 'True when the number or address is invented for demonstration.' }),
});

/** A former province whose content this portal carries (2025 mergers). */
const predecessor = z.strictObject({
  name: localized.meta({ description: 'Its name as documents of its time wrote it, per locale.' }),
  until: isoDate.meta({ description: 'Last day it existed as a province.' }),
});

/** Where the editors' CMS (/admin/) signs in and commits; one-time setup in docs/cms-setup.md. */
const cms = z.strictObject({
  repo: z
    .string()
    .refine((v) => !repoProblem(v), {
      params: { rule: 'cms-repo' satisfies ValueRule },
      error: (issue) => sayIf(vi.cms, repoProblem(String(issue.input))),
    })
    .meta({ description: 'The GitHub repository "owner/name" that holds this portal\'s content.' }),
  branch: z
    .string()
    .refine((v) => !branchProblem(v), {
      params: { rule: 'cms-branch' satisfies ValueRule },
      error: (issue) => sayIf(vi.cms, branchProblem(String(issue.input))),
    })
    .default('main')
    .meta({ description: 'The branch pull requests from the CMS go into.' }),
  authUrl: z
    .string()
    .refine((v) => !authUrlProblem(v), {
      params: { rule: 'cms-auth-url' satisfies ValueRule },
      error: (issue) => sayIf(vi.cms, authUrlProblem(String(issue.input))),
    })
    .meta({
      description:
        'The https origin of the OAuth helper (Sveltia CMS Authenticator) that signs editors in with GitHub.',
    }),
  sample: z
    .boolean()
    .default(false)
    .meta({ description: 'True while repo and authUrl are examples: a deploy build refuses them.' }),
});

export const provinceSchema = z
  .strictObject({
    name: localized.meta({ description: "The province's names per locale; each configured locale needs one." }),
    locales: z
      .array(langTag)
      .min(2)
      .refine((l) => l[0] === 'vi', {
        message: 'Vietnamese ("vi") must come first: it is the source language',
        params: { key: 'vietnameseFirst' },
      })
      .refine((l) => l.includes('en'), {
        message: 'English ("en") is required for investors and foreign journalists',
        params: { key: 'englishRequired' },
      })
      .refine((l) => new Set(l).size === l.length, { message: 'each locale once', params: { key: 'eachLocaleOnce' } })
      .meta({ description: "Locales in order: Vietnamese first, English always, then the province's own." }),
    fallbacks: z.record(langTag, z.array(langTag)).default({}).meta({
      description:
        'Per locale, the languages to show a piece in when it has no translation in that locale, in order (e.g. km: [en, vi]); Vietnamese, the source, always comes last. Without one: Vietnamese.',
    }),
    default: z
      .boolean()
      .default(false)
      .meta({ description: 'True for the province `npm run build` builds when none is named.' }),
    site: webAddress.meta({ description: "The portal's public address, e.g. https://ttdn.gialai.gov.vn." }),
    agency: z
      .strictObject({
        name: localized.meta({ description: 'Its name per locale.' }),
        address: localized.meta({ description: 'Postal address per locale.' }),
        contacts: z.array(contact).min(1).meta({ description: 'Official contact points.' }),
      })
      .meta({ description: 'The agency that runs the portal and its official contacts.' }),
    themeColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #rrggbb, e.g. "#0b5394"')
      .meta({
        description: 'Theme colour as #rrggbb; it must contrast with white text (checked by the accessibility tests).',
      }),
    logo: z
      .string()
      .refine((name) => !assetNameProblem(name, LOGO_EXTENSIONS), {
        params: { rule: 'logo-name' satisfies ValueRule },
        error: (issue): string | undefined =>
          sayIf(vi.assetName, assetNameProblem(String(issue.input), LOGO_EXTENSIONS)),
      })
      .meta({
        description:
          'The logo file beside province.yaml (SVG or PNG): a plain file name, so the build copies only a file of this province.',
      }),
    predecessors: z
      .array(predecessor)
      .default([])
      .meta({ description: 'Provinces merged into this one; their documents keep their own names.' }),
    mapRegions: z
      .array(
        z.string().refine((name) => !admin1NameProblem(name), {
          params: { rule: 'map-region' satisfies ValueRule },
          error: (issue) => admin1NameProblem(String(issue.input)),
        }),
      )
      .default([])
      .meta({
        description:
          'The provinces before 2025 (as the boundary data names them) whose union is this province on the locator maps.',
      }),
    cms: cms.optional().meta({
      description:
        "The editors' CMS: repository, branch and sign-in helper. Without it, no /admin/ is built (and a deploy stops).",
    }),
    calendarYears: z
      .tuple([z.number().int(), z.number().int()])
      .optional()
      .meta({ description: 'First and last year of the anniversary calendar pages.' }),
  })
  .superRefine((p, ctx) => {
    for (const [lang, chain] of Object.entries(p.fallbacks)) {
      if (!p.locales.includes(lang))
        ctx.addIssue(
          schemaIssue({ code: 'fallback-not-a-locale', lang, locales: p.locales }, ['fallbacks', lang], lang),
        );
      chain.forEach((to, i) => {
        if (!p.locales.includes(to) || to === lang)
          ctx.addIssue(
            schemaIssue(
              { code: 'fallback-unusable', to, lang, others: p.locales.filter((l) => l !== lang) },
              ['fallbacks', lang, i],
              to,
            ),
          );
      });
    }
    const [first, last] = p.calendarYears ?? [];
    if (first !== undefined && last !== undefined && last < first)
      ctx.addIssue(schemaIssue({ code: 'calendar-years-reversed', first, last }, ['calendarYears', 1], last));
    for (const lang of p.locales)
      if (!(lang in p.name)) ctx.addIssue(schemaIssue({ code: 'province-name-missing', lang }, ['name'], p.name));
  });
export type Province = z.infer<typeof provinceSchema>;
