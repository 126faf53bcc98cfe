/** The fields of every concept, read from src/schemas/ with their descriptions: shared by `npm run new` and the CMS config. */
import { z } from 'astro/zod';
import { concepts, type ConceptName } from '../schemas/registry.ts';
import { describeFields, type FieldSpec } from '../editor/schema-fields.ts';

export type Variant = 'source' | 'translation';

/** Fields of a concept: a data concept's schema, or a prose concept's source or translation schema. */
export function conceptFields(name: ConceptName, variant: Variant = 'source'): FieldSpec[] {
  const c = concepts[name];
  const schema = c.kind === 'data' ? c.schema : variant === 'source' ? c.source : c.translation;
  // A data concept's schema is typed as any zod type; every one is an object of fields (src/schemas/).
  if (!(schema instanceof z.ZodObject)) throw new Error(`src/schemas: the ${name} schema is not an object of fields`);
  return describeFields(schema, { refs: variant === 'source' ? c.refs : [] });
}
