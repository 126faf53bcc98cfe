/** The build's refusals of a province it cannot load, in Vietnamese as the check's messages are. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProvince } from '../../src/node/provinces.ts';

const root = mkdtempSync(join(tmpdir(), 'load-province-'));
cpSync(join(import.meta.dirname, '../fixtures/content/fixture/province.yaml'), join(root, 'fixture', 'province.yaml'), {
  recursive: true,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a province the build cannot load', () => {
  it('a province.yaml the schema refuses: how many mistakes, then each as the check says it', () => {
    const file = join(root, 'fixture', 'province.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^site: .*$/mu, 'site: www.example.org'));
    try {
      expect(() => loadProvince('fixture', root)).toThrow(
        'Nội dung có 1 lỗi, chưa dựng được trang — hãy sửa từng lỗi dưới đây:\ncontent/fixture/province.yaml: Địa chỉ cổng thông tin (site): không phải địa chỉ trang web đầy đủ',
      );
    } finally {
      writeFileSync(file, good);
    }
  });

  it('a province with no province.yaml: the provinces there are', () => {
    expect(() => loadProvince('khong-co', root)).toThrow(
      'content/khong-co/province.yaml: (tệp): không có tỉnh "khong-co" — hãy viết một trong: fixture',
    );
  });
});
