/** Official TTĐN plans (Kế hoạch): content/<province>/plans/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate, slug } from './localized.ts';
import { translationMeta } from './translation.ts';
import { schemaIssue } from './findings.ts';

/** A document a plan cites ("Căn cứ…") or implements ("Thực hiện Kế hoạch số…"), as the plan writes it. */
const citation = z.strictObject({
  /** The legal document entry, when we hold it (content/national/legal/<slug>.yaml). */
  legal: slug.optional(),
  /** The plan entry, when we hold it. */
  plan: slug.optional(),
  /** Kind as written: "Nghị định", "Kế hoạch", "Kết luận"… */
  kind: z.string().min(2),
  /** Number as written, e.g. "72/2015/NĐ-CP". */
  number: z.string().min(2).optional(),
  /** Date of the cited document. */
  date: isoDate.optional(),
  /** Issuer as written, e.g. "Chính phủ", "UBND huyện Đak Đoa". */
  issuer: z.string().optional(),
  /** Title (trích yếu) as written. */
  title: z.string().optional(),
});

/** Translatable text of one task. */
const taskText = z.strictObject({
  /** What is to be done. */
  title: z.string().min(3),
  /** When, as the plan says ("Cả năm", "Quý III/2024"). */
  timeframe: z.string().optional(),
});

const text = {
  /** Title (trích yếu) of the plan. */
  title: z.string().min(5),
  /** One or two sentences for lists and search results (plans rarely state one: write it). */
  summary: z.string().min(10).optional(),
  /** Purposes and requirements (Mục đích, yêu cầu), one item each. */
  purpose: z.array(z.string().min(3)).default([]),
};

export const planSource = z.strictObject({
  ...text,
  /** Number as written ("02/KH-UBND"); leave out when the text we hold does not show it. */
  number: z.string().regex(/^\d+[\w.\-/ĐđƯưÂâ]*$/u, 'a document number such as "02/KH-UBND"').optional(),
  /** The issuing unit. */
  issuer: slug,
  /** Place of issue as written in the header ("Gia Lai", "Kon Gang"). */
  place: z.string().optional(),
  /** Date of issue; leave out when the text we hold does not show it. */
  issuedOn: isoDate.optional(),
  /** The year the plan covers. */
  year: z.number().int().min(1990).max(2100),
  /** Administrative level of the issuer. */
  level: z.enum(['province', 'department', 'district', 'commune']),
  /** Where the plan applies, named as the document names it ("xã Kon Gang, huyện Đak Đoa, tỉnh Gia Lai"). */
  area: z.string().min(2),
  /** Legal bases ("Căn cứ…"). */
  basis: z.array(citation).default([]),
  /** The higher plans it implements ("Thực hiện Kế hoạch số…"). */
  implements: z.array(citation).default([]),
  /** Tasks: what, when, the lead unit and partner units. */
  tasks: z
    .array(
      taskText.extend({
        /** The task's number as the plan writes it ("6.1"); leave out when the plan numbers its tasks 1, 2, 3… in order. */
        number: z.string().regex(/^\d+(\.\d+)*$/u, 'a task number such as "6.1"').optional(),
        /** The lead unit (Đơn vị chủ trì). */
        lead: slug.optional(),
        /** Further lead units when the plan names several. */
        coLeads: z.array(slug).default([]),
        /** Partner units (Đơn vị phối hợp). */
        partners: z.array(slug).default([]),
      }),
    )
    .default([]),
  /** Duties per unit under "Tổ chức thực hiện". */
  duties: z.array(z.strictObject({ unit: slug, items: z.array(z.string().min(3)).min(1) })).default([]),
  /** Budget (Kinh phí) as written. */
  budget: z.string().optional(),
  /** Reporting deadlines ("trước ngày 10/11/2024"). */
  reportingDeadlines: z
    .array(
      z.strictObject({
        /** The date, when the plan gives a full one. */
        due: isoDate.optional(),
        /** What is reported, to whom, and the deadline as written ("trước ngày 01/11"). */
        what: z.string().min(3),
      }),
    )
    .default([]),
  /** Recipients (Nơi nhận) as written. */
  recipients: z.array(z.string().min(2)).default([]),
  /** Who signed, and in what capacity. */
  signer: z
    .strictObject({
      /** "TM." (on behalf of the body) or "KT." (deputy for the head), with the body, e.g. "TM. ỦY BAN NHÂN DÂN". */
      capacity: z.string().min(2),
      /** Signer's title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
      title: z.string().min(2),
      /** Name as signed. */
      name: z.string().min(2),
    })
    .optional(),
  /** Where the text comes from (a published copy). */
  source: z.string().optional(),
  /** Why a person must check the entry against the signed original (read by OCR from a scan: which fields); removed once checked. */
  needsReview: z.string().min(10).optional(),
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
}).superRefine((p, ctx) => {
  // A plan runs from its issue to its last deadline: no deadline before the plan exists (YYYY-MM-DD compares as text).
  p.reportingDeadlines.forEach((d, i) => {
    if (p.issuedOn !== undefined && d.due !== undefined && d.due < p.issuedOn)
      ctx.addIssue(schemaIssue({ code: 'deadline-before-issue', due: d.due, issuedOn: p.issuedOn }, ['reportingDeadlines', i, 'due'], d.due));
  });
});

export const planTranslation = z.strictObject({
  ...text,
  /** Task texts in the same order as the Vietnamese plan. */
  tasks: z.array(taskText).default([]),
  /** Each unit's duties in the same order as the Vietnamese plan, item by item (the unit stays the source's). */
  duties: z.array(z.strictObject({ items: z.array(z.string().min(3)).min(1) })).default([]),
  /** The budget paragraph in this language. */
  budget: z.string().optional(),
  /** What each reporting deadline asks, in the Vietnamese order (the date stays the source's). */
  reportingDeadlines: z.array(z.strictObject({ what: z.string().min(3) })).default([]),
  /** Each recipient (Nơi nhận) in this language, in the Vietnamese order. */
  recipients: z.array(z.string().min(2)).default([]),
  translation: translationMeta,
});
export type Plan = z.infer<typeof planSource>;
