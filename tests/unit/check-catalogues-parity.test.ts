/**
 * Every message of the content check exists in both catalogues (messages/vi.ts, en.ts), with the same
 * shape and the same values said: a message that drops the file, the value or the suggestion in one
 * language tells that language's editor less. Walks every key; each function is called with markers
 * for its parameters, and both languages must say the same markers.
 */
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../src/lib/content-check/messages/index.ts';

type Node = unknown;

/** A marker that reads as text, as a list of one, as a number-like string and as a truthy flag. */
const marker = (name: string): string[] => Object.assign([`«${name}»`], { toString: () => `«${name}»` });
/** Markers for every property a finding's object is asked for. */
const findingMarkers = (prefix: string) =>
  new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? marker(`${prefix}.${key}`) : undefined) });

/** Leaves of a catalogue: key path → value. */
function leaves(node: Node, path: string[] = [], out = new Map<string, Node>()): Map<string, Node> {
  if (node && typeof node === 'object' && !Array.isArray(node))
    for (const [k, v] of Object.entries(node)) leaves(v, [...path, k], out);
  else out.set(path.join('.'), node);
  return out;
}

/** What a leaf says with markers for its parameters, and the markers in it. */
function said(value: Node): { text: string; markers: string[] } {
  let text: string;
  if (typeof value === 'function') {
    const takesFinding = /^\s*\(\s*\{/u.test(String(value));
    const args = takesFinding
      ? [findingMarkers('f')]
      : Array.from({ length: Math.max(value.length, 5) }, (_, i) => marker(`a${i}`));
    text = String(value(...args));
  } else if (Array.isArray(value)) text = value.join(' | ');
  else text = String(value);
  return { text, markers: [...new Set(text.match(/«[^»]+»/gu) ?? [])].sort() };
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);

describe('the check speaks both languages alike', () => {
  it('has the same keys in both catalogues', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it.each([...viLeaves.keys()].filter((k) => k !== 'lang'))(
    '%s: same kind of value, not empty, the same values said',
    (key) => {
      const v = viLeaves.get(key);
      const e = enLeaves.get(key);
      expect(typeof e).toBe(typeof v);
      const sv = said(v);
      const se = said(e);
      expect(sv.text.trim()).not.toBe('');
      expect(se.text.trim()).not.toBe('');
      expect(se.markers, `en says ${se.text}\nvi says ${sv.text}`).toEqual(sv.markers);
    },
  );

  it('would notice a message that drops a value in one language', () => {
    expect(said((a: string, b: string) => `${a} ${b}`).markers).toEqual(['«a0»', '«a1»']);
    expect(said((a: string) => `${a}`).markers).toEqual(['«a0»']);
    expect(said(({ scheme }: { scheme: string }) => `${scheme}:`).markers).toEqual(['«f.scheme»']);
  });
});
