/** Data entries (units, people, legal documents, anniversaries): the one place pages query them. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type DataName = 'units' | 'people' | 'legal' | 'anniversaries';

export async function getRecords<N extends DataName>(name: N): Promise<CollectionEntry<N>[]> {
  const all = (await getCollection(name)) as CollectionEntry<N>[];
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

export async function getRecord<N extends DataName>(name: N, id: string): Promise<CollectionEntry<N> | undefined> {
  return (await getEntry(name, id as never)) as CollectionEntry<N> | undefined;
}
