/**
 * `map.get(key)` for a key the data guarantees (a reference the content check has already
 * verified, an index built from the same list): a missing one is a bug upstream, so it throws
 * with what was looked up and where, instead of `!` letting `undefined` through to a page.
 */
export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, where: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${where}: ${JSON.stringify(key)} not found`);
  return value;
}
