/**
 * A legal document's web address says what kind of page it is (issue 19, point 6): the issuer's own
 * page or vbpl.vn, another state body's copy, a state report without the text, or a private legal
 * database. The field is required with an address, named by its label when missing, edited in the CMS
 * with Vietnamese words, and set in every national file as its first comment says.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { legalSchema, legalSourceKinds } from '../../src/schemas/legal.ts';
import { formatProblem, issuesToProblems } from '../../src/lib/format-issues.ts';
import { en } from '../../src/lib/content-check/messages/index.ts';
import { provinceCmsBackend, provinceCmsConfig } from '../../scripts/build/admin.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { readYaml } from '../../src/node/read-yaml.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';

const decree = {
  number: '42/2022/NĐ-CP',
  kind: 'nghi-dinh',
  issuedOn: '2022-06-24',
  issuer: { vi: 'Chính phủ' },
  title: { vi: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến' },
  url: 'https://thuvienphapluat.vn/van-ban/x-518831.aspx',
};
const FILE = 'content/national/legal/nghi-dinh-42-2022-nd-cp.yaml';

function said(value: unknown, m = undefined as typeof en | undefined): string[] {
  const result = legalSchema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(FILE, result.error.issues, m).map((p) => formatProblem(p, m));
}

describe("the kind of a legal document's source", () => {
  it('is required with a web address, and the check names the file and the field by its label, in Vietnamese', () => {
    expect(said(decree)).toEqual([
      expect.stringMatching(
        /^content\/national\/legal\/nghi-dinh-42-2022-nd-cp\.yaml: Loại nguồn \(sourceKind\): chưa chọn — .*Địa chỉ trang web \(url\).*private-database \(thuvienphapluat\.vn/,
      ),
    ]);
    expect(said(decree, en)).toEqual([
      expect.stringMatching(/Kind of source \(sourceKind\): missing — a document with a `url` needs `sourceKind`/),
    ]);
    expect(said({ ...decree, sourceKind: 'private-database' })).toEqual([]);
    const { url: _url, ...withoutUrl } = decree;
    expect(said(withoutUrl)).toEqual([]);
    expect(said({ ...decree, sourceKind: 'thuvienphapluat' })[0]).toMatch(
      /^content\/national\/legal\/nghi-dinh-42-2022-nd-cp\.yaml: Loại nguồn \(sourceKind\): /,
    );
  });

  it('is set in every national legal file as its first comment says ("# Source: <kind> — …"; "none stored" has no address)', () => {
    const dir = join('content', 'national', 'legal');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      // The comment at the top of a file with no blank line after it belongs to the first key.
      const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
      const comment = doc.commentBefore ?? (isScalar(first) ? first.commentBefore : undefined) ?? '';
      const said = comment.trim().split('\n')[0] ?? '';
      const data = legalSchema.parse(doc.toJS());
      const kind = data.sourceKind ?? 'none stored';
      expect(
        said.startsWith(`Source: ${kind} `) || said.startsWith(`Source: ${kind}(`),
        `${file}: "${said}" vs sourceKind ${kind}`,
      ).toBe(true);
      expect(data.url === undefined, file).toBe(data.sourceKind === undefined);
    }
  });

  it('is a select in the CMS with a Vietnamese label, help and the words readers see on the page', () => {
    const province = {
      id: 'fixture',
      ...provinceSchema.parse(readYaml(join(import.meta.dirname, '../fixtures/content/fixture/province.yaml'))),
    };
    const config = provinceCmsConfig(province, provinceCmsBackend(province, {})!);
    const legal = config.collections.find((c) => c.name === 'legal')!;
    const field = (
      legal.fields as {
        name: string;
        label?: string;
        hint?: string;
        required?: boolean;
        options?: { label: string; value: string }[];
      }[]
    ).find((f) => f.name === 'sourceKind');
    const vi = readDictionary('vi')!;
    expect(field).toMatchObject({ label: 'Loại nguồn', required: false });
    expect(field!.hint).toMatch(/bắt buộc khi có địa chỉ/);
    expect(field!.options).toEqual(
      legalSourceKinds.map((value) => ({ value, label: vi[`legal.sourceKind.${value}`] })),
    );
  });
});
