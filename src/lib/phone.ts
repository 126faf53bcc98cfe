/**
 * Phone numbers in international form for `tel:` links and vCards: a foreign journalist who dials
 * the national form "0269 3822 123" from abroad reaches nobody; "+84 269 3822 123" works anywhere.
 * The page may keep showing the national form readers in Vietnam know.
 */

/** Vietnam's country calling code. */
const VIETNAM = '84';

/**
 * "0269 3822 123" → "+84 269 3822 123"; "(0269) 3822-123" → "+84 269 3822-123"; "0084 269…" and
 * "+84 269…" stay international. Numbers without a trunk 0 (hotlines such as 1900 1234, 113)
 * cannot be dialled from abroad with a country code and are returned as written.
 */
export function internationalPhone(phone: string, countryCode: string = VIETNAM): string {
  const written = phone.trim().replace(/\s+/g, ' ');
  // "+84 (0256) 0000 001" and "+44 (0)20…" write the trunk 0 that must not be dialled after the country code.
  if (written.startsWith('+'))
    return written.replace(/^\+(\d{1,3}) ?\(0\)\s*/, '+$1 ').replace(/^\+84 ?\(?0(\d+)\)?/, '+84 $1');
  const compact = written.replace(/[()]/g, '').trim();
  if (compact.startsWith('00')) return `+${compact.slice(2).trimStart()}`;
  if (/^0\d/.test(compact)) return `+${countryCode} ${compact.slice(1)}`;
  return written;
}

/** The `tel:` URI of a number: international form, digits and the leading + only (RFC 3966 global number). */
export const telUri = (phone: string, countryCode: string = VIETNAM): string =>
  `tel:${internationalPhone(phone, countryCode).replace(/[^+\d]/g, '')}`;
