/** The provinces of Viet Nam before 2025 as the committed boundary data names them (what province.yaml's `mapRegions` may list). */
import vnAdmin1 from './data/vn-admin1.topo.json' with { type: 'json' };
import { vi } from '../content-check/messages/vi.ts';
import type { Messages } from '../content-check/messages/types.ts';

interface Admin1Topology {
  objects: { vnm: { geometries: { properties?: { name: string | null } }[] } };
}

export const ADMIN1_NAMES: readonly string[] = (vnAdmin1 as Admin1Topology).objects.vnm.geometries.flatMap((g) =>
  g.properties?.name ? [g.properties.name] : [],
);

/** What to write instead of a name the data does not have (in the catalogue's words, Vietnamese unless asked), or undefined when it has it. */
export function admin1NameProblem(name: string, m: Pick<Messages, 'mapRegion'> = vi): string | undefined {
  return ADMIN1_NAMES.includes(name) ? undefined : m.mapRegion(name);
}
