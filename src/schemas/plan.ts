/** Official TTĐN plans (Kế hoạch): content/<province>/plans/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate, slug } from './localized.ts';
import { translationMeta } from './translation.ts';
import { schemaIssue } from '../lib/content-check/schema-findings.ts';

/** A document a plan cites ("Căn cứ…") or implements ("Thực hiện Kế hoạch số…"), as the plan writes it. */
const citation = z.strictObject({
  legal: slug
    .optional()
    .meta({ description: 'The legal document entry, when we hold it (content/national/legal/<slug>.yaml).' }),
  plan: slug.optional().meta({ description: 'The plan entry, when we hold it.' }),
  kind: z.string().min(2).meta({ description: 'Kind as written: "Nghị định", "Kế hoạch", "Kết luận"…' }),
  number: z.string().min(2).optional().meta({ description: 'Number as written, e.g. "72/2015/NĐ-CP".' }),
  date: isoDate.optional().meta({ description: 'Date of the cited document.' }),
  issuer: z.string().optional().meta({ description: 'Issuer as written, e.g. "Chính phủ", "UBND huyện Đak Đoa".' }),
  title: z.string().optional().meta({ description: 'Title (trích yếu) as written.' }),
});

/** Translatable text of one task. */
const taskText = z.strictObject({
  title: z.string().min(3).meta({ description: 'What is to be done.' }),
  timeframe: z.string().optional().meta({ description: 'When, as the plan says ("Cả năm", "Quý III/2024").' }),
});

const text = {
  title: z.string().min(5).meta({ description: 'Title (trích yếu) of the plan.' }),
  summary: z
    .string()
    .min(10)
    .optional()
    .meta({ description: 'One or two sentences for lists and search results (plans rarely state one: write it).' }),
  purpose: z
    .array(z.string().min(3))
    .default([])
    .meta({ description: 'Purposes and requirements (Mục đích, yêu cầu), one item each.' }),
};

export const planSource = z
  .strictObject({
    ...text,
    number: z
      .string()
      .regex(/^\d+[\w.\-/ĐđƯưÂâ]*$/u, 'a document number such as "02/KH-UBND"')
      .optional()
      .meta({ description: 'Number as written ("02/KH-UBND"); leave out when the text we hold does not show it.' }),
    issuer: slug.meta({ description: 'The issuing unit.' }),
    place: z
      .string()
      .optional()
      .meta({ description: 'Place of issue as written in the header ("Gia Lai", "Kon Gang").' }),
    issuedOn: isoDate
      .optional()
      .meta({ description: 'Date of issue; leave out when the text we hold does not show it.' }),
    year: z.number().int().min(1990).max(2100).meta({ description: 'The year the plan covers.' }),
    level: z
      .enum(['province', 'department', 'district', 'commune'])
      .meta({ description: 'Administrative level of the issuer.' }),
    area: z.string().min(2).meta({
      description:
        'Where the plan applies, named as the document names it ("xã Kon Gang, huyện Đak Đoa, tỉnh Gia Lai").',
    }),
    basis: z.array(citation).default([]).meta({ description: 'Legal bases ("Căn cứ…").' }),
    implements: z
      .array(citation)
      .default([])
      .meta({ description: 'The higher plans it implements ("Thực hiện Kế hoạch số…").' }),
    tasks: z
      .array(
        taskText.extend({
          number: z
            .string()
            .regex(/^\d+(\.\d+)*$/u, 'a task number such as "6.1"')
            .optional()
            .meta({
              description:
                'The task\'s number as the plan writes it ("6.1"); leave out when the plan numbers its tasks 1, 2, 3… in order.',
            }),
          lead: slug.optional().meta({ description: 'The lead unit (Đơn vị chủ trì).' }),
          coLeads: z.array(slug).default([]).meta({ description: 'Further lead units when the plan names several.' }),
          partners: z.array(slug).default([]).meta({ description: 'Partner units (Đơn vị phối hợp).' }),
        }),
      )
      .default([])
      .meta({ description: 'Tasks: what, when, the lead unit and partner units.' }),
    duties: z
      .array(z.strictObject({ unit: slug, items: z.array(z.string().min(3)).min(1) }))
      .default([])
      .meta({ description: 'Duties per unit under "Tổ chức thực hiện".' }),
    budget: z.string().optional().meta({ description: 'Budget (Kinh phí) as written.' }),
    reportingDeadlines: z
      .array(
        z.strictObject({
          due: isoDate.optional().meta({ description: 'The date, when the plan gives a full one.' }),
          what: z
            .string()
            .min(3)
            .meta({ description: 'What is reported, to whom, and the deadline as written ("trước ngày 01/11").' }),
        }),
      )
      .default([])
      .meta({ description: 'Reporting deadlines ("trước ngày 10/11/2024").' }),
    recipients: z.array(z.string().min(2)).default([]).meta({ description: 'Recipients (Nơi nhận) as written.' }),
    signer: z
      .strictObject({
        capacity: z.string().min(2).meta({
          description:
            '"TM." (on behalf of the body) or "KT." (deputy for the head), with the body, e.g. "TM. ỦY BAN NHÂN DÂN".',
        }),
        title: z.string().min(2).meta({ description: 'Signer\'s title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH".' }),
        name: z.string().min(2).meta({ description: 'Name as signed.' }),
      })
      .optional()
      .meta({ description: 'Who signed, and in what capacity.' }),
    source: z.string().optional().meta({ description: 'Where the text comes from (a published copy).' }),
    needsReview: z.string().min(10).optional().meta({
      description:
        'Why a person must check the entry against the signed original (read by OCR from a scan: which fields); removed once checked.',
    }),
    sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
  })
  .superRefine((p, ctx) => {
    // A plan runs from its issue to its last deadline: no deadline before the plan exists (YYYY-MM-DD compares as text).
    p.reportingDeadlines.forEach((d, i) => {
      if (p.issuedOn !== undefined && d.due !== undefined && d.due < p.issuedOn)
        ctx.addIssue(
          schemaIssue(
            { code: 'deadline-before-issue', due: d.due, issuedOn: p.issuedOn },
            ['reportingDeadlines', i, 'due'],
            d.due,
          ),
        );
    });
  });

export const planTranslation = z.strictObject({
  ...text,
  tasks: z.array(taskText).default([]).meta({ description: 'Task texts in the same order as the Vietnamese plan.' }),
  duties: z
    .array(z.strictObject({ items: z.array(z.string().min(3)).min(1) }))
    .default([])
    .meta({
      description:
        "Each unit's duties in the same order as the Vietnamese plan, item by item (the unit stays the source's).",
    }),
  budget: z.string().optional().meta({ description: 'The budget paragraph in this language.' }),
  reportingDeadlines: z
    .array(z.strictObject({ what: z.string().min(3) }))
    .default([])
    .meta({ description: "What each reporting deadline asks, in the Vietnamese order (the date stays the source's)." }),
  recipients: z
    .array(z.string().min(2))
    .default([])
    .meta({ description: 'Each recipient (Nơi nhận) in this language, in the Vietnamese order.' }),
  translation: translationMeta,
});
export type Plan = z.infer<typeof planSource>;
