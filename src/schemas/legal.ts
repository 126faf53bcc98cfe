/** Legal documents, shared by every province: content/national/legal/<slug>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized } from './localized.ts';

export const legalKinds = ['luat', 'nghi-quyet', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'chi-thi', 'ket-luan', 'ke-hoach', 'cong-van', 'huong-dan'] as const;

export const legalSchema = z.strictObject({
  number: z.string().min(3).meta({ description: 'Number exactly as written, e.g. "72/2015/NĐ-CP".' }),
  kind: z.enum(legalKinds).meta({ description: 'Kind of document (luat, nghi-dinh, thong-tu, quyet-dinh, ket-luan, ke-hoach, cong-van…).' }),
  issuedOn: isoDate.meta({ description: 'Date of issue.' }),
  issuer: localized.meta({ description: 'Issuing body per locale.' }),
  title: localized.meta({ description: 'Title (trích yếu) per locale.' }),
  url: webAddress.optional().meta({ description: 'Official source (e.g. vanban.chinhphu.vn or the national legal database).' }),
  sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
});
export type Legal = z.infer<typeof legalSchema>;
