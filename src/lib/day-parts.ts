/**
 * The numbers of a day "YYYY-MM-DD" and a time "HH:MM", as the schemas write them. Anything else is
 * a programming error (the schemas refused it before), so it throws instead of computing with NaN.
 */
export function dayParts(day: string): [year: number, month: number, day: number] {
  const m = /^(\d+)-(\d+)-(\d+)$/.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function timeParts(time: string): [hours: number, minutes: number] {
  const m = /^(\d+):(\d+)$/.exec(time);
  if (!m) throw new Error(`not an HH:MM time: ${JSON.stringify(time)}`);
  return [Number(m[1]), Number(m[2])];
}
