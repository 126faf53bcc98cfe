/**
 * The units plan pages name, as src/data/plans.ts builds them for a locale and components show them.
 * The unit's level and kind are type parameters (the schema's enums, src/schemas/unit.ts), so this
 * module stays below the schemas; components that only name and link a unit use the defaults.
 */

/** A name and the locale it is really in (for a lang attribute when it fell back to Vietnamese). */
export interface Named {
  text: string;
  lang: string;
}

export interface UnitView<Level extends string = string, Kind extends string = string> {
  slug: string;
  name: Named;
  level: Level;
  kind: Kind;
  parent?: string;
  until?: string;
  /** Units that took over its work (merged, renamed, dissolved). */
  successors: string[];
  website?: string;
  sample: boolean;
}

/**
 * The unit a plan names. The content check refuses a reference to a unit that does not exist, so a
 * miss here means the check was bypassed: the build stops and says which unit.
 */
export function unitNamed<U extends UnitView>(units: ReadonlyMap<string, U>, slug: string): U {
  const unit = units.get(slug);
  if (!unit) throw new Error(`units/${slug}.yaml: không có đơn vị này — hãy chạy npm run check`);
  return unit;
}
