/** The province's fallback chain for a locale (province.yaml `fallbacks`), for pages and data. */
import { province } from 'virtual:portal';
import { fallbackChain } from '../lib/fallback-chain.ts';

/** Languages to try for a page in `lang`, in order; Vietnamese last. */
export const chainFor = (lang: string): string[] => fallbackChain(lang, province.fallbacks);
