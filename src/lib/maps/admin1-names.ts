/** The provinces of Viet Nam before 2025 as the committed boundary data names them (what province.yaml's `mapRegions` may list). */
import vnAdmin1 from './data/vn-admin1.topo.json' with { type: 'json' };
import { vi } from '../content-check/messages/vi.ts';
import type { Messages } from '../content-check/messages/types.ts';
import { nameOf, topology } from './topology.ts';

export const ADMIN1_NAMES: readonly string[] = topology(
  vnAdmin1,
  'vnm',
  'vn-admin1.topo.json',
).objects.vnm.geometries.flatMap((g) => nameOf(g) || []);

/** What to write instead of a name the data does not have (in the catalogue's words, Vietnamese unless asked), or undefined when it has it. */
export function admin1NameProblem(name: string, m: Pick<Messages, 'mapRegion'> = vi): string | undefined {
  return ADMIN1_NAMES.includes(name) ? undefined : m.mapRegion(name);
}
