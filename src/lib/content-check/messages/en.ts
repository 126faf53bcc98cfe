/** What `npm run check -- --lang en` says: the Vietnamese catalogue (vi.ts), key for key, in English. */
import type { Messages } from './types.ts';
import type { BinaryFormat } from '../../safety/file-signature.ts';

const q = (value: string) => `"${value}"`;
const list = (values: readonly string[]) => values.map(q).join(', ');

const FORMATS: Record<BinaryFormat, string> = {
  jpeg: 'a JPEG picture',
  png: 'a PNG picture',
  webp: 'a WebP picture',
  avif: 'an AVIF picture',
  pdf: 'a PDF',
};
const cssIn = (attribute?: string) => (attribute ? `attribute ${attribute}` : '<style>');
const SLUG_RULE = 'lowercase letters without accents, digits and hyphens';
const AUTH_HINT =
  '— write the sign-in service\'s origin, starting with https:// and with no path after it, e.g. "https://ttdn-cms-auth.so-ngoai-vu.workers.dev"';

export const en: Messages = {
  lang: 'en',

  parts: {
    '(file)': 'file',
    '(folder)': 'folder',
    '(file name)': 'file name',
    '(file type)': 'file type',
    '(locale folder)': 'locale folder',
    '(slug)': 'slug',
    '(YAML)': 'YAML',
    '(front matter)': 'front matter',
    '(translation)': 'translation',
    '(text)': 'text',
    '(SVG)': 'SVG',
  },
  partAt: (part, line) => (line ? `(${part}, line ${line})` : `(${part})`),
  field: (path, label) => (label ? `${label} (${path})` : path),
  inLanguage: (label, lang) => `${label}, ${lang}`,

  totals: (errors, warnings, ms) => `${errors} error(s), ${warnings} warning(s) in ${ms} ms`,
  buildStopped: (errors) => `The content has ${errors} error(s):`,
  annotationTitle: { error: 'Content error', warning: 'Content warning' },
  summary: {
    heading: 'Content check',
    clean: 'No errors: the content is ready to build.',
    counts: (errors, warnings) =>
      `**${errors} error(s)**, ${warnings} warning(s). Each error is also shown on its line under "Files changed".`,
    columns: ['', 'File', 'Line', 'Field', 'What to change'],
    error: 'Error',
    warning: 'Warning',
    more: (n) => `… and ${n} more: see the log of the "Content check" step.`,
  },

  missing: (choices) => (choices ? `missing — expected one of: ${list(choices)}` : 'missing — expected this field'),
  missingAlt: 'the picture has no alt text — add alt: a sentence describing the picture for people who cannot see it',
  notInList: (given, choices, suggestion) =>
    `${given} is not one of the allowed values${suggestion ? ` (did you mean ${q(suggestion)}?)` : ''} — expected one of: ${list(choices)}`,
  kinds: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list (one "- " line per item)',
    object: 'a group of fields ("name: value" lines indented under the field)',
    date: 'a date',
    other: 'another kind of value',
  },
  imageTexts: { alt: 'alt text', caption: 'caption' },
  textPerFile: (given, what) =>
    `${given} holds several languages in one field — write the ${what} directly in this file's language, as one line of text after the colon; the ${what} in another language goes in that language's translation file`,
  wrongKind: (given, found, expected) => `${given} is ${found} — expected ${expected}`,
  blank: (expected) => `empty — write ${expected} after the colon`,
  notWhole: (given) => `${given} has decimals — expected a whole number`,
  numberWritten: (given, how, plain) =>
    ({
      'decimal-comma': `${given} has a decimal comma — write ${plain} (a dot before the decimals)`,
      'thousands-dots': `${given} has dots between thousands — write the digits together: ${plain}`,
      'thousands-dots-and-decimal-comma': `${given} has dots between thousands and a decimal comma — write ${plain}`,
      'thousands-spaces': `${given} has spaces between thousands — write the digits together: ${plain}`,
      'thousands-commas': `${given} has commas between thousands — write the digits together: ${plain}`,
    })[how],
  dateWrittenDayFirst: (given, iso) => `${given} is written day/month/year — write year-month-day: ${iso}`,
  dateWrittenOtherwise: (given, iso) => `${given} is not written year-month-day — write ${iso}`,
  noSuchDay: (given, day, month, year, days) =>
    `${given}: month ${month} of ${year} has ${days} days, not ${day} — check the source document and write a real date as YYYY-MM-DD`,
  noSuchMonth: (given, month) =>
    `${given}: there is no month ${month} — write the date as YYYY-MM-DD, e.g. 2024-03-05 (5 March 2024)`,
  notADate: (given) => `${given} is not a date — expected YYYY-MM-DD, e.g. 2024-03-05`,
  formats: {
    slug: (given) =>
      `${given} is not a valid slug — expected lowercase letters without accents, digits and hyphens, e.g. "so-ngoai-vu"`,
    phone: (given) =>
      `${given} is not a phone number — expected it as dialled, e.g. "0269 3824 000" or "+84 269 3824 000"`,
    langTag: (given) => `${given} is not a language code — expected a lowercase code such as "vi", "en", "km"`,
    colour: (given) => `${given} is not a colour — expected # and six hex digits, e.g. "#0b5394"`,
    currency: (given) => `${given} is not a currency code — expected three capital letters, e.g. "USD"`,
    time: (given) => `${given} is not a time — expected HH:MM (24 hours), e.g. "09:30"`,
    email: (given) => `${given} is not an email address — expected name@unit.gov.vn`,
    documentNumber: (given) =>
      `${given} is not a document number — write it as the document does, starting with a digit, e.g. "02/KH-UBND"`,
    taskNumber: (given) => `${given} is not a task number — write digits separated by dots, e.g. "6.1"`,
    fingerprint: (given) =>
      `${given} is not a translation fingerprint — delete this line, then run \`npm run translations -- --stamp\` to write it again (12 characters 0-9, a-f)`,
    other: (given, pattern) => `${given} does not have the expected form (pattern ${pattern})`,
  },
  emptyTranslation: (lang) =>
    `the "${lang}" text is empty — write it, or remove the "${lang}:" line until it is translated`,
  empty: 'empty — expected some text',
  tooShort: (given, length, min) => `${given} has ${length} character(s) — expected at least ${min}`,
  tooLong: (length, max) => `${length} characters — expected at most ${max}`,
  tooSmall: (given, min, inclusive) =>
    `${given} is too small — expected ${inclusive ? `${min} or more` : `more than ${min}`}`,
  tooBig: (given, max, inclusive) =>
    `${given} is too big — expected ${inclusive ? `${max} or less` : `less than ${max}`}`,
  tooFewItems: (count, min) => `${count} item(s) — expected at least ${min}`,
  tooManyItems: (count, max) => `${count} items — expected at most ${max}`,
  exactItems: (count, exact) => `${count} item(s) — expected exactly ${exact}`,
  notMultipleOf: (given, divisor) => `${given} — expected a multiple of ${divisor}`,
  unknownField: (key, suggestion) =>
    `unknown field ${q(key)}${suggestion ? ` (did you mean ${q(suggestion)}?)` : ''} — expected only the fields this kind of entry has (check the spelling, or whether the fact belongs in the Vietnamese source file)`,
  noMatchingShape: (given) => `${given} has none of the forms this field accepts`,
  badKey: 'has a key or item that is not valid',
  schema: {
    'fallback-not-a-locale': ({ lang, locales }) =>
      `"${lang}" is not in locales (${locales.join(', ')}) — write fallback chains only for the portal's languages`,
    'fallback-unusable': ({ to, lang, others }) =>
      `"${to}" cannot be a fallback language for "${lang}" — write another language that is in locales (${others.join(', ')})`,
    'calendar-years-reversed': ({ first, last }) =>
      `the last year ${last} is before the first year ${first} — write [first year, last year], e.g. [${last}, ${first}]`,
    'province-name-missing': ({ lang }) =>
      `no name of the province in "${lang}" — add a line "${lang}: …" under name, since "${lang}" is in locales`,
    'ends-before-start': ({ from, to }) =>
      `the end date ${to} is before the start date ${from} (from) — write an end date from ${from} on, or remove "to" while the spokesperson is in office`,
    'deadline-before-issue': ({ due, issuedOn }) =>
      `the deadline ${due} is before the issue date ${issuedOn} (issuedOn) — check the reporting deadline or the issue date`,
    'year-outside-window': ({ year, first, last }) =>
      `the year ${year} is outside the allowed range (${first}–${last}) — check the year and write the real date as YYYY-MM-DD, e.g. 2024-03-05`,
  },
  custom: {
    dateOrLunar: 'missing — expected either `date` (YYYY-MM-DD) or `lunar` ({ month, day })',
    notBothDates: 'give either `date` or `lunar`, not both',
    lunarNeedsSince: 'missing — a lunar event needs `since`, the year anniversaries count from',
    sinceOnlyLunar: 'only for lunar events — a solar `date` already carries its year',
    successorsNeedUntil: 'missing — a unit with `successors` needs `until`, its last day (e.g. 2025-02-28)',
    legalSourceNeedsKind:
      "missing — a document with a `url` needs `sourceKind`, the kind of page it is: official (the issuer's own page or vbpl.vn, with the text), state-copy (another state body publishes the text), state-report (a state page reports on it, without the text) or private-database (thuvienphapluat.vn, luatvietnam.vn…)",
    vietnameseFirst: 'Vietnamese ("vi") must come first: it is the source language',
    englishRequired: 'English ("en") is required for investors and foreign journalists',
    eachLocaleOnce: 'each locale once — remove the repeated code',
  },

  noFrontMatter: 'no front matter — expected the file to start with a line "---", the fields, and another "---"',
  notFields: 'expected fields written "name: value", one per line',
  yamlBroken: (line, why) =>
    `the fields cannot be read${line ? ` (line ${line})` : ''}: ${why} — expected valid YAML; check colons, quotes and indentation`,
  yamlReasons: {
    DUPLICATE_KEY: 'a field is written twice',
    BAD_INDENT: 'uneven indentation',
    TAB_AS_INDENT: 'a tab used for indentation (use spaces)',
    MISSING_CHAR: 'a closing bracket or quote is missing',
    MULTILINE_IMPLICIT_KEY: 'a field name runs over a line, or a colon is missing',
    BLOCK_AS_IMPLICIT_KEY: 'a field name runs over a line, or a colon is missing',
    UNEXPECTED_TOKEN: 'a character out of place',
    BAD_SCALAR_START: 'a value starts with a special character (put the whole value in quotes)',
    other: 'invalid YAML syntax',
  },

  notAProvince: (name) => `"${name}" is not a province — expected a folder with a province.yaml, or "national"`,
  notAContentFolder: (name, folders) => `"${name}" is not a content folder — expected one of: ${folders.join(', ')}`,
  belongsNational: (folder) => `${folder} belong in content/national/ — move the file there`,
  belongsProvince: (folder) => `${folder} belong in a province folder — move the file there`,
  dataFileDepth: (scope, folder) =>
    `expected a YAML file directly in ${scope}/${folder}/, e.g. ${scope}/${folder}/<slug>.yaml`,
  proseFileDepth: (scope, folder, ext, slug) =>
    `expected ${scope}/${folder}/<locale>/<slug>.${ext}, e.g. ${scope}/${folder}/vi/${slug}.${ext}`,
  localeNotConfigured: (lang, scope, locales) =>
    `the locale folder "${lang}" is not configured for ${scope} — expected one of: ${locales.join(', ')} (or add "${lang}" to locales in ${scope}/province.yaml)`,
  wrongExtension: (ext, folder, allowed) =>
    `.${ext} files are not used for ${folder} — expected .${allowed.join(' or .')}`,

  concepts: {
    plans: 'plan',
    places: 'place',
    profiles: 'investment profile',
    press: 'press release',
    pages: 'page',
    units: 'unit',
    people: 'person',
    legal: 'legal document',
    anniversaries: 'anniversary',
    exchangeRates: 'exchange rate',
  },
  uiStrings: {
    buildStopped: (count) =>
      `The portal's interface words have ${count} gap${count === 1 ? '' : 's'}, so the site was not built — fix each problem below:`,
    noVietnamese:
      'the Vietnamese interface words are missing (src/i18n/locales/vi/) — a fault of the code, not of the content: tell the developers',
    noLocale: (lang) =>
      `"${lang}" is in locales but the portal has no interface words in "${lang}" (src/i18n/locales/${lang}/) — remove "${lang}" from locales, or ask the developers to translate the interface`,
    missingKeys: (lang, keys) =>
      `the interface words in "${lang}" lack ${keys.length} entries (src/i18n/locales/${lang}/): ${keys.join(', ')} — ask the developers to finish them, or remove "${lang}" from locales`,
  },
  noSuchProvince: (id, ids) => `there is no province "${id}" — write one of: ${ids.join(', ')}`,
  logoMissing: (logo) => `the file "${logo}" does not exist — expected a logo file in the province folder`,
  slugTaken: (slug, other) =>
    `the slug "${slug}" is already used by ${other} — expected each entry to have its own file name`,
  unknownRef: (value, concept, folder, suggestion) =>
    `"${value}" is not a known ${concept}${suggestion ? ` — did you mean "${suggestion}"?` : ''} — expected the file name (without .yaml/.md) of an entry in ${folder}/`,
  noSource: (path, lang, untranslated) =>
    `no Vietnamese source ${path} — a translation must have the exact file name of the Vietnamese piece it translates; ${
      untranslated.length === 0
        ? 'write the Vietnamese piece first (a translation only carries text)'
        : `Vietnamese pieces with no "${lang}" version yet: ${untranslated.slice(0, 8).join(', ')}${untranslated.length > 8 ? ', …' : ''}`
    }`,
  itemCount: (count, source) =>
    `${count} item(s) but the Vietnamese source has ${source} — expected the same items, in the same order (inside [ … ] a comma separates items: quote a sentence that has one, '…')`,
  rateOld: (date: string, days: number, today: string) =>
    `the rate of ${date} is ${days} days old on the build date ${today} (more than 90) — update the rate, its date and its source together; every USD figure on the site converts with it`,
  stale:
    'stale: the Vietnamese source changed after this translation — update the text, then run `npm run translations -- --stamp`',
  englishMissing: (path) => `no English version — expected ${path}: investors and foreign journalists need it`,
  imageMissing: (src, path, suggestion) =>
    `the image "${src}" does not exist${suggestion ? ` (did you mean "${suggestion}"?)` : ''} — expected a file at ${path}`,
  altMissing: (lang) =>
    `no alt text in "${lang}" — expected a description of the image for people who cannot see it, in every language the piece exists in`,
  fileMissing: (file, path, suggestion) =>
    `the file "${file}" does not exist${suggestion ? ` (did you mean "${suggestion}"?)` : ''} — expected it at ${path}`,
  brokenLink: (target, suggestion) =>
    `the link "${target}" leads to no page of this portal${suggestion ? ` — did you mean "${suggestion}"?` : ' — expected a path such as "/vi/plans/<slug>/" of an existing entry'}`,

  url: {
    scheme: ({ scheme }) =>
      `the address starts with "${scheme}:", a kind of address that is not allowed — write https://…, http://…, mailto:… or tel:…`,
    'protocol-relative': () =>
      'the address starts with "//" (another site, without https:) — write it in full: https://…',
    backslash: () => 'the address contains "\\" — use "/" between the parts of a path',
    'not-absolute': () => 'not a full web address — write an address starting with https://',
  },
  notAWebAddress: 'not a full web address — write an address starting with https://, e.g. "https://gialai.gov.vn/page"',
  mapRegion: (name) =>
    `"${name}" is not in the boundary data — write the name of a province before 2025 as src/lib/maps/data/README.md lists it (e.g. Gia Lai, Kon Tum)`,
  cms: {
    'not-a-repo': ({ value }) =>
      `${q(value)} is not a GitHub repository written "owner/name" — write it like "so-ngoai-vu-gia-lai/cong-ttdn"`,
    'not-a-branch': ({ value }) => `${q(value)} is not a valid Git branch name, e.g. "main"`,
    'auth-not-an-address': ({ value }) => `${q(value)} is not a web address ${AUTH_HINT}`,
    'auth-not-https': ({ value }) => `${q(value)} does not use https ${AUTH_HINT}`,
    'auth-not-an-origin': ({ value }) => `${q(value)} has a path or parameters after the origin ${AUTH_HINT}`,
  },
  assetName: {
    'file-name': ({ name }) =>
      `"${name}" is not a valid file name — expected ${SLUG_RULE} and one extension, e.g. "hat-xoan.jpg"`,
    extension: ({ ext, allowed }) => `".${ext}" files are not used here — expected a .${allowed.join(', .')} file`,
    'outside-folder': ({ path, folder, example }) =>
      `"${path}" is not a file ${folder === 'images' ? 'directly ' : ''}in the province's ${folder}/ folder — write the path as "${example}"`,
    'sub-folder': ({ name, path, example }) =>
      `"${name}" in "${path}" is not a valid folder name — expected ${SLUG_RULE}, e.g. "${example}"`,
    'svg-picture': ({ path, jpg }) =>
      `"${path}" is an SVG — the build does not turn SVG into pictures; put the drawing in images/drawings/, run "npx node scripts/make-illustrations.ts" to make the .jpg, then write "${jpg}"`,
  },
  utf8: {
    'not-utf8': ({ line }) =>
      `the file is not UTF-8 (the first character that cannot be read is on line ${line}; it was probably saved as Windows-1258, VNI or TCVN3) — save it again as UTF-8 (in the editor: "Save with encoding" → "UTF-8")`,
    'replacement-char': ({ line }) =>
      `line ${line} has the broken character "\uFFFD" (text damaged when it was converted or copied) — type the right letters again there`,
  },
  signature: {
    'other-format': ({ ext, actual, rename }) =>
      `the file is named .${ext} but is ${FORMATS[actual]} inside — rename it to .${rename}`,
    'unknown-format': ({ ext, promised }) =>
      `the file is named .${ext} but is not that format inside (it may be a web page, a script or a broken file) — export it again as ${FORMATS[promised]}`,
  },
  svg: {
    'not-xml': ({ detail }) => `the SVG file is not valid XML (${detail})`,
    doctype: () => 'the SVG file has a <!DOCTYPE> declaration (it can define entities that load other files)',
    'processing-instruction': ({ name }) => `the SVG file has a <?${name}?> instruction`,
    'wrong-root': ({ name, namespace }) => `the root element is <${name}>, not <svg xmlns="${namespace}">`,
    'not-svg-element': ({ name }) => `the element <${name}> is not SVG`,
    'not-drawing': ({ name }) =>
      `the element <${name}> does not draw (script, foreignObject, image, a, animate… are all refused)`,
    'event-handler': ({ attribute }) => `the event handler ${attribute}="…" (runs code)`,
    'outside-href': ({ attribute, value }) =>
      `${attribute}="${value}" points outside the file (only "#id" in the same file is allowed)`,
    'css-unreadable': ({ attribute, css }) => `${cssIn(attribute)}: the CSS "${css}" cannot be read`,
    'css-url': ({ attribute, url }) => `${cssIn(attribute)}: url(${url}) points outside the file`,
    'css-function': ({ attribute, name }) => `${cssIn(attribute)}: the CSS function ${name}() is not allowed`,
    'css-import': ({ attribute }) => `${cssIn(attribute)}: @import loads another file`,
    'no-svg': () => 'the SVG file has no <svg> element',
  },
  svgRefused: (found) =>
    `${found} — an SVG may only hold a drawing; remove that part, or export it again as "Plain SVG" or PNG`,
  symlink: (name) =>
    `"${name}" is a symbolic link, not a real file — the portal never follows links; delete the link and copy the file itself here`,
  notRegularFile: (name) =>
    `"${name}" is not a regular file (a device, socket or pipe) — delete it; content/ holds only folders and regular files`,
  folderName: (name, example) => `"${name}" is not a valid folder name — expected ${SLUG_RULE}, e.g. "${example}"`,
  fileAtRoot: (name) =>
    `the file "${name}" is directly in content/ — content/ holds only a folder per province and the national/ folder`,
  strayProvinceFile: (name, folders) =>
    `the file "${name}" does not belong anywhere — a province folder holds only province.yaml, the logo and the content folders (${folders.join(', ')}, images, files)`,
  ymlExtension: (slug) => `a ".yml" file — rename it to "${slug}.yaml" (the portal reads only .yaml files)`,
  notYaml: (name, scope, folder) =>
    `the file "${name}" is not YAML data — ${scope}/${folder}/ holds only <slug>.yaml files, e.g. "so-ngoai-vu.yaml"`,
  entryName: (name, example) =>
    `"${name}" is not a valid file name — expected a slug of ${SLUG_RULE}, then the extension, e.g. "${example}"`,
  localeFolder: (lang, scope) =>
    `"${lang}" is not a locale folder name — use a language code such as "vi", "en", "km", listed in locales in ${scope}/province.yaml`,
  planLoop: (cycle, field) =>
    `the plan is in a loop: ${cycle.join(' → ')} — a plan cannot implement (or be based on) itself, directly or through other plans; change "${field}" to the plan that is really above it, or remove the "plan:" line and keep only the document number`,

  body: {
    componentUsage: '<Gallery />, <Figure n="…" /> or <Aside>…</Aside>',
    holder: { link: 'link', image: 'image', definition: (label) => `link definition [${label}]` },
    badAddress: (holder, url, problem) => `${holder} "${url}": ${problem}`,
    esm: (usage) =>
      `an import/export statement (program code) — content may not import or export code; delete this line and use only ${usage}`,
    expression:
      'an expression {…} (code run while the site is built, comments {/* … */} included) — delete it; to show braces as text, write \\{ and \\}',
    otherNode: (type) => `"${type}" is not allowed in content — write plain Markdown`,
    fragment: 'a <>…</> fragment (JSX) — delete the <> and </> tags and keep the text inside',
    unknownComponent: (name, usage) => `the component <${name}> is not allowed — use only ${usage}`,
    componentProp: (prop, name, props) =>
      `the attribute ${prop} of <${name}> is not allowed — ${props.length ? `<${name}> takes only: ${props.join(', ')}` : `write <${name}${name === 'Aside' ? '>…</Aside>' : ' />'} without attributes`}`,
    figureNumber: (value) =>
      `<Figure n=${value === null ? '' : `"${value}"`}>: n is the number of the picture in the gallery — write e.g. <Figure n="2" />`,
    spreadAttribute: (name, element) =>
      `the attribute {${name}} in ${element} (code run while the site is built) — delete it; write attributes only as name="value"`,
    expressionAttribute: (name, element) =>
      `the attribute ${name}={…} in ${element} is an expression (code run while the site is built) — write the value in quotes, e.g. ${name}="…"`,
    htmlTag: (tag, allowed) =>
      `the HTML tag <${tag}> is not allowed in content — write Markdown (e.g. **bold**, [link](https://…)); the only tags allowed are ${allowed}`,
    eventHandler: (name, tag) =>
      `the attribute ${name}= in <${tag}> (code run when a reader clicks, hovers or loads the page) — delete this attribute; content may not run code`,
    attribute: (name, tag, allowed) =>
      `the attribute ${name} in <${tag}> is not allowed — delete it; <${tag}> takes only: ${allowed.join(', ')}`,
    htmlLink: (url, tag, problem) => `the link "${url}" in <${tag}>: ${problem}`,
    id: (name, value, tag) =>
      `${name}="${value}" in <${tag}> — write the id in lowercase letters without accents, digits and hyphens, e.g. id="lich-su"`,
    unterminated: 'an HTML tag or comment is not closed (">" or "-->" missing) — write the whole tag or delete it',
    comment: 'an HTML comment <!-- … --> — delete it; content may not hold parts hidden from readers',
    foreign: (tag) =>
      `the tag <${tag}> (an SVG drawing or a MathML formula) is not allowed — use a picture in the gallery instead of a drawing, plain text instead of a formula`,
  },

  mdx: {
    lessThan: (after) =>
      `"<" before "${after}": MDX reads "<" as the start of a tag — to write a less-than sign, write \\<${after} (or in words, e.g. "below 60")`,
    unclosedTag: (tag) =>
      `the tag <${tag}> is not closed — add </${tag}> after the text inside, or write <${tag} /> when it wraps no text`,
    strayClosingTag: (tag) => `the closing tag </${tag}> has no opening tag — make the names match, or remove it`,
    openBrace: '"{" has no closing "}" — MDX reads "{" as the start of code; to show braces as text, write \\{ and \\}',
    other: (detail) =>
      `MDX cannot be read (${detail}) — close every tag such as <Aside>…</Aside>; to show <, { or } as text, write \\<, \\{, \\}`,
  },
};
