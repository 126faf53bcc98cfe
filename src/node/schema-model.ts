/** The fields of every concept, read from src/schemas/ with their descriptions: shared by `npm run new` and the CMS config. */
import { concepts, type ConceptName } from '../schemas/registry.ts';
import { describeFields, type FieldSpec } from '../editor/schema-fields.ts';

export type Variant = 'source' | 'translation';

/** Fields of a concept: a data concept's schema, or a prose concept's source or translation schema. */
export function conceptFields(name: ConceptName, variant: Variant = 'source'): FieldSpec[] {
  const c = concepts[name];
  const schema = c.kind === 'data' ? c.schema : variant === 'source' ? c.source : c.translation;
  return describeFields(schema as Parameters<typeof describeFields>[0], { refs: variant === 'source' ? c.refs : [] });
}
