import { describe, expect, it } from 'vitest';
import { cleanLine, cleanParagraphs, cleanText, continues, isAllCaps } from '../../src/lib/plan-import/clean-text.ts';

describe('cleanLine', () => {
  it('drops URLs, page numbers and empty lines', () => {
    expect(cleanLine('https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/nghi-dinh-72.aspx')).toBeNull();
    expect(cleanLine('  12  ')).toBeNull();
    expect(cleanLine('- 3 -')).toBeNull();
    expect(cleanLine('Trang 2/5')).toBeNull();
    expect(cleanLine('   ')).toBeNull();
  });
  it('keeps a year or a number that is part of the text', () => {
    expect(cleanLine('2022: ')).toBe('2022:');
    expect(cleanLine('1 và Tiểu dự án 2')).toBe('1 và Tiểu dự án 2');
  });
  it('normalises spacing and Unicode (NFC)', () => {
    expect(cleanLine(' Đơn vị phối  hợp:\u00a0Các cơ quan ')).toBe('Đơn vị phối hợp: Các cơ quan');
    expect(cleanLine('Hoa\u0323t \u0111o\u0302\u0323ng')).toBe('Hoạt động');
  });
});

describe('isAllCaps', () => {
  it('tells headings and signature lines from text', () => {
    expect(isAllCaps('PHÓ CHỦ TỊCH')).toBe(true);
    expect(isAllCaps('III. TỔ CHỨC THỰC HIỆN')).toBe(true);
    expect(isAllCaps('Nguyễn Thị Thanh Lịch')).toBe(false);
    expect(isAllCaps('2022')).toBe(false);
  });
});

describe('continues', () => {
  it('joins a lowercase continuation and a hyphenated number', () => {
    expect(continues('hiệu quả công tác Thông tin đối ngoại trong tình hình', 'mới;')).toBe(true);
    expect(continues('Kế hoạch số 2059/KH-', 'UBND ngày 13/9/2022')).toBe(true);
  });
  it('does not take "- xã hội" or "- 24/6/2022)" for bullets', () => {
    expect(continues('tình hình phát triển kinh tế', '- xã hội tỉnh Gia Lai;')).toBe(true);
    expect(continues('Việt Nam - Campuchia (24/6/1967', '- 24/6/2022); kỷ niệm')).toBe(true);
  });
  it('starts bullets, numbered and Roman headings, "Căn cứ", signature lines', () => {
    expect(continues('tình hình mới.', '- Nâng cao chất lượng')).toBe(false);
    expect(continues('bất kỳ', '6.1. Tiếp tục quảng bá')).toBe(false);
    expect(continues('bất kỳ', 'III. TỔ CHỨC THỰC HIỆN')).toBe(false);
    expect(
      continues(
        'Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai',
        'Căn cứ Kết luận số 57-KL/TW',
        true,
      ),
    ).toBe(false);
    expect(continues('- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN')).toBe(false);
  });
  it('ends a heading before its body but not inside a proper name', () => {
    expect(continues('4. Văn phòng Ủy ban nhân dân tỉnh', 'Chủ trì, phối hợp với')).toBe(false);
    expect(
      continues('2. Triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ', 'Chính trị về tiếp tục'),
    ).toBe(true);
    expect(continues('- Đơn vị phối hợp: Các sở; Bộ Chỉ huy Bộ đội', 'Biên phòng tỉnh; Báo Gia Lai')).toBe(true);
  });
  it('keeps a name line apart from the title above it', () => {
    expect(continues('PHÓ CHỦ TỊCH', 'Nguyễn Thị Thanh Lịch')).toBe(false);
  });
});

describe('cleanParagraphs', () => {
  const pdf = [
    ' KẾ HOẠCH ',
    '',
    'Hoạt động thông tin đối ngoại năm 2024 ',
    '',
    'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính ',
    '',
    'phủ về quản lý hoạt động thông tin đối ngoại;  ',
    '',
    '- Hạn chế tác động của các vấn đề ',
    '',
    'https://thuvienphapluat.vn/van-ban/x.aspx',
    ' biển đảo, biên giới. ',
    '',
    '2',
    '',
    '- Thời gian thực hiện: Cả năm 2024. ',
  ].join('\n');

  it('joins broken lines into paragraphs without page debris', () => {
    expect(cleanParagraphs(pdf)).toEqual([
      'KẾ HOẠCH',
      'Hoạt động thông tin đối ngoại năm 2024',
      'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
      '- Hạn chế tác động của các vấn đề biển đảo, biên giới.',
      '- Thời gian thực hiện: Cả năm 2024.',
    ]);
  });

  it('keeps DOCX paragraphs as they are', () => {
    expect(cleanParagraphs('4. Văn phòng UBND tỉnh Gia Lai\n\nChủ trì tham mưu.\n\n', 'paragraphs')).toEqual([
      '4. Văn phòng UBND tỉnh Gia Lai',
      'Chủ trì tham mưu.',
    ]);
  });

  it('reads Markdown: blank lines part paragraphs, list items stand alone, markers go', () => {
    expect(
      cleanParagraphs(
        '# KẾ HOẠCH\n\nCăn cứ Nghị định\nsố 72/2015/NĐ-CP;\n\n## I. MỤC TIÊU\n* Một\n* **Hai**',
        'markdown',
      ),
    ).toEqual(['KẾ HOẠCH', 'Căn cứ Nghị định số 72/2015/NĐ-CP;', 'I. MỤC TIÊU', '- Một', '- Hai']);
  });

  it('cleanText separates paragraphs with blank lines', () => {
    expect(cleanText('Một \n\nhai.\n\n- Ba')).toBe('Một hai.\n\n- Ba');
  });
});
