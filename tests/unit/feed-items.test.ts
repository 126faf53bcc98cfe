import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feed-items.ts';

const sources = [
  { title: 'Plan', summary: 'A plan for 2025', path: '/en/plans/kh-2025/', date: '2025-02-10', category: 'Plan' },
  { title: 'Undated plan', summary: 'No date in the text we hold', path: '/en/plans/old/', category: 'Plan' },
  {
    title: 'Release',
    summary: 'Newest release',
    path: '/en/press/new/',
    date: '2026-10-01',
    category: 'Press release',
  },
];

describe('feedItems', () => {
  const items = feedItems(sources, 'https://gia-lai.ttdn.example');
  it('puts the newest first and leaves out items without a date', () => {
    expect(items.map((i) => i.title)).toEqual(['Release', 'Plan']);
  });
  it('gives absolute links and the day of publication in Việt Nam', () => {
    expect(items[0]!.link).toBe('https://gia-lai.ttdn.example/en/press/new/');
    expect(items[0]!.pubDate.toISOString()).toBe('2026-10-01T05:00:00.000Z');
  });
  it('keeps at most `limit` items', () => {
    expect(feedItems(sources, 'https://x.example', 1)).toHaveLength(1);
  });
});
