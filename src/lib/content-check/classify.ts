/** Reads what a content file is from where it lives: province, concept, locale, slug. */
import { concepts, type ConceptName } from '../../schemas/registry.ts';
import type { ProvinceInfo } from './types.ts';

export type Classified =
  | { type: 'entry'; scope: string; concept: ConceptName; lang?: string; slug: string; ext: string }
  | { type: 'province' | 'asset' | 'ignored' }
  | { type: 'problem'; field: string; message: string };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ENTRY_EXT = /\.(md|mdx|ya?ml)$/;

export function classify(path: string, provinces: ReadonlyMap<string, ProvinceInfo>): Classified {
  const parts = path.split('/');
  const [scope, folder] = parts;
  const fileName = parts.at(-1)!;
  if (fileName.startsWith('.') || fileName === 'README.md') return { type: 'ignored' };
  if (!ENTRY_EXT.test(fileName)) return { type: 'asset' };
  if (scope !== 'national' && !provinces.has(scope!))
    return { type: 'problem', field: '(folder)', message: `"${scope}" is not a province — expected a folder with a province.yaml, or "national"` };
  if (parts.length === 2 && fileName === 'province.yaml') return { type: 'province' };
  const entry = Object.entries(concepts).find(([, c]) => c.folder === folder);
  if (!entry)
    return { type: 'problem', field: '(folder)', message: `"${folder}" is not a content folder — expected one of: ${Object.values(concepts).map((c) => c.folder).join(', ')}` };
  const [name, c] = entry as [ConceptName, (typeof concepts)[ConceptName]];
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1);
  const slug = fileName.slice(0, fileName.lastIndexOf('.'));
  if (c.kind === 'data') {
    const allowed = c.scope === 'both' ? true : (c.scope === 'national') === (scope === 'national');
    if (!allowed)
      return { type: 'problem', field: '(folder)', message: `${folder} belong in ${c.scope === 'national' ? 'content/national/' : 'a province folder'} — move the file there` };
    if (parts.length !== 3 || !/^ya?ml$/.test(ext))
      return { type: 'problem', field: '(file)', message: `expected a YAML file directly in ${scope}/${folder}/, e.g. ${scope}/${folder}/<slug>.yaml` };
    if (!SLUG.test(slug)) return { type: 'problem', field: '(file name)', message: `"${slug}" is not a valid slug — expected lowercase letters, digits and hyphens, e.g. "so-ngoai-vu"` };
    return { type: 'entry', scope: scope!, concept: name, slug, ext };
  }
  if (scope === 'national') return { type: 'problem', field: '(folder)', message: `${folder} belong in a province folder` };
  const lang = parts[2]!;
  if (parts.length !== 4)
    return { type: 'problem', field: '(folder)', message: `expected ${scope}/${folder}/<locale>/<slug>.${c.extensions[0]}, e.g. ${scope}/${folder}/vi/${slug}.${c.extensions[0]}` };
  const locales = provinces.get(scope!)!.locales;
  if (!locales.includes(lang))
    return { type: 'problem', field: '(locale folder)', message: `the locale folder "${lang}" is not configured for ${scope} — expected one of: ${locales.join(', ')} (or add "${lang}" to locales in ${scope}/province.yaml)` };
  if (!(c.extensions as readonly string[]).includes(ext))
    return { type: 'problem', field: '(file type)', message: `.${ext} files are not used for ${folder} — expected .${c.extensions.join(' or .')}` };
  if (!SLUG.test(slug)) return { type: 'problem', field: '(file name)', message: `"${slug}" is not a valid slug — expected lowercase letters, digits and hyphens, e.g. "hat-xoan"` };
  return { type: 'entry', scope: scope!, concept: name, lang, slug, ext };
}
