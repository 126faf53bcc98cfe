import { describe, expect, it } from 'vitest';
import { communeLabel, readableName } from '../../src/lib/invest/readable-name.ts';

const iaDom = { vi: 'xã Ia Dom', en: 'Ia Dom Commune', km: 'ឃុំ Ia Dom' };

describe('readableName', () => {
  it('takes the name in the page language when the profile has it', () => {
    expect(readableName(iaDom, 'km')).toEqual({ text: 'ឃុំ Ia Dom', lang: 'km' });
    expect(readableName(iaDom, 'vi')).toEqual({ text: 'xã Ia Dom', lang: 'vi' });
  });
  it('falls back to English, not Vietnamese, for a locale the profile lacks', () => {
    expect(readableName(iaDom, 'ko')).toEqual({ text: 'Ia Dom Commune', lang: 'en' });
  });
  it('shows the Vietnamese as written when there is no English either', () => {
    expect(readableName({ vi: 'xã Ia Nan' }, 'ko')).toEqual({ text: 'xã Ia Nan', lang: 'vi' });
  });
});

describe('communeLabel', () => {
  const template = ({ commune, former }: { commune: string; former: string }) => `${commune} (former ${former})`;
  it('adds the former district when there is one', () => {
    expect(communeLabel('Ia Dom Commune', 'Duc Co District', template)).toBe('Ia Dom Commune (former Duc Co District)');
  });
  it('is the name alone otherwise', () => {
    expect(communeLabel('Ia Dom Commune', undefined, template)).toBe('Ia Dom Commune');
  });
});
