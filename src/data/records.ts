/** Data entries (units, people, legal documents, anniversaries): the one place pages query them. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type DataName = 'units' | 'people' | 'legal' | 'anniversaries';

const sorted = new Map<DataName, Promise<CollectionEntry<DataName>[]>>();

/** Every record of a collection by id, queried and sorted once per build (callers must not mutate it). */
export function getRecords<N extends DataName>(name: N): Promise<CollectionEntry<N>[]> {
  if (!sorted.has(name))
    sorted.set(
      name,
      getCollection(name).then((all) => (all as CollectionEntry<DataName>[]).sort((a, b) => a.id.localeCompare(b.id))),
    );
  return sorted.get(name)! as Promise<CollectionEntry<N>[]>;
}

export async function getRecord<N extends DataName>(name: N, id: string): Promise<CollectionEntry<N> | undefined> {
  return (await getEntry(name, id)) as CollectionEntry<N> | undefined;
}
