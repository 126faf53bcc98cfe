/** describeFields reads zod's JSON Schema (z.toJSONSchema) as the fields an editor fills. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeFields } from '../../src/editor/schema-fields.ts';
import { isoDate, localized, slug } from '../../src/schemas/localized.ts';
import { webAddress } from '../../src/schemas/web-address.ts';

const field = (shape: z.ZodRawShape, name = Object.keys(shape)[0]!) =>
  describeFields(z.strictObject(shape)).find((f) => f.name === name)!;

describe('describeFields', () => {
  it('gives numbers only the limits the schema sets, not the safe-integer range of an integer', () => {
    expect(field({ n: z.number().int() })).toEqual({
      name: 'n',
      path: 'n',
      required: true,
      kind: 'number',
      integer: true,
    });
    expect(field({ n: z.number().int().min(1990).max(2100) })).toMatchObject({ min: 1990, max: 2100 });
    expect(field({ n: z.number().positive() })).toEqual({
      name: 'n',
      path: 'n',
      required: true,
      kind: 'number',
      min: 0,
    });
  });
  it('names a date, an email and a web address by their format, keeping only the patterns the schema adds', () => {
    expect(field({ d: isoDate })).toEqual({ name: 'd', path: 'd', required: true, kind: 'string', format: 'date' });
    expect(field({ e: z.email() }).format).toBe('email');
    expect(field({ e: z.email() }).pattern).toBeUndefined();
    expect(field({ u: webAddress }).format).toBe('url');
    expect(field({ s: slug }).pattern?.source).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(field({ t: z.string().min(3) }).minLength).toBe(3);
  });
  it('counts a field optional, defaulted or nullable as not required, and keeps its default', () => {
    expect(field({ a: z.string().optional() }).required).toBe(false);
    expect(field({ a: z.boolean().default(false) })).toMatchObject({
      required: false,
      default: false,
      kind: 'boolean',
    });
    expect(field({ a: z.string().nullable() })).toMatchObject({ required: false, kind: 'string' });
    expect(field({ a: z.strictObject({ x: z.string() }).nullable() })).toMatchObject({
      required: false,
      kind: 'object',
    });
  });
  it('reads choices, lists, nested objects and texts per language; anything else is unknown', () => {
    expect(field({ k: z.enum(['a', 'b']) })).toMatchObject({ kind: 'enum', options: ['a', 'b'] });
    expect(field({ l: z.array(z.strictObject({ x: z.string() })).min(1) })).toMatchObject({
      kind: 'array',
      minItems: 1,
      item: { kind: 'object', path: 'l[]', fields: [{ name: 'x', path: 'l[].x' }] },
    });
    expect(field({ o: localized }).kind).toBe('localized');
    expect(field({ r: z.record(z.string(), z.string()) }).kind).toBe('unknown');
    expect(field({ t: z.tuple([z.number(), z.number()]) }).kind).toBe('unknown');
  });
  it("marks the fields that hold another concept's slugs", () => {
    const fields = describeFields(z.strictObject({ tasks: z.array(z.strictObject({ lead: slug })) }), {
      refs: [['tasks[].lead', 'units']],
    });
    expect(fields[0]!.item!.fields![0]).toMatchObject({ name: 'lead', ref: 'units' });
  });
});
