/** Reads the values at a reference path such as "tasks[].partners[]" (positions kept for messages). */
import { isRecord } from '../is-record.ts';

export interface RefValue {
  /** Field path for messages, e.g. "tasks[3].lead" (positions from 1). */
  field: string;
  value: string;
}

export function valuesAt(data: unknown, path: string): RefValue[] {
  let current: { field: string; value: unknown }[] = [{ field: '', value: data }];
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    const next: { field: string; value: unknown }[] = [];
    for (const { field, value } of current) {
      if (!isRecord(value)) continue;
      const child = value[key];
      const name = field ? `${field}.${key}` : key;
      if (child === undefined || child === null) continue;
      if (isList && Array.isArray(child)) child.forEach((c, i) => next.push({ field: `${name}[${i + 1}]`, value: c }));
      else if (!isList) next.push({ field: name, value: child });
    }
    current = next;
  }
  return current.filter((c): c is RefValue => typeof c.value === 'string');
}
