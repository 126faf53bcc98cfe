/**
 * The check's per-file work (src/editor/content-check/per-file-work.ts) kept between builds of a
 * province, so a rebuild parses only the files whose bytes changed: 2,000 entries are 4,000 YAML
 * and Markdown files, and parsing them was most of the check's time.
 *
 * Each result is keyed by a SHA-256 of the function's exact arguments (the path and text of a file,
 * or the format and text of a body), never by a date or mtime: other bytes are another key, and
 * are judged afresh. Only results that do not depend on the messages' language are kept: a parse
 * that succeeded, a body with no unsafe markup, a body's list of links. A finding is recomputed
 * every time, so its words follow the catalogue. The store as a whole is keyed by a digest of the
 * per-file module's code and packages (src/node/pipeline-digest.ts): a change to a rule clears it.
 *
 * The store is one file, written whole to a temporary name and renamed, with a SHA-256 of its
 * payload in front: a file that is truncated, corrupt or from other code is ignored (and replaced
 * after the run), never trusted in part.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { onceParsedWork, type PerFileWork } from '../editor/content-check/per-file-work.ts';
import { moduleClosureDigest } from './pipeline-digest.ts';
import type { FieldLines } from '../lib/content-check/field-lines.ts';
import { isRecord } from '../lib/is-record.ts';
import type { BodyFormat } from '../lib/content-check/body-tree.ts';

const PER_FILE_MODULE = fileURLToPath(new URL('../editor/content-check/per-file-work.ts', import.meta.url));
const STORE = 'check-memo.v8';
const DIGEST_BYTES = 32;

/** The digest of the per-file work's code: its module, the project modules it imports and their packages' versions. */
export const perFileCodeDigest = (): string => moduleClosureDigest(PER_FILE_MODULE);

/** What a successful parse keeps: the body is the text from `bodyStart`, and lines are read again when a finding needs one. */
interface KeptParse {
  data: Record<string, unknown>;
  bodyStart: number;
  bodyLine: number;
}

const isKeptParse = (value: unknown): value is KeptParse =>
  isRecord(value) && isRecord(value.data) && Number.isInteger(value.bodyStart) && Number.isInteger(value.bodyLine);

type LinkList = ReturnType<PerFileWork['internalLinks']>;
const isLinkList = (value: unknown): value is LinkList =>
  Array.isArray(value) &&
  value.every((link) => isRecord(link) && typeof link.line === 'number' && typeof link.target === 'string');

export interface CheckMemo extends PerFileWork {
  /** How many results were computed (`computed`) and taken from the store (`reused`) in this run. */
  readonly counts: { computed: number; reused: number };
  /** Writes the results this run used (and only those) when any was new. */
  save(): void;
}

/** The key of a result: a SHA-256 of the function's name and arguments (none of which holds a NUL but the text, which comes last). */
const keyOf = (kind: string, name: string, text: string): string =>
  createHash('sha256').update(`${kind}\0${name}\0`).update(text).digest('base64');

/** The stored results, or none when the file is missing, damaged or from other code. */
function load(file: string, code: string): Map<string, Uint8Array> {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(DIGEST_BYTES);
    if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(0, DIGEST_BYTES))) return new Map();
    const stored: unknown = deserialize(payload);
    if (typeof stored !== 'object' || stored === null || !('code' in stored) || !('results' in stored))
      return new Map();
    if (stored.code !== code || !(stored.results instanceof Map)) return new Map();
    const results = new Map<string, Uint8Array>();
    const entries: Map<unknown, unknown> = stored.results;
    for (const [key, value] of entries)
      if (typeof key === 'string' && value instanceof Uint8Array) results.set(key, value);
    return results;
  } catch {
    return new Map();
  }
}

/**
 * The per-file work of the check, kept in `dir` (a folder of the province's build cache, under the
 * build's lock). `fresh` computes what is not kept (tests count its calls); `code` names the code
 * the kept results came from.
 */
export function checkMemoIn(dir: string, fresh: PerFileWork = onceParsedWork(), code = perFileCodeDigest()): CheckMemo {
  const file = join(dir, STORE);
  const stored = load(file, code);
  const used = new Map<string, Uint8Array>();
  const counts = { computed: 0, reused: 0 };
  let changed = false;

  // A body is judged and its links listed by two passes: hashed once (the same string both times).
  const bodyKeys = { md: new Map<string, string>(), mdx: new Map<string, string>() };
  const bodyKey = (format: BodyFormat, body: string): string => {
    let key = bodyKeys[format].get(body);
    if (key === undefined) bodyKeys[format].set(body, (key = keyOf('body', format, body)));
    return key;
  };

  /**
   * The kept result for `key` when it has the shape `is` expects, as a copy of its own: nothing a
   * pass does to a result can reach the store.
   */
  function take<T>(key: string, is: (value: unknown) => value is T): T | undefined {
    const kept = used.get(key) ?? stored.get(key);
    if (!kept) return undefined;
    const value: unknown = deserialize(kept);
    if (!is(value)) return undefined;
    used.set(key, kept);
    counts.reused++;
    return value;
  }
  function keep(key: string, result: unknown): void {
    used.set(key, serialize(result));
    changed = true;
  }

  const work: PerFileWork = {
    parseEntry(path, text, m) {
      const key = keyOf('parse', path, text);
      const kept = take(key, isKeptParse);
      if (kept) {
        let lines: FieldLines | undefined;
        const lineOf: FieldLines = (field) => {
          if (!lines) {
            const again = fresh.parseEntry(path, text, m);
            lines = 'lineOf' in again ? again.lineOf : () => undefined;
          }
          return lines(field);
        };
        return { data: kept.data, body: text.slice(kept.bodyStart), bodyLine: kept.bodyLine, lineOf };
      }
      counts.computed++;
      const parsed = fresh.parseEntry(path, text, m);
      // A file that does not parse is parsed every time, so its message is in the catalogue's words.
      if (!('error' in parsed))
        keep(key, { data: parsed.data, bodyStart: text.length - parsed.body.length, bodyLine: parsed.bodyLine });
      return parsed;
    },
    unsafeBody(body, format, m) {
      const key = `unsafe ${bodyKey(format, body)}`;
      if (take(key, (value): value is true => value === true)) return [];
      counts.computed++;
      const problems = fresh.unsafeBody(body, format, m);
      // Only "nothing unsafe" is kept: findings are judged (and worded) afresh every time.
      if (problems.length === 0) keep(key, true);
      return problems;
    },
    internalLinks(body, format) {
      const key = `links ${bodyKey(format, body)}`;
      const kept = take(key, isLinkList);
      if (kept) return kept;
      counts.computed++;
      const links = fresh.internalLinks(body, format);
      keep(key, links);
      return links;
    },
  };

  return {
    ...work,
    counts,
    save() {
      if (!changed && used.size === stored.size) return;
      mkdirSync(dir, { recursive: true });
      const payload = serialize({ code, results: used });
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
        renameSync(temporary, file);
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}
