/** Legal documents, shared by every province: content/national/legal/<slug>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized } from './localized.ts';

export const legalKinds = [
  'luat',
  'nghi-quyet',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'chi-thi',
  'ket-luan',
  'ke-hoach',
  'cong-van',
  'huong-dan',
] as const;

/**
 * What kind of page `url` is (`sourceKind`), so the legal page says whether a reader gets the
 * official text, a copy or a report: the issuer's own page or the national legal database (vbpl.vn)
 * with the text; another state body's page that publishes the text; a state page that reports on the
 * document without its text; a private legal database (thuvienphapluat.vn, luatvietnam.vn…).
 */
export const legalSourceKinds = ['official', 'state-copy', 'state-report', 'private-database'] as const;

export const legalSchema = z
  .strictObject({
    number: z.string().min(3).meta({ description: 'Number exactly as written, e.g. "72/2015/NĐ-CP".' }),
    kind: z.enum(legalKinds).meta({
      description: 'Kind of document (luat, nghi-dinh, thong-tu, quyet-dinh, ket-luan, ke-hoach, cong-van…).',
    }),
    issuedOn: isoDate.meta({ description: 'Date of issue.' }),
    issuer: localized.meta({ description: 'Issuing body per locale.' }),
    title: localized.meta({ description: 'Title (trích yếu) per locale.' }),
    url: webAddress.optional().meta({
      description:
        "Where to read it: best the issuer's own page or the national legal database (vbpl.vn); say which kind of page in `sourceKind`.",
    }),
    sourceKind: z.enum(legalSourceKinds).optional().meta({
      description:
        "Kind of page `url` is (required with `url`): official (issuer's own page or vbpl.vn, with the text), state-copy (another state body publishes the text), state-report (a state page reports on it, without the text), private-database (thuvienphapluat.vn, luatvietnam.vn…).",
    }),
    sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
  })
  .superRefine((d, ctx) => {
    if (d.url !== undefined && d.sourceKind === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceKind'],
        params: { key: 'legalSourceNeedsKind' },
        message: 'missing — a document with `url` needs `sourceKind`, the kind of page the address is',
      });
  });
export type Legal = z.infer<typeof legalSchema>;
