/** Data entries (units, people, legal documents, anniversaries): the one place pages query them. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type DataName = 'units' | 'people' | 'legal' | 'anniversaries';

/** A collection's records sorted by id, queried on the first call only. */
function sortedOnce<N extends DataName>(name: N): () => Promise<CollectionEntry<N>[]> {
  let sorted: Promise<CollectionEntry<N>[]> | undefined;
  return () => (sorted ??= getCollection(name).then((all) => all.sort((a, b) => a.id.localeCompare(b.id))));
}

/** One sorted list per collection, each keeping its records' type. */
const SORTED: { [N in DataName]: () => Promise<CollectionEntry<N>[]> } = {
  units: sortedOnce('units'),
  people: sortedOnce('people'),
  legal: sortedOnce('legal'),
  anniversaries: sortedOnce('anniversaries'),
};

/** Every record of a collection by id, queried and sorted once per build (callers must not mutate it). */
export function getRecords<N extends DataName>(name: N): Promise<CollectionEntry<N>[]> {
  return SORTED[name]();
}

/** The record `id` of a collection, if it has one. */
export async function getRecord<N extends DataName>(name: N, id: string): Promise<CollectionEntry<N> | undefined> {
  return (await getRecords(name)).find((record) => record.id === id);
}
