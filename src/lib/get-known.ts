/** `map.get(key)` for a key the caller knows is there (made from the same list); a missing one is a bug, reported by name. */
export function getKnown<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what}: nothing for ${JSON.stringify(key)}`);
  return value;
}
