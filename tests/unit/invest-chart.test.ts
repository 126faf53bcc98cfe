import { describe, expect, it } from 'vitest';
import { barChart, totalsBy } from '../../src/lib/invest/chart.ts';

describe('capital by sector chart', () => {
  const items = [
    { sector: 'agriculture', capital: 480 },
    { sector: 'logistics', capital: 1250 },
    { sector: 'agriculture', capital: 210 },
    { sector: 'energy', capital: 900 },
  ];
  it('totals per sector, largest first, with counts', () => {
    expect(
      totalsBy(
        items,
        (i) => i.sector,
        (i) => i.capital,
      ),
    ).toEqual([
      { key: 'logistics', value: 1250, count: 1 },
      { key: 'energy', value: 900, count: 1 },
      { key: 'agriculture', value: 690, count: 2 },
    ]);
  });
  it('draws bars proportional to the largest total, one row each', () => {
    const chart = barChart(
      totalsBy(
        items,
        (i) => i.sector,
        (i) => i.capital,
      ),
      { barWidth: 250, rowHeight: 30, barX: 100, valueRoom: 50 },
    );
    expect(chart.bars.map((b) => b.width)).toEqual([250, 180, 138]);
    expect(chart.bars.map((b) => b.y)).toEqual([0, 30, 60]);
    expect(chart).toMatchObject({ width: 400, height: 90 });
  });
  it('keeps a tiny value visible and an empty chart drawable', () => {
    expect(
      barChart([
        { key: 'a', value: 1e6 },
        { key: 'b', value: 1 },
      ]).bars[1]!.width,
    ).toBe(1);
    expect(barChart([]).bars).toEqual([]);
  });
});
