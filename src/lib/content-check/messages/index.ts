/** The check's message catalogues, one per language: Vietnamese by default, English on request. */
import { vi } from './vi.ts';
import { en } from './en.ts';
import type { CheckLanguage, Messages } from './types.ts';

export const CHECK_LANGUAGES = ['vi', 'en'] as const satisfies readonly CheckLanguage[];

export const messagesFor = (lang: CheckLanguage): Messages => (lang === 'en' ? en : vi);

export const isCheckLanguage = (value: string): value is CheckLanguage =>
  CHECK_LANGUAGES.some((lang) => lang === value);

export { vi, en };
export type { CheckLanguage, Messages, FilePart } from './types.ts';
