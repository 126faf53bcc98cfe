import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'astro/zod';
import { describeFields } from '../../src/editor/schema-fields.ts';
import { conceptFields } from '../../src/node/schema-model.ts';
import { conceptNames } from '../../src/schemas/registry.ts';

describe('field help from schema descriptions', () => {
  it("takes a field's help from its own .meta() description, so two fields of one name each keep theirs", () => {
    const citation = z.strictObject({
      title: z.string().meta({ description: 'Title as written.' }),
      number: z.string(),
    });
    const schema = z.strictObject({
      title: z.string().min(5).meta({ description: 'Headline.' }),
      basis: z.array(citation).optional(),
      cited: citation.meta({ description: 'The document cited.' }),
    });
    const fields = describeFields(schema);
    expect(fields.map((f) => [f.name, f.help])).toEqual([
      ['title', 'Headline.'],
      ['basis', undefined],
      ['cited', 'The document cited.'],
    ]);
    expect(fields[1]!.item!.fields!.map((f) => f.help)).toEqual(['Title as written.', undefined]);
    expect(conceptFields('press').find((f) => f.name === 'title')!.help).toBe('Headline.');
    expect(conceptFields('pages').find((f) => f.name === 'title')!.help).not.toBe('Headline.');
  });

  it('finds help for every top-level field of every concept, and for nested ones', () => {
    for (const name of conceptNames) {
      const missing = conceptFields(name)
        .filter((f) => !f.help)
        .map((f) => f.name);
      expect(missing, name).toEqual([]);
    }
    const location = conceptFields('profiles').find((f) => f.name === 'location')!;
    expect(location.fields!.find((f) => f.name === 'lat')!.help).toBe('Latitude in decimal degrees.');
    expect(conceptFields('press').find((f) => f.name === 'title')!.help).toBe('Headline.');
    expect(conceptFields('profiles').find((f) => f.name === 'contact')).toMatchObject({ ref: 'units', required: true });
  });

  it('finds no field documented by a doc comment in the schema modules, which would never reach editors (write .meta({ description }))', () => {
    const dir = join(import.meta.dirname, '../../src/schemas');
    const commented: string[] = [];
    // registry.ts describes the concepts to developers, not fields to editors.
    for (const module of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'registry.ts')) {
      const file = ts.createSourceFile(module, readFileSync(join(dir, module), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isObjectLiteralExpression(node))
          for (const p of node.properties)
            if (ts.getJSDocCommentsAndTags(p).length) commented.push(`${module}: ${p.name?.getText(file)}`);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(commented).toEqual([]);
  });
});
