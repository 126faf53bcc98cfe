import { describe, expect, it } from 'vitest';
import { emailPieces, phoneKeptWhole } from '../../src/lib/contact-breaks.ts';

describe('emailPieces', () => {
  it('allows a break only after the @ and before each dot, keeping hyphenated names whole', () => {
    expect(emailPieces('phatngon@gia-lai.ttdn.example')).toEqual(['phatngon@', 'gia-lai', '.ttdn', '.example']);
  });
  it('keeps a dot in the local part with what follows it', () => {
    expect(emailPieces(' lananh.nt@example.gov.vn ')).toEqual(['lananh', '.nt@', 'example', '.gov', '.vn']);
  });
  it('gives the pieces back as the same address', () => {
    const email = 'a.b-c@d-e.f.g';
    expect(emailPieces(email).join('')).toBe(email);
  });
});

describe('phoneKeptWhole', () => {
  it('joins the groups of a number written alone with no-break spaces', () => {
    expect(phoneKeptWhole('0256 0000 200')).toBe('0256\u00a00000\u00a0200');
    expect(phoneKeptWhole('+84 (256) 3822-123')).toBe('+84\u00a0(256)\u00a03822-123');
  });
  it('leaves sentences, dates and short numbers alone', () => {
    expect(phoneKeptWhole('Gọi 0256 0000 200 trong giờ hành chính')).toBe('Gọi 0256 0000 200 trong giờ hành chính');
    expect(phoneKeptWhole('1 2 3')).toBe('1 2 3');
    expect(phoneKeptWhole('Văn phòng Sở')).toBe('Văn phòng Sở');
  });
});
