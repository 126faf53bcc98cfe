/** Reads a zod 4 object schema as a tree of fields an editor fills: kind, required, limits, help, references. */
import type { z } from 'astro/zod';
import { docFor, type DocLiteral } from './schema-docs.ts';

export interface FieldSpec {
  name: string;
  /** Path as the registry writes references: "tasks[].partners[]". */
  path: string;
  /** Required: neither optional nor defaulted. */
  required: boolean;
  kind: 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'object' | 'localized' | 'unknown';
  format?: 'date' | 'email' | 'url';
  pattern?: RegExp;
  minLength?: number;
  options?: string[];
  integer?: boolean;
  min?: number;
  max?: number;
  minItems?: number;
  /** Array element. */
  item?: FieldSpec;
  /** Object fields. */
  fields?: FieldSpec[];
  default?: unknown;
  /** The field's one-line doc comment. */
  help?: string;
  /** The concept whose slugs this field holds. */
  ref?: string;
}

export interface DescribeOptions {
  literals: readonly DocLiteral[];
  /** The concept's own schema module, preferred for help on a tie. */
  home?: string;
  refs?: readonly (readonly [string, string])[];
}

type Def = { type: string; innerType?: Schema; defaultValue?: unknown; checks?: { _zod: { def: Record<string, unknown> } }[]; element?: Schema; catchall?: Schema; entries?: Record<string, string> };
type Schema = { def: Def; shape?: Record<string, Schema>; format?: string | null; options?: unknown[] };

export function describeFields(schema: z.ZodObject, opts: DescribeOptions): FieldSpec[] {
  return objectFields(schema as unknown as Schema, '', opts);
}

function objectFields(schema: Schema, parent: string, opts: DescribeOptions): FieldSpec[] {
  const shape = schema.shape ?? {};
  const keys = Object.keys(shape);
  return keys.map((name) => {
    const spec = describe(shape[name]!, name, parent ? `${parent}.${name}` : name, opts);
    spec.help = docFor(opts.literals, keys, name, opts.home);
    return spec;
  });
}

function describe(schema: Schema, name: string, path: string, opts: DescribeOptions): FieldSpec {
  let s = schema;
  let required = true;
  let dflt: unknown;
  while (s.def.type === 'optional' || s.def.type === 'default' || s.def.type === 'nullable') {
    required = false;
    if (s.def.type === 'default') dflt = s.def.defaultValue;
    s = s.def.innerType!;
  }
  const spec: FieldSpec = { name, path, required, kind: 'unknown' };
  if (dflt !== undefined) spec.default = dflt;
  const ref = opts.refs?.find(([p]) => p === path)?.[1];
  if (ref) spec.ref = ref;
  const checks = (s.def.checks ?? []).map((c) => c._zod.def);
  switch (s.def.type) {
    case 'string': {
      spec.kind = 'string';
      if (s.format === 'date' || s.format === 'email' || s.format === 'url') spec.format = s.format;
      for (const c of checks) {
        if (c.check === 'min_length') spec.minLength = c.minimum as number;
        if (c.check === 'string_format' && c.format === 'regex') spec.pattern = c.pattern as RegExp;
      }
      break;
    }
    case 'number':
      spec.kind = 'number';
      for (const c of checks) {
        if (c.check === 'number_format') spec.integer = true;
        if (c.check === 'greater_than') spec.min = c.value as number;
        if (c.check === 'less_than') spec.max = c.value as number;
      }
      break;
    case 'boolean':
      spec.kind = 'boolean';
      break;
    case 'enum':
      spec.kind = 'enum';
      spec.options = (s.options as string[] | undefined) ?? Object.values(s.def.entries ?? {});
      break;
    case 'array': {
      spec.kind = 'array';
      const min = checks.find((c) => c.check === 'min_length');
      if (min) spec.minItems = min.minimum as number;
      spec.item = describe(s.def.element!, name, `${path}[]`, opts);
      spec.item.help = undefined;
      break;
    }
    case 'object':
      if (s.def.catchall && s.shape && 'vi' in s.shape) spec.kind = 'localized';
      else {
        spec.kind = 'object';
        spec.fields = objectFields(s, path, opts);
      }
      break;
  }
  return spec;
}
