import { describe, expect, it, vi } from 'vitest';

// Counts the body parses (satteri), the costly part of judging a body and listing its links.
const { parses } = vi.hoisted(() => ({ parses: { count: 0 } }));
vi.mock('../../src/lib/content-check/body-tree.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/content-check/body-tree.ts')>();
  return {
    ...original,
    parseBody: (...args: Parameters<typeof original.parseBody>) => {
      parses.count++;
      return original.parseBody(...args);
    },
  };
});

const { freshWork, onceParsedWork } = await import('../../src/editor/content-check/per-file-work.ts');
const { vi: messages } = await import('../../src/lib/content-check/messages/index.ts');

const bodies: [string, 'md' | 'mdx'][] = [
  ['Xem [kế hoạch](/vi/plans/ke-hoach-1/) và ![ảnh](/files/a.png).\n\n[ref]: /vi/press/tin-2/', 'md'],
  ['<a href="/vi/places/cho-noi/">Chợ nổi</a> <script>alert(1)</script>', 'md'],
  ['<Figure src="/files/b.jpg" /> <a href="/en/press/x/">x</a>', 'mdx'],
  ['Một dấu { lẻ và <3 trong MDX', 'mdx'],
  ['Không có liên kết.', 'md'],
];

describe('onceParsedWork (the check parses each body once)', () => {
  it('judges each body and lists its links as freshWork does', () => {
    const work = onceParsedWork();
    for (const [body, format] of bodies) {
      expect(work.unsafeBody(body, format, messages)).toEqual(freshWork.unsafeBody(body, format, messages));
      expect(work.internalLinks(body, format)).toEqual(freshWork.internalLinks(body, format));
    }
  });

  it('parses a body once when the check judges every body, then reads every body’s links', () => {
    const work = onceParsedWork();
    parses.count = 0;
    for (const [body, format] of bodies) work.unsafeBody(body, format, messages);
    for (const [body, format] of bodies) work.internalLinks(body, format);
    expect(parses.count).toBe(bodies.length);
  });

  it('parses a body it has not judged, and keeps nothing once the links were read', () => {
    const work = onceParsedWork();
    const [body, format] = bodies[0]!;
    parses.count = 0;
    work.internalLinks(body, format);
    work.unsafeBody(body, format, messages);
    work.internalLinks(body, format);
    work.internalLinks(body, format);
    expect(parses.count).toBe(3);
  });
});
