/** A cited source or attachment: title, publisher, address. */
import { z } from 'astro/zod';
import { isoDate } from './localized.ts';
import { webAddress } from './web-address.ts';
import { ATTACHMENT_FILE, assetPathProblem } from '../lib/safety/names.ts';
import { sayIf } from '../lib/finding.ts';
import { vi } from '../lib/content-check/messages/vi.ts';

export const sourceRef = z.strictObject({
  title: z.string().min(1).meta({ description: 'Title of the source as published.' }),
  publisher: z.string().optional().meta({ description: 'Who published it.' }),
  url: webAddress.optional().meta({ description: 'Where to read it (an official page where possible).' }),
  date: isoDate.optional().meta({ description: 'Date of publication, YYYY-MM-DD.' }),
});

/** A downloadable file that belongs to an entry (kept under the province's files/ folder). */
export const attachment = z.strictObject({
  file: z
    .string()
    .regex(ATTACHMENT_FILE, {
      error: (issue): string | undefined => sayIf(vi.assetName, assetPathProblem(String(issue.input), 'files')),
    })
    .meta({ description: 'Path relative to the province folder, e.g. "files/2024-press-kit.pdf".' }),
  title: z.string().min(1).meta({ description: 'What it is, shown as the link text.' }),
});

/** A translation's title for each attachment of its source, in the source's order (the file stays the source's). */
export const attachmentText = z.strictObject({
  title: z.string().min(1).meta({ description: "The link text in this translation's language." }),
});
