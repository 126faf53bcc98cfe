/**
 * The build keeps the check's per-file work between runs (src/node/check-memo.ts): a rebuild over
 * unchanged files parses none of them, an edited file is judged afresh, other code or a damaged
 * store starts over, and the findings are the same, word for word and in order, with a cold store,
 * a warm one and none, over the fixture content and hostile edits laid over a warm store.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkMemoIn, perFileCodeDigest } from '../../src/node/check-memo.ts';
import { runContentCheck } from '../../src/node/run-check.ts';
import { moduleClosure } from '../../src/node/pipeline-digest.ts';
import { freshWork, type PerFileWork } from '../../src/editor/content-check/per-file-work.ts';
import { messagesFor, vi, type Messages } from '../../src/lib/content-check/messages/index.ts';
import type { CheckResult } from '../../src/lib/content-check/types.ts';
import { HOSTILE_CASES } from '../helpers/hostile/index.ts';
import { contentWith } from '../helpers/hostile/content-dir.ts';

process.env.BUILD_DATE = '2024-06-01';

const scratch = mkdtempSync(join(tmpdir(), 'check-memo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => join(scratch, `memo-${++folders}`);

/** The per-file work done afresh, counting each call. */
function counted(): PerFileWork & { calls: { parse: number; body: number; links: number } } {
  const calls = { parse: 0, body: 0, links: 0 };
  return {
    calls,
    parseEntry: (...args) => (calls.parse++, freshWork.parseEntry(...args)),
    unsafeBody: (...args) => (calls.body++, freshWork.unsafeBody(...args)),
    internalLinks: (...args) => (calls.links++, freshWork.internalLinks(...args)),
  };
}

/** One build's check over `root` with the store in `dir`, as the portal integration runs it. */
function checkWithMemo(root: string, dir: string, fresh: PerFileWork = freshWork, code = 'code-1', m: Messages = vi) {
  const memo = checkMemoIn(dir, fresh, code);
  const result = runContentCheck(undefined, m, root, memo);
  memo.save();
  return { result, counts: { ...memo.counts } };
}

/** Files whose findings point at a line: a warm run reads each once more, for the line of its finding. */
const linedFiles = (result: CheckResult) =>
  new Set([...result.errors, ...result.warnings].filter((p) => p.line).map((p) => p.file)).size;

