/**
 * Reads a zod 4 object schema as a tree of fields an editor fills: kind, required, limits, help,
 * references. Read through zod's public JSON Schema (`z.toJSONSchema`, the input side: what an
 * editor writes), with each field's help from its `.meta({ description })`.
 */
import { z } from 'astro/zod';
import type { ConceptName } from '../lib/concept-names.ts';

interface FieldBase {
  name: string;
  /** Path as the registry writes references: "tasks[].partners[]". */
  path: string;
  /** Required: neither optional nor defaulted. */
  required: boolean;
  format?: 'date' | 'email' | 'url';
  /** The schema's own rule for the text (JSON Schema carries its source, not its flags). */
  pattern?: RegExp;
  minLength?: number;
  integer?: boolean;
  min?: number;
  max?: number;
  default?: unknown;
  /** The field's description (its `.meta({ description })` in the schema module). */
  help?: string;
  /** The concept whose slugs this field holds. */
  ref?: ConceptName;
}

/** What each kind carries: a choice its options, a list its element, an object its fields (`never` elsewhere, so readers may ask any field). */
type FieldShape =
  | {
      kind: 'string' | 'number' | 'boolean' | 'localized' | 'unknown';
      options?: never;
      item?: never;
      minItems?: never;
      fields?: never;
    }
  | { kind: 'enum'; options: string[]; item?: never; minItems?: never; fields?: never }
  | { kind: 'array'; /** The element. */ item: FieldSpec; minItems?: number; options?: never; fields?: never }
  | { kind: 'object'; fields: FieldSpec[]; options?: never; item?: never; minItems?: never };

export type FieldSpec = FieldBase & FieldShape;

export interface DescribeOptions {
  refs?: readonly (readonly [string, ConceptName])[];
}

type Json = z.core.JSONSchema.JSONSchema;

/** JSON Schema's names for the string formats an editor is told about. */
const FORMATS: Record<string, FieldSpec['format']> = { date: 'date', email: 'email', uri: 'url' };
/** The patterns these formats bring of their own (a date's, an email's): not a rule the schema adds. */
const FORMAT_PATTERNS = new Set([z.iso.date(), z.email(), z.url()].map((s) => z.toJSONSchema(s).pattern));

export function describeFields(schema: z.ZodObject, opts: DescribeOptions = {}): FieldSpec[] {
  // unrepresentable: 'any' reads a type JSON Schema cannot say (a date object, a function) as "anything", shown as unknown.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline', cycles: 'throw' });
  return objectFields(json, '', opts);
}

function objectFields(json: Json, parent: string, opts: DescribeOptions): FieldSpec[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const path = parent ? `${parent}.${name}` : name;
    const spec = describe(asSchema(property), name, path, required.has(name), opts);
    const help = asSchema(property).description;
    if (help !== undefined) spec.help = help;
    return spec;
  });
}

const asSchema = (s: boolean | Json | undefined): Json => (typeof s === 'object' ? s : {});

/** A nullable field is written as "the type, or null" (`type: [t, "null"]`, or an `anyOf` for a compound type): read as the type, not required. */
function withoutNull(json: Json): { json: Json; nullable: boolean } {
  if (Array.isArray(json.type) && json.type.includes('null')) {
    const rest = json.type.filter((t) => t !== 'null');
    return { json: { ...json, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  const others = json.anyOf?.filter((s) => s.type !== 'null');
  if (!json.anyOf || others?.length !== 1 || others.length === json.anyOf.length) return { json, nullable: false };
  return { json: { ...json, ...others[0], anyOf: undefined }, nullable: true };
}

function describe(
  property: Json,
  name: string,
  path: string,
  listedRequired: boolean,
  opts: DescribeOptions,
): FieldSpec {
  const { json, nullable } = withoutNull(property);
  const spec: FieldSpec = {
    name,
    path,
    required: listedRequired && !nullable && json.default === undefined,
    kind: 'unknown',
  };
  if (json.default !== undefined) spec.default = json.default;
  const ref = opts.refs?.find(([p]) => p === path)?.[1];
  if (ref) spec.ref = ref;
  if (json.const !== undefined) return spec;
  if (json.enum) return { ...spec, kind: 'enum', options: json.enum.map(String) };
  switch (json.type) {
    case 'string':
      return { ...spec, kind: 'string', ...stringLimits(json) };
    case 'number':
    case 'integer':
      return { ...spec, kind: 'number', ...numberLimits(json) };
    case 'boolean':
      return { ...spec, kind: 'boolean' };
    case 'array': {
      if (json.prefixItems || typeof json.items !== 'object' || Array.isArray(json.items)) return spec;
      const item = describe(json.items, name, `${path}[]`, true, opts);
      return { ...spec, kind: 'array', ...(json.minItems !== undefined ? { minItems: json.minItems } : {}), item };
    }
    case 'object':
      if (!json.properties) return spec;
      // A text per language: `vi` written out, any other language allowed beside it.
      if ('vi' in json.properties && typeof json.additionalProperties === 'object')
        return { ...spec, kind: 'localized' };
      return { ...spec, kind: 'object', fields: objectFields(json, path, opts) };
  }
  return spec;
}

function stringLimits(json: Json): Pick<FieldBase, 'format' | 'minLength' | 'pattern'> {
  const format = FORMATS[json.format ?? ''];
  const patterns = (json.allOf ?? [json])
    .map((s) => s.pattern)
    .filter((p) => p !== undefined && !FORMAT_PATTERNS.has(p));
  const pattern = patterns.at(-1);
  return {
    ...(format ? { format } : {}),
    ...(json.minLength !== undefined ? { minLength: json.minLength } : {}),
    ...(pattern !== undefined ? { pattern: new RegExp(pattern) } : {}),
  };
}

/** Zod's integers carry the safe-integer range as bounds of their own: not a limit the schema sets. */
const bound = (n: number | boolean | undefined) =>
  typeof n === 'number' && Math.abs(n) !== Number.MAX_SAFE_INTEGER ? n : undefined;

function numberLimits(json: Json): Pick<FieldBase, 'integer' | 'min' | 'max'> {
  const min = bound(json.minimum) ?? bound(json.exclusiveMinimum);
  const max = bound(json.maximum) ?? bound(json.exclusiveMaximum);
  return {
    ...(json.type === 'integer' ? { integer: true } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}
