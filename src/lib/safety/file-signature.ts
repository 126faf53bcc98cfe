/**
 * What a content file really is, read from its first bytes (the formats' magic numbers), so a
 * ".pdf" that is an HTML page or a ".jpg" that is a script is never published from the portal's
 * origin under a trusted name. SVG is text and is judged by ./svg.ts instead.
 */

import type { Finding } from '../finding.ts';

export type BinaryFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf';

/** How many leading bytes `formatOf` needs (an AVIF's ftyp box lists its brands near the start). */
export const SIGNATURE_BYTES = 64;

/** The format each allowed extension promises. */
const BY_EXTENSION: Record<string, BinaryFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  pdf: 'pdf',
};

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** ISO-BMFF (HEIF family): an ftyp box whose major or compatible brands include AVIF's. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxEnd = Math.min(new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** The format the bytes are in, among the ones content may hold, or undefined. */
export function formatOf(bytes: Uint8Array): BinaryFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (isAvif(bytes)) return 'avif';
  return undefined;
}

/** Why a file is not what its name says (the words are in content-check/messages/). */
export interface SignatureProblems {
  /** The bytes are another allowed format: renaming to `rename` (jpg, png, pdf…) fixes it. */
  'other-format': { ext: string; actual: BinaryFormat; rename: string };
  /** The bytes are none of the allowed formats (a web page, a script, a broken file). */
  'unknown-format': { ext: string; promised: BinaryFormat };
}
export type SignatureProblem = Finding<SignatureProblems>;

/** Why a file named with extension `ext` and starting with `head` is not what its name says, or undefined. */
export function signatureProblem(ext: string, head: Uint8Array): SignatureProblem | undefined {
  const promised = BY_EXTENSION[ext.toLowerCase()];
  if (!promised) return undefined;
  const actual = formatOf(head);
  if (actual === promised) return undefined;
  return actual
    ? { code: 'other-format', ext, actual, rename: actual === 'jpeg' ? 'jpg' : actual }
    : { code: 'unknown-format', ext, promised };
}
