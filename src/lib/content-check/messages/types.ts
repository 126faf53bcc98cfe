/** The shape every catalogue of the check's messages has: the Vietnamese one, key for key. */
import type { vi } from './vi.ts';
import type { NumberReading } from '../suggest.ts';

/** A part of a file a problem can be in when it is not a field (a field is named by its path). */
export type FilePart =
  | '(file)'
  | '(folder)'
  | '(file name)'
  | '(file type)'
  | '(locale folder)'
  | '(slug)'
  | '(YAML)'
  | '(front matter)'
  | '(translation)'
  | '(text)'
  | '(SVG)';

/** What a schema expected, in the words messages use. */
export type ExpectedKind = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'date' | 'other';

export type NumberWriting = NumberReading['written'];

/** YAML parse error codes (the yaml library's) with a message of their own; the rest are "other". */
export type YamlReason =
  | 'DUPLICATE_KEY'
  | 'BAD_INDENT'
  | 'TAB_AS_INDENT'
  | 'MISSING_CHAR'
  | 'MULTILINE_IMPLICIT_KEY'
  | 'BLOCK_AS_IMPLICIT_KEY'
  | 'UNEXPECTED_TOKEN'
  | 'BAD_SCALAR_START'
  | 'other';

/** A catalogue: the Vietnamese keys, each with the same parameters, in another language. */
export type Messages = Omit<typeof vi, 'lang'> & { lang: 'vi' | 'en' };

export type CheckLanguage = Messages['lang'];
