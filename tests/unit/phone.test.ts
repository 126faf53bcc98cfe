import { describe, expect, it } from 'vitest';
import { internationalPhone, telUri } from '../../src/lib/phone.ts';

describe('internationalPhone', () => {
  it('turns a Vietnamese national number into +84 without the trunk 0, keeping its groups', () => {
    expect(internationalPhone('0269 3822 123')).toBe('+84 269 3822 123');
    expect(internationalPhone('0912 345 678')).toBe('+84 912 345 678');
  });
  it('drops brackets around the area code and tidies spaces', () => {
    expect(internationalPhone(' (0269)  3822 123 ')).toBe('+84 269 3822 123');
  });
  it('keeps a number that is already international', () => {
    expect(internationalPhone('+84 269 3822 123')).toBe('+84 269 3822 123');
    expect(internationalPhone('+33 1 23 45 67 89')).toBe('+33 1 23 45 67 89');
  });
  it('drops a trunk 0 written after the country code', () => {
    expect(internationalPhone('+84 (0256) 0000-001')).toBe('+84 256 0000-001');
    expect(internationalPhone('+84 0256 0000 001')).toBe('+84 256 0000 001');
    expect(internationalPhone('+44 (0)20 7946 0000')).toBe('+44 20 7946 0000');
  });
  it('reads the 00 international prefix as +', () => {
    expect(internationalPhone('0084 269 3822 123')).toBe('+84 269 3822 123');
  });
  it('leaves hotlines and short numbers, which have no international form, as written', () => {
    expect(internationalPhone('1900 1234')).toBe('1900 1234');
    expect(internationalPhone('113')).toBe('113');
  });
});

describe('telUri', () => {
  it('gives a global tel: number with digits and the leading + only', () => {
    expect(telUri('0269 3822 123')).toBe('tel:+842693822123');
    expect(telUri('+84 (269) 3822-123')).toBe('tel:+842693822123');
  });
});
