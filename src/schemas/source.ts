/** A cited source or attachment: title, publisher, address. */
import { z } from 'astro/zod';

export const sourceRef = z.strictObject({
  /** Title of the source as published. */
  title: z.string().min(1),
  /** Who published it. */
  publisher: z.string().optional(),
  /** Where to read it (an official page where possible). */
  url: z.url('a full web address starting with https://').optional(),
  /** Date of publication, YYYY-MM-DD. */
  date: z.iso.date('a real date written YYYY-MM-DD').optional(),
});

/** A downloadable file that belongs to an entry (kept under the province's files/ folder). */
export const attachment = z.strictObject({
  /** Path relative to the province folder, e.g. "files/2024-press-kit.pdf". */
  file: z.string().regex(/^files\/[\w./-]+$/, 'a path under the province\'s files/ folder, e.g. "files/plan-2024.pdf"'),
  /** What it is, shown as the link text. */
  title: z.string().min(1),
});
