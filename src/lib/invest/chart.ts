/** A horizontal bar chart drawn at build time: totals per group and the geometry of each bar. */

export interface Bar<K extends string = string> {
  key: K;
  value: number;
  /** Top of the bar's row. */
  y: number;
  /** Bar length in chart units (the longest bar is `barWidth`). */
  width: number;
}

export interface BarChart<K extends string = string> {
  width: number;
  height: number;
  /** Where bars start (room for labels on the left). */
  barX: number;
  rowHeight: number;
  bars: Bar<K>[];
}

/** Sums `value` per `key`, largest total first (key breaks ties). */
export function totalsBy<T, K extends string>(
  items: readonly T[],
  key: (item: T) => K,
  value: (item: T) => number,
): { key: K; value: number; count: number }[] {
  const totals = new Map<K, { value: number; count: number }>();
  for (const item of items) {
    const k = key(item);
    const t = totals.get(k) ?? { value: 0, count: 0 };
    totals.set(k, { value: t.value + value(item), count: t.count + 1 });
  }
  return [...totals]
    .map(([k, t]) => ({ key: k, ...t }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}

/** Lays out one bar per row, lengths proportional to the largest value. */
export function barChart<K extends string>(
  rows: readonly { key: K; value: number }[],
  opts: { barX?: number; barWidth?: number; rowHeight?: number; valueRoom?: number } = {},
): BarChart<K> {
  const { barX = 200, barWidth = 320, rowHeight = 36, valueRoom = 150 } = opts;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const bars = rows.map((r, i) => ({
    key: r.key,
    value: r.value,
    y: i * rowHeight,
    width: max > 0 ? Math.max(1, Math.round((r.value / max) * barWidth)) : 0,
  }));
  return {
    width: barX + barWidth + valueRoom,
    height: Math.max(rowHeight, rows.length * rowHeight),
    barX,
    rowHeight,
    bars,
  };
}
