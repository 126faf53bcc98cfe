import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, vcard, vcardDirectory, type VcardPerson } from '../../src/lib/vcard.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A minimal vCard reader: unfolds, splits each property into name, params and unescaped value. */
function parse(text: string) {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name, params, value: line.slice(colon + 1) };
    });
}
const unescape = (v: string) => v.replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const splitUnescaped = (v: string) => v.split(/(?<!\\);/).map(unescape);

const an: VcardPerson = {
  name: 'Nguyễn Thị Thu Hằng',
  title: 'Phó Giám đốc Sở Ngoại vụ, người phát ngôn',
  organization: 'Ủy ban nhân dân tỉnh Gia Lai; Sở Ngoại vụ',
  phone: '+84 269 3824 123',
  email: 'hang.ntt@example.gov.vn',
  url: 'https://gia-lai.ttdn.example/vi/nguoi-phat-ngon/nguyen-thi-thu-hang/',
  note: 'Phát ngôn về: hợp tác với Campuchia và Lào, cửa khẩu quốc tế Lệ Thanh; tiếp nhận câu hỏi của báo chí trong giờ hành chính.',
};

describe('vcard', () => {
  const text = vcard(an);
  const props = parse(text);
  const get = (name: string) => props.find((p) => p.name === name);

  it('is a vCard 3.0 with CRLF line endings only', () => {
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps the name with its diacritics and splits it in Vietnamese order', () => {
    expect(unescape(get('FN')!.value)).toBe('Nguyễn Thị Thu Hằng');
    expect(splitUnescaped(get('N')!.value)).toEqual(['Nguyễn', 'Thị Thu Hằng', '', '', '']);
  });

  it('writes phone, email, organisation, title, url and note', () => {
    expect(get('TEL')).toEqual({ name: 'TEL', params: ['TYPE=WORK,VOICE'], value: '+84 269 3824 123' });
    expect(get('EMAIL')).toEqual({ name: 'EMAIL', params: ['TYPE=INTERNET'], value: 'hang.ntt@example.gov.vn' });
    expect(splitUnescaped(get('ORG')!.value)).toEqual(['Ủy ban nhân dân tỉnh Gia Lai; Sở Ngoại vụ']);
    expect(unescape(get('TITLE')!.value)).toBe(an.title);
    expect(get('URL')!.value).toBe(an.url);
    expect(unescape(get('NOTE')!.value)).toBe(an.note);
  });

  it('writes a national number in international form, so it can be dialled from abroad', () => {
    const tel = parse(vcard({ ...an, phone: '0269 3824 123' })).find((p) => p.name === 'TEL');
    expect(tel?.value).toBe('+84 269 3824 123');
  });

  it('folds long lines at 75 octets without cutting a character', () => {
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    for (const line of foldLine('NOTE:' + '🇻🇳'.repeat(30)).split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line.isWellFormed()).toBe(true);
    }
  });

  it('uses given and family names when provided', () => {
    const card = parse(vcard({ ...an, familyName: 'Tôn Nữ', givenName: 'Thu Hằng' }));
    expect(splitUnescaped(card.find((p) => p.name === 'N')!.value).slice(0, 2)).toEqual(['Tôn Nữ', 'Thu Hằng']);
  });

  it('stores decomposed input as composed (NFC) text', () => {
    const card = parse(vcard({ ...an, name: 'Nguyễn Văn An'.normalize('NFD') }));
    expect(unescape(card.find((p) => p.name === 'FN')!.value)).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('escapes backslash, comma, semicolon and newlines in text', () => {
    expect(escapeText('a\\b, c; d\ne')).toBe('a\\\\b\\, c\\; d\\ne');
  });

  it('is deterministic (no REV timestamp)', () => {
    expect(vcard(an)).toBe(text);
    expect(text).not.toMatch(/^REV/m);
  });
});

describe('vcardDirectory', () => {
  it('concatenates cards in order', () => {
    const other = { ...an, name: 'Rơ Châm Hiền', email: 'hien@example.gov.vn' };
    const dir = vcardDirectory([an, other]);
    expect(dir).toBe(vcard(an) + vcard(other));
    expect(dir.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(vcardDirectory([])).toBe('');
  });
});
