/** The counting behind `npm run measure:casts` (issue 21, point 1): assertions read by a parser. */
import { describe, expect, it } from 'vitest';
import { countFile, countInAstro, countInTypeScript, linesOf } from '../../scripts/measure-casts/count.ts';

describe('countInTypeScript', () => {
  it('counts `as T` and `<T>x`, never `as const`, `satisfies`, or look-alikes in strings and comments', () => {
    const code = [
      'const a = b as string;',
      'const c = <number>d;',
      'const e = [1, 2] as const;',
      'const f = { g: 1 } satisfies Record<string, number>;',
      "const h = 'x as y and z!';",
      '// i as j, k!.l',
      'const m = (n as unknown as Map<string, number>).get("o");',
    ].join('\n');
    // `as unknown as` is two assertions.
    expect(countInTypeScript(code)).toEqual({ casts: 4, nonNull: 0 });
  });

  it('counts each `!` that asserts non-null, not `!x`, `!==` or `!=`', () => {
    const code = 'const a = b!.c!;\nif (!d && e !== f && g != h) i!.j(k!);\n';
    expect(countInTypeScript(code)).toEqual({ casts: 0, nonNull: 4 });
  });
});

describe('countInAstro', () => {
  it('counts the frontmatter and the template, not the text of the page', () => {
    const page = [
      '---',
      'const a = Astro.props as { b: string };',
      'const c = d.get(a.b)!;',
      'const e = ["x"] as const;',
      '---',
      '<p>Say hi! (as we do)</p>',
      '<ul>{c.items.map((i) => <li>{i.name!}</li>)}</ul>',
      '<img src={c.src as string} alt={e[0]} />',
    ].join('\n');
    expect(countInAstro(page)).toEqual({ casts: 2, nonNull: 2 });
  });

  it('refuses a file Astro cannot parse rather than count it as clean', () => {
    expect(() => countInAstro('---\nconst a = 1;\n---\n<p>{<number>b}</p>\n')).toThrow(/cannot parse/);
  });
});

describe('lines and files', () => {
  it('counts lines as wc -l does, plus an unterminated last line', () => {
    expect(linesOf('')).toBe(0);
    expect(linesOf('a\nb\n')).toBe(2);
    expect(linesOf('a\nb')).toBe(2);
  });

  it('reads a file by its ending and counts its whole lines', () => {
    expect(countFile('x.ts', 'const a = b!;\n')).toEqual({ lines: 1, casts: 0, nonNull: 1 });
    expect(countFile('x.astro', '---\nconst a = b!;\n---\n<p>{a as string}</p>\n')).toEqual({
      lines: 4,
      casts: 1,
      nonNull: 1,
    });
  });
});
