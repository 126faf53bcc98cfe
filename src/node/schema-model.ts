/** The fields of every concept, read from src/schemas/ with their doc comments: shared by `npm run new` and the CMS config. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { concepts, type ConceptName } from '../schemas/registry.ts';
import { collectDocLiterals, type DocLiteral } from '../lib/schema-docs.ts';
import { describeFields, type FieldSpec } from '../lib/schema-fields.ts';
import { repoRoot } from './provinces.ts';

const schemaDir = join(repoRoot, 'src', 'schemas');
const modules = readdirSync(schemaDir).filter((f) => f.endsWith('.ts') && f !== 'registry.ts').sort();
const literals: DocLiteral[] = collectDocLiterals(modules.map((m) => ({ module: m, text: readFileSync(join(schemaDir, m), 'utf8') })));

/** The module that exports a schema object, found by identity, so no table of file names can drift. */
const exportsByModule = await Promise.all(
  modules.map(async (m) => ({ module: m, values: Object.values(await import(pathToFileURL(join(schemaDir, m)).href)) })),
);
const homeOf = (schema: unknown) => exportsByModule.find((e) => e.values.includes(schema))?.module;

export type Variant = 'source' | 'translation';

/** Fields of a concept: a data concept's schema, or a prose concept's source or translation schema. */
export function conceptFields(name: ConceptName, variant: Variant = 'source'): FieldSpec[] {
  const c = concepts[name];
  const schema = c.kind === 'data' ? c.schema : variant === 'source' ? c.source : c.translation;
  return describeFields(schema as Parameters<typeof describeFields>[0], { literals, home: homeOf(schema), refs: variant === 'source' ? c.refs : [] });
}
