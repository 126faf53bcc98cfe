import { describe, expect, it } from 'vitest';
import { issuerFromCaps, issuerFromText, parseHeader, yearOf } from '../../src/lib/plan-import/header.ts';
import { findDate, isoDate, parseDate } from '../../src/lib/plan-import/dates.ts';

describe('dates', () => {
  it('reads both written forms', () => {
    expect(parseDate('ngày 15 tháng 6 năm 2023')).toBe('2023-06-15');
    expect(parseDate('03/11/2023')).toBe('2023-11-03');
    expect(findDate('Kế hoạch số 184-KH/TU ngày 03/11/2023 của Tỉnh ủy')?.iso).toBe('2023-11-03');
  });
  it('rejects impossible days', () => {
    expect(isoDate(30, 2, 2024)).toBeUndefined();
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(parseDate('31/4/2024')).toBeUndefined();
  });
});

describe('parseHeader', () => {
  it('reads a full header, one item per line', () => {
    const header = parseHeader([
      'ỦY BAN NHÂN DÂN',
      'TỈNH GIA LAI',
      'Số: 02/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 03 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Hoạt động thông tin đối ngoại năm 2025 trên địa bàn tỉnh Gia Lai',
    ]);
    expect(header).toEqual({
      number: '02/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      place: 'Gia Lai',
      issuedOn: '2025-01-03',
      title: 'Hoạt động thông tin đối ngoại năm 2025 trên địa bàn tỉnh Gia Lai',
      year: 2025,
      unparsed: [],
    });
  });

  it('reads a header whose two columns were extracted into shared lines', () => {
    const header = parseHeader([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ AN HÒA Độc lập - Tự do - Hạnh phúc',
      'Số: 15/KH-UBND An Hòa, ngày 20 tháng 5 năm 2022',
      'KẾ HOẠCH Hoạt động thông tin đối ngoại trên địa bàn xã năm 2022',
    ]);
    expect(header).toMatchObject({
      number: '15/KH-UBND',
      issuer: 'Ủy ban nhân dân xã An Hòa',
      place: 'An Hòa',
      issuedOn: '2022-05-20',
      title: 'Hoạt động thông tin đối ngoại trên địa bàn xã năm 2022',
      year: 2022,
    });
  });

  it('leaves out what is not there', () => {
    const header = parseHeader(['Hoạt động thông tin đối ngoại Xã Cao Xá năm 2023']);
    expect(header).toEqual({ title: 'Hoạt động thông tin đối ngoại Xã Cao Xá năm 2023', year: 2023, unparsed: [] });
  });

  it('rejects an impossible date of issue', () => {
    expect(parseHeader(['Gia Lai, ngày 30 tháng 02 năm 2025']).issuedOn).toBeUndefined();
  });
});

describe('issuer helpers', () => {
  it('writes capitals in the usual case', () => {
    expect(issuerFromCaps('UBND HUYỆN ĐAK ĐOA')).toBe('Ủy ban nhân dân huyện Đak Đoa');
    expect(issuerFromCaps('ỦY BAN NHÂN DÂN THÀNH PHỐ PLEIKU')).toBe('Ủy ban nhân dân thành phố Pleiku');
    expect(issuerFromCaps('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(issuerFromCaps('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBe('Sở Thông tin và Truyền thông');
  });
  it('finds the issuer in the introduction or the closing', () => {
    expect(issuerFromText(['UBND xã Cao Xá xây dựng kế hoạch triển khai'], undefined)).toBe(
      'Ủy ban nhân dân xã Cao Xá',
    );
    expect(issuerFromText(['UBND xã xây dựng Kế hoạch'], 'Trên đây là Kế hoạch năm 2022 của UBND xã Kon Gang./.')).toBe(
      'Ủy ban nhân dân xã Kon Gang',
    );
    expect(issuerFromText(['Các đơn vị xây dựng Kế hoạch'], undefined)).toBeUndefined();
  });
  it('takes the year from the title', () => {
    expect(yearOf('Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai')).toBe(2024);
    expect(yearOf('Hoạt động thông tin đối ngoại')).toBeUndefined();
  });
});

describe('department header', () => {
  it('reads a department as issuer', () => {
    expect(parseHeader(['SỞ NGOẠI VỤ', 'Số: 10/KH-SNgV', 'KẾ HOẠCH', 'Thông tin đối ngoại năm 2024'])).toMatchObject({
      number: '10/KH-SNgV',
      issuer: 'Sở Ngoại vụ',
      year: 2024,
    });
  });
});
