/** The provinces of Viet Nam before 2025 as the committed boundary data names them (what province.yaml's `mapRegions` may list). */
import vnAdmin1 from './data/vn-admin1.topo.json' with { type: 'json' };

interface Admin1Topology {
  objects: { vnm: { geometries: { properties?: { name: string | null } }[] } };
}

export const ADMIN1_NAMES: readonly string[] = (vnAdmin1 as Admin1Topology).objects.vnm.geometries.flatMap((g) => (g.properties?.name ? [g.properties.name] : []));

/** A Vietnamese message for a name the data does not have, or undefined when it has it. */
export function admin1NameProblem(name: string): string | undefined {
  if (ADMIN1_NAMES.includes(name)) return undefined;
  return `"${name}" không có trong dữ liệu ranh giới — hãy viết đúng tên tỉnh trước năm 2025 như trong src/lib/maps/data/README.md (ví dụ: Gia Lai, Bình Định, Phú Thọ)`;
}
