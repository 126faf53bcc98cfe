/** The shape of the committed TopoJSON files, checked once where they are imported (a JSON import has no TopoJSON type). */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isRecord } from '../is-record.ts';

export type Named = { name: string | null };
export type Topo<K extends string> = Topology<Record<K, GeometryCollection<Named>>>;

/** A TopoJSON topology whose object `key` is a collection of geometries (names read per geometry, with a check). */
export function isTopology<K extends string>(json: unknown, key: K): json is Topo<K> {
  if (!isRecord(json) || json.type !== 'Topology' || !Array.isArray(json.arcs) || !isRecord(json.objects)) return false;
  const object = json.objects[key];
  return isRecord(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries);
}

/** The name a geometry of the committed data carries, or null. */
export const nameOf = (g: { properties?: Partial<Named> }): string | null => g.properties?.name ?? null;

/** `json` as a topology with object `key`, or an error naming the file that is not one. */
export function topology<K extends string>(json: unknown, key: K, file: string): Topo<K> {
  if (!isTopology(json, key)) throw new Error(`${file} is not a TopoJSON topology with a "${key}" collection`);
  return json;
}
