import { describe, expect, it } from 'vitest';
import { collectDocLiterals, docFor } from '../../src/lib/schema-docs.ts';
import { conceptFields } from '../../src/node/schema-model.ts';
import { conceptNames } from '../../src/schemas/registry.ts';

const press = `const text = {\n  /** Headline. */\n  title: z.string(),\n  /** Lead. */\n  summary: z.string(),\n};\nexport const s = z.object({ ...text,\n  /** Date of publication. */\n  date: isoDate });`;
const page = `const text = {\n  /** Page title. */\n  title: z.string(),\n  /** For search. */\n  summary: z.string(),\n};`;
const citation = `const citation = z.object({\n  /** Title as written. */\n  title: z.string(),\n  /** Number as written. */\n  number: z.string(),\n});`;

describe('field help from schema doc comments', () => {
  const literals = collectDocLiterals([{ module: 'press.ts', text: press }, { module: 'page.ts', text: page }, { module: 'plan.ts', text: citation }]);

  it('takes a field\'s help from the object literal that shares its fields, the concept\'s own module on a tie', () => {
    expect(docFor(literals, ['title', 'summary', 'date'], 'title', 'press.ts')).toBe('Headline.');
    expect(docFor(literals, ['title', 'summary', 'date'], 'title', 'page.ts')).toBe('Page title.');
    expect(docFor(literals, ['title', 'number', 'kind'], 'title')).toBe('Title as written.');
    expect(docFor(literals, ['title'], 'date')).toBeUndefined();
  });

  it('finds help for every top-level field of every concept, and for nested ones', () => {
    for (const name of conceptNames) {
      const missing = conceptFields(name).filter((f) => !f.help).map((f) => f.name);
      expect(missing, name).toEqual([]);
    }
    const location = conceptFields('profiles').find((f) => f.name === 'location')!;
    expect(location.fields!.find((f) => f.name === 'lat')!.help).toBe('Latitude in decimal degrees.');
    expect(conceptFields('press').find((f) => f.name === 'title')!.help).toBe('Headline.');
    expect(conceptFields('profiles').find((f) => f.name === 'contact')).toMatchObject({ ref: 'units', required: true });
  });
});
