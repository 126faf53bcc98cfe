/** Images and files: every picture and attachment a source names is there, and every picture is described in each language. */
import type { ProseConcept } from '../../../schemas/registry.ts';
import { assetPathProblem, imagePath } from '../../../lib/safety/names.ts';
import { valuesAt } from '../../../lib/content-check/refs.ts';
import { isRecord } from '../../../lib/is-record.ts';
import { closest } from '../../../lib/content-check/suggest.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';
import type { EntryIndex } from './entry-index.ts';
import { at, atField } from './problem.ts';

/** A source's pictures: the file exists under images/, and the Vietnamese alt text is written. */
export function sourcePictureProblems(e: EntryInfo, c: ProseConcept, index: EntryIndex, m: Messages): ContentProblem[] {
  const errors: ContentProblem[] = [];
  for (const ref of c.images.flatMap((path) => valuesAt(e.data, `${path}.src`))) {
    const src = imagePath(ref.value);
    // A path outside images/ is already refused by the schema, with what to write instead.
    if (!assetPathProblem(ref.value, 'images') && !index.present.has(`${e.scope}/${src}`))
      errors.push(
        atField(
          e,
          ref.field,
          m.imageMissing(ref.value, `content/${e.scope}/${src}`, closest(src, index.filesIn(e.scope, 'images'))),
        ),
      );
    const alt = altTextProblem(e, ref.field, m);
    if (alt) errors.push(alt);
  }
  return errors;
}

/** Each language describes the pictures in its own file, at the source's paths (cover.alt, gallery[2].alt). */
export function translatedAltProblems(e: EntryInfo, source: EntryInfo, c: ProseConcept, m: Messages): ContentProblem[] {
  return c.images
    .flatMap((path) => valuesAt(source.data, `${path}.src`))
    .flatMap((ref) => altTextProblem(e, ref.field, m) ?? []);
}

/** A source's attachments: each file exists under the province folder. */
export function missingAttachments(e: EntryInfo, index: EntryIndex, m: Messages): ContentProblem[] {
  return valuesAt(e.data, 'attachments[].file')
    .filter((ref) => !index.present.has(`${e.scope}/${ref.value}`))
    .map((ref) =>
      atField(
        e,
        ref.field,
        m.fileMissing(
          ref.value,
          `content/${e.scope}/${ref.value}`,
          closest(ref.value, index.filesIn(e.scope, 'files')),
        ),
      ),
    );
}

/** A missing alt text in `e` (source or translation) for the picture whose source field is `srcField` ("gallery[2].src"). */
export function altTextProblem(e: EntryInfo, srcField: string, m: Messages): ContentProblem | undefined {
  const field = srcField.replace(/\.src$/, '.alt');
  const alt = getAt(e.data, field);
  // A missing alt points at the picture's own line (its src in the source, the alt's parent in a
  // translation); made only when there is one, as a line may cost a parse (src/node/check-memo.ts).
  const problem = () => at(e.file, field, m.altMissing(e.lang ?? 'vi'), e.lineOf?.(field));
  if (typeof alt === 'string') return alt.trim() ? undefined : problem();
  // A wrong shape, or no alt at all in the Vietnamese source, is the schema's to explain (one message per mistake).
  return alt === undefined && e.lang !== 'vi' ? problem() : undefined;
}

/** Value at a message-style path such as "gallery[2].alt". */
function getAt(data: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((value, part) => {
    const [, key, position] = /^(\w+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    if (key === undefined || !isRecord(value)) return undefined;
    const child = value[key];
    if (position === undefined) return child;
    return Array.isArray(child) ? child[Number(position) - 1] : undefined;
  }, data);
}