const withContent = <T>(files: Parameters<typeof contentWith>[0], run: (root: string) => T, remove?: string[]): T => {
  const root = contentWith(files, remove);
  try {
    return run(root);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
};

describe('the check with its per-file work kept between builds', () => {
  it('finds the same over the fixture content cold, warm and without a store, and a warm run parses nothing', () => {
    withContent({}, (root) => {
      const uncached = runContentCheck(undefined, vi, root);
      const dir = newFolder();
      const cold = checkWithMemo(root, dir);
      const fresh = counted();
      const warm = checkWithMemo(root, dir, fresh);
      expect(cold.result).toEqual(uncached);
      expect(warm.result).toEqual(uncached);
      expect(cold.counts.computed).toBeGreaterThan(20);
      // Nothing is parsed again but the files whose finding names a line: the exchange rate's warning.
      expect(fresh.calls).toEqual({ parse: linedFiles(uncached), body: 0, links: 0 });
      expect(warm.counts).toEqual({ computed: 0, reused: cold.counts.computed + cold.counts.reused });
    });
  });

  it('parses an edited file again and reports what its new bytes hold', () => {
    const press = 'fixture/press/vi/thong-cao.md';
    withContent({}, (root) => {
      const dir = newFolder();
      checkWithMemo(root, dir);
      appendFileSync(join(root, press), '\n<script>alert(1)</script>\n');
      const fresh = counted();
      const edited = checkWithMemo(root, dir, fresh);
      // The one file whose bytes changed: its front matter, its body's markup and its links.
      const uncached = runContentCheck(undefined, vi, root);
      // The edited file (its line comes with its parse), and the exchange rate read again for its warning's line.
      expect(fresh.calls).toEqual({ parse: linedFiles(uncached), body: 1, links: 1 });
      expect(edited.result).toEqual(uncached);
      expect(edited.result.errors.filter((e) => e.file === `content/${press}`)).toMatchObject([
        { field: '(text)', message: expect.stringMatching(/<script>/) as unknown },
      ]);
      // An unsafe body is never kept as such: the next run judges it again, in the catalogue's words.
      const again = counted();
      const english = checkWithMemo(root, dir, again, 'code-1', messagesFor('en'));
      expect(again.calls.body).toBe(1);
      expect(english.result).toEqual(runContentCheck(undefined, messagesFor('en'), root));
    });
  });

  it('starts over when the per-file code changes, and its digest covers the parsers and the body rules', () => {
    withContent({}, (root) => {
      const dir = newFolder();
      const first = checkWithMemo(root, dir, freshWork, 'code-1');
      const fresh = counted();
      checkWithMemo(root, dir, fresh, 'code-2');
      expect(fresh.calls.parse).toBeGreaterThan(10);
      expect(fresh.calls.parse + fresh.calls.body + fresh.calls.links).toBe(first.counts.computed);
    });
    const closure = moduleClosure(join(import.meta.dirname, '../../src/editor/content-check/per-file-work.ts'));
    for (const file of [
      'parse-entry.ts',
      'field-lines.ts',
      'body-safety.ts',
      'body-tree.ts',
      'links.ts',
      'safe-url.ts',
    ])
      expect(closure.files.some((f) => f.endsWith(`/${file}`))).toBe(true);
    expect(closure.packages).toEqual(expect.arrayContaining(['yaml', 'satteri']));
    expect(perFileCodeDigest()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores a damaged store, finds the same and writes a whole one again', () => {
    withContent({}, (root) => {
      const dir = newFolder();
      const cold = checkWithMemo(root, dir);
      const [store] = readdirSync(dir);
      if (!store) throw new Error('no store written');
      const bytes = readFileSync(join(dir, store));
      const damaged = [
        bytes.subarray(0, bytes.length >> 1), // cut short
        Buffer.from(bytes).fill(0x41, 40, 60), // overwritten in the middle
        Buffer.from('not a store at all'),
      ];
      for (const broken of damaged) {
        writeFileSync(join(dir, store), broken);
        const fresh = counted();
        const run = checkWithMemo(root, dir, fresh);
        expect(run.result).toEqual(cold.result);
        // Nothing from the damaged store: what is reused is what this run itself met twice.
        expect(run.counts).toEqual(cold.counts);
        expect(fresh.calls.parse).toBeGreaterThan(10);
        expect(checkWithMemo(root, dir).counts.computed).toBe(0);
      }
      // Only the store remains: each write went to a temporary file renamed over it.
      expect(readdirSync(dir)).toEqual([store]);
    });
  });

  it('keeps values JSON would change: NaN, infinities, -0, shared anchors and a "__proto__" key', () => {
    const unit = 'fixture/units/so-ngoai-vu.yaml';
    const odd = [
      'name: { vi: Sở Ngoại vụ tỉnh Mẫu, en: Sample Department of Foreign Affairs }',
      'kind: department',
      'level: .nan',
      'phone: -.inf',
      'email: -0',
      'sample: &same { a: 1 }',
      'again: *same',
      '__proto__: { polluted: true }',
      '',
    ].join('\n');
    withContent({ [unit]: odd }, (root) => {
      const uncached = runContentCheck(undefined, vi, root);
      expect(uncached.errors.filter((e) => e.file === `content/${unit}`).length).toBeGreaterThan(2);
      const dir = newFolder();
      expect(checkWithMemo(root, dir).result).toEqual(uncached);
      const warm = checkWithMemo(root, dir);
      expect(warm.counts.computed).toBe(0);
      expect(warm.result).toEqual(uncached);
      expect('polluted' in Object.prototype).toBe(false);
    });
  });

  // A few of each class: bodies (kept "no findings" must not hide a script), values, files and encoding.
  const classes = [...new Set(HOSTILE_CASES.map((c) => c.class))];
  const picked = classes.flatMap((k) => HOSTILE_CASES.filter((c) => c.class === k).slice(0, 3));
  const warmFromFixture = newFolder();
  withContent({}, (root) => checkWithMemo(root, warmFromFixture));

  it.each(picked.map((c) => [c.class, c.name, c] as const))(
    'finds the same in a hostile edit over a warm store (%s: %s)',
    (_class, _name, c) => {
      withContent(
        c.files,
        (root) => {
          const uncached = runContentCheck(undefined, vi, root);
          const dir = newFolder();
          const warmStore = checkMemoIn(warmFromFixture, freshWork, 'code-1');
          const overWarm = runContentCheck(undefined, vi, root, warmStore);
          expect(overWarm).toEqual(uncached);
          expect(checkWithMemo(root, dir).result).toEqual(uncached);
          expect(checkWithMemo(root, dir).result).toEqual(uncached);
          if ('refused' in c.outcome)
            expect(uncached.errors.map((e) => e.file)).toContain(`content/${c.outcome.refused.file}`);
        },
        c.remove,
      );
    },
  );
});
