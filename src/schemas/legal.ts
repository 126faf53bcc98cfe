/** Legal documents, shared by every province: content/national/legal/<slug>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized } from './localized.ts';

export const legalKinds = ['luat', 'nghi-quyet', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'chi-thi', 'ket-luan', 'ke-hoach', 'cong-van', 'huong-dan'] as const;

export const legalSchema = z.strictObject({
  /** Number exactly as written, e.g. "72/2015/NĐ-CP". */
  number: z.string().min(3),
  /** Kind of document (luat, nghi-dinh, thong-tu, quyet-dinh, ket-luan, ke-hoach, cong-van…). */
  kind: z.enum(legalKinds),
  /** Date of issue. */
  issuedOn: isoDate,
  /** Issuing body per locale. */
  issuer: localized,
  /** Title (trích yếu) per locale. */
  title: localized,
  /** Official source (e.g. vanban.chinhphu.vn or the national legal database). */
  url: webAddress.optional(),
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
});
export type Legal = z.infer<typeof legalSchema>;
