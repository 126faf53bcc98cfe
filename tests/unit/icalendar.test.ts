import { describe, expect, it } from 'vitest';
import { icalendar, type CalendarEvent } from '../../src/lib/icalendar.ts';

/** A minimal iCalendar reader: unfolded content lines grouped into VEVENTs of name → value. */
function parse(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}
const unescape = (v: string) => v.replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

const events: CalendarEvent[] = [
  {
    uid: '2024-chien-thang-dien-bien-phu@gia-lai.ttdn.example',
    date: '2024-05-07',
    title: '70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024), kỷ niệm năm chẵn',
    description: 'Nguồn: Kế hoạch TTĐN năm 2024; tuyên truyền, kỷ niệm.\nDòng thứ hai.',
    url: 'https://gia-lai.ttdn.example/vi/ngay-ky-niem/2024/',
  },
  { uid: '2024-hop-bao@gia-lai.ttdn.example', date: '2024-12-31', title: 'Họp báo cuối năm', start: '23:30' },
  { uid: '2024-hoi-nghi@gia-lai.ttdn.example', date: '2024-06-03', title: 'Hội nghị', start: '08:00', end: '11:30' },
];
const options = {
  timestamp: '2024-01-15',
  calName: 'Ngày kỷ niệm – Gia Lai',
  productId: '-//TTĐN Gia Lai//Ngày kỷ niệm//VI',
};

describe('icalendar', () => {
  const text = icalendar(events, options);
  const { lines, events: parsed } = parse(text);

  it('is a VCALENDAR 2.0 with the given name and product id, CRLF only', () => {
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//TTĐN Gia Lai//Ngày kỷ niệm//VI');
    expect(lines).toContain('X-WR-CALNAME:Ngày kỷ niệm – Gia Lai');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('holds every event, an anniversary as a whole-day event', () => {
    expect(parsed).toHaveLength(3);
    const [anniversary] = parsed;
    expect(anniversary).toMatchObject({
      UID: events[0]!.uid,
      'DTSTART;VALUE=DATE': '20240507',
      'DTEND;VALUE=DATE': '20240508',
      URL: events[0]!.url,
    });
    expect(unescape(anniversary!.SUMMARY!)).toBe(events[0]!.title);
    expect(unescape(anniversary!.DESCRIPTION!)).toBe(events[0]!.description);
  });

  it('writes timed events in UTC from Việt Nam time (UTC+7), ending an hour later by default', () => {
    expect(parsed[1]).toMatchObject({ DTSTART: '20241231T163000Z', DTEND: '20241231T173000Z' });
    expect(parsed[2]).toMatchObject({ DTSTART: '20240603T010000Z', DTEND: '20240603T043000Z' });
  });

  it('stamps every event with the given timestamp, so the same input gives the same bytes', () => {
    expect(parsed.map((e) => e.DTSTAMP)).toEqual(['20240115T000000Z', '20240115T000000Z', '20240115T000000Z']);
    expect(icalendar(events, options)).toBe(text);
    expect(icalendar(events, { ...options, timestamp: new Date('2024-01-15T00:00:00Z') })).toBe(text);
  });

  it('folds lines at 75 octets', () => {
    const physical = text.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('gives an empty calendar for no events and refuses a bad timestamp', () => {
    expect(parse(icalendar([], options)).events).toEqual([]);
    expect(() => icalendar(events, { timestamp: 'not a date' })).toThrow(/timestamp/);
  });
});
