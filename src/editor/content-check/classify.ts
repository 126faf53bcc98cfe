/**
 * Reads what a content file is from where it lives: province, concept, locale, slug. Every path
 * segment that comes from content/ is matched against its pattern (src/lib/safety/names.ts)
 * before it is used, and every file must be something the build uses: an entry in a collection
 * folder, province.yaml, the logo, a picture in images/ or an attachment in files/. Anything else
 * (README.md, notes.txt, x.yml, an entry whose name is not a slug) is an error, never skipped,
 * so nothing reaches the site that the check did not judge.
 */
import { concepts, conceptNames, type ConceptName } from '../../schemas/registry.ts';
import {
  FILES_FOLDER_EXTENSIONS,
  IMAGES_FOLDER_EXTENSIONS,
  LOGO_EXTENSIONS,
  assetNameProblem,
  isLocale,
  isSlug,
} from '../../lib/safety/names.ts';
import type { ProvinceInfo } from '../../lib/content-check/types.ts';
import { vi, type Messages } from '../../lib/content-check/messages/index.ts';
import { say } from '../../lib/finding.ts';

export type Classified =
  | { type: 'entry'; scope: string; concept: ConceptName; lang?: string; slug: string; ext: string }
  | { type: 'province' | 'asset' | 'ignored' }
  | { type: 'problem'; field: string; message: string };

const problem = (field: string, message: string): Classified => ({ type: 'problem', field, message });

/** Why a folder name from content/ is not a slug, or undefined. */
const folderNameProblem = (name: string, example: string, m: Messages) =>
  isSlug(name) ? undefined : m.folderName(name, example);

/** images/ and files/ (with sub-folders): slug folders, asset file names, allowed extensions. */
function asset(folders: readonly string[], fileName: string, extensions: readonly string[], m: Messages): Classified {
  for (const folder of folders) {
    const bad = folderNameProblem(folder, 'drawings', m);
    if (bad) return problem('(folder)', bad);
  }
  const bad = assetNameProblem(fileName, extensions);
  return bad ? problem('(file name)', say(m.assetName, bad)) : { type: 'asset' };
}

export function classify(path: string, provinces: ReadonlyMap<string, ProvinceInfo>, m: Messages = vi): Classified {
  const parts = path.split('/');
  // Hidden files and folders (.DS_Store, .gitkeep, an editor's .swp) are ignored by the check and
  // by the build alike: the build's globs (src/content.config.ts, src/data/images.ts) and the
  // attachment listing (src/data/files.ts) never match a name starting with ".". They are still
  // walked for symbolic links, which are errors everywhere.
  if (parts.some((p) => p.startsWith('.'))) return { type: 'ignored' };
  // split() gives at least one part, and each later part is read only once the length says it is there.
  const [scope = '', folder = '', lang = ''] = parts;
  const fileName = parts.at(-1) ?? '';
  const province = provinces.get(scope);
  if (parts.length === 1) return problem('(file)', m.fileAtRoot(fileName));
  if (scope !== 'national') {
    const badName = folderNameProblem(scope, 'gia-lai', m);
    if (badName) return problem('(folder)', badName);
    if (!province) return problem('(folder)', m.notAProvince(scope));
    if (parts.length === 2) {
      if (fileName === 'province.yaml') return { type: 'province' };
      if (fileName === province.logo) return asset([], fileName, LOGO_EXTENSIONS, m);
      return problem(
        '(file)',
        m.strayProvinceFile(
          fileName,
          Object.values(concepts).map((c) => c.folder),
        ),
      );
    }
    if (folder === 'images') return asset(parts.slice(2, -1), fileName, IMAGES_FOLDER_EXTENSIONS, m);
    if (folder === 'files') return asset(parts.slice(2, -1), fileName, FILES_FOLDER_EXTENSIONS, m);
  }
  const name = conceptNames.find((n) => concepts[n].folder === folder);
  if (!name)
    return problem(
      '(folder)',
      m.notAContentFolder(
        folder,
        Object.values(concepts).map((c) => c.folder),
      ),
    );
  const c = concepts[name];
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot + 1);
  const slug = dot < 0 ? fileName : fileName.slice(0, dot);
  if (c.kind === 'data') {
    const allowed = c.scope === 'both' ? true : (c.scope === 'national') === (scope === 'national');
    if (!allowed)
      return problem('(folder)', c.scope === 'national' ? m.belongsNational(folder) : m.belongsProvince(folder));
    if (parts.length !== 3) return problem('(file)', m.dataFileDepth(scope, folder));
    // Only .yaml: the build's collections (src/content.config.ts) read *.yaml, so a .yml would be checked but never built.
    if (ext === 'yml') return problem('(file type)', m.ymlExtension(slug));
    if (ext !== 'yaml') return problem('(file type)', m.notYaml(fileName, scope, folder));
    if (!isSlug(slug)) return problem('(file name)', m.entryName(fileName, 'so-ngoai-vu.yaml'));
    return { type: 'entry', scope, concept: name, slug, ext };
  }
  if (scope === 'national' || !province) return problem('(folder)', m.belongsProvince(folder));
  if (parts.length !== 4) return problem('(folder)', m.proseFileDepth(scope, folder, c.extensions[0], slug));
  if (!isLocale(lang)) return problem('(locale folder)', m.localeFolder(lang, scope));
  if (!province.locales.includes(lang))
    return problem('(locale folder)', m.localeNotConfigured(lang, scope, province.locales));
  if (!c.extensions.some((allowed) => allowed === ext))
    return problem('(file type)', m.wrongExtension(ext, folder, c.extensions));
  if (!isSlug(slug)) return problem('(file name)', m.entryName(fileName, `hat-xoan.${c.extensions[0]}`));
  return { type: 'entry', scope, concept: name, lang, slug, ext };
}
