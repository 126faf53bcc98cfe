/**
 * What `npm run check` says, in Vietnamese (the default: editors read Vietnamese). Each message
 * says what was found and what to write instead. The English catalogue (en.ts) has the same keys;
 * the compiler holds them together (types.ts).
 */
import type { ConceptName } from '../../concept-names.ts';
import type { ExpectedKind, FilePart, NumberWriting, YamlReason } from './types.ts';
import type { Say } from '../../finding.ts';
import type { UrlProblems } from '../../safety/safe-url.ts';
import type { AssetNameProblems } from '../../safety/names.ts';
import type { SvgFindings } from '../../safety/svg.ts';
import type { Utf8Problems } from '../../safety/utf8.ts';
import type { BinaryFormat, SignatureProblems } from '../../safety/file-signature.ts';
import type { SchemaFindings } from '../schema-findings.ts';
import type { CmsSettingProblems } from '../../cms-backend.ts';

const q = (value: string) => `"${value}"`;
const list = (values: readonly string[]) => values.map(q).join(', ');

const FORMATS: Record<BinaryFormat, string> = {
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  webp: 'ảnh WebP',
  avif: 'ảnh AVIF',
  pdf: 'PDF',
};
/** Where CSS in an SVG is: an attribute, or (without one) a <style> sheet. */
const cssIn = (attribute?: string) => (attribute ? `thuộc tính ${attribute}` : '<style>');
/** What to write for the CMS's sign-in service (Sveltia adds the path itself). */
const AUTH_HINT =
  '— hãy viết địa chỉ gốc của dịch vụ đăng nhập, bắt đầu bằng https:// và không có đường dẫn phía sau, ví dụ "https://ttdn-cms-auth.so-ngoai-vu.workers.dev"';
/** What every name from content is made of. */
const SLUG_RULE = 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang';

export const vi = {
  lang: 'vi' as const,

  /** The part of a file a problem is in, when it is not a field. */
  parts: {
    '(file)': 'tệp',
    '(folder)': 'thư mục',
    '(file name)': 'tên tệp',
    '(file type)': 'loại tệp',
    '(locale folder)': 'thư mục ngôn ngữ',
    '(slug)': 'tên tệp',
    '(YAML)': 'các trường',
    '(front matter)': 'phần đầu tệp',
    '(translation)': 'bản dịch',
    '(text)': 'nội dung',
    '(SVG)': 'hình SVG',
  } satisfies Record<FilePart, string>,
  partAt: (part: string, line?: number) => (line ? `(${part}, dòng ${line})` : `(${part})`),
  /** A field named by its label, then as written in the file. */
  field: (path: string, label?: string) => (label ? `${label} (${path})` : path),
  /** The label of a text in one language: "Mô tả ảnh, bản en". */
  inLanguage: (label: string, lang: string) => `${label}, bản ${lang}`,

  // The run as a whole.
  totals: (errors: number, warnings: number, ms: number) =>
    `${errors} lỗi, ${warnings} cảnh báo (kiểm tra trong ${ms} ms)${errors ? ' — hãy sửa từng lỗi ở trên rồi chạy lại' : ''}`,
  buildStopped: (errors: number) => `Nội dung có ${errors} lỗi, chưa dựng được trang — hãy sửa từng lỗi dưới đây:`,
  annotationTitle: { error: 'Lỗi nội dung', warning: 'Cảnh báo nội dung' },
  summary: {
    heading: 'Kiểm tra nội dung',
    clean: 'Không có lỗi nào: nội dung sẵn sàng để dựng trang.',
    counts: (errors: number, warnings: number) =>
      `**${errors} lỗi**, ${warnings} cảnh báo. Mỗi lỗi cũng được ghi ngay tại dòng đó trong tab "Files changed".`,
    columns: ['', 'Tệp', 'Dòng', 'Trường', 'Cần sửa'],
    error: 'Lỗi',
    warning: 'Cảnh báo',
    more: (n: number) => `… và ${n} mục nữa: xem toàn bộ trong nhật ký của bước "Content check".`,
  },

  // Values the schema refuses.
  missing: (choices?: readonly string[]) =>
    choices
      ? `chưa có — hãy thêm trường này với một trong các giá trị: ${list(choices)}`
      : 'chưa có — hãy thêm trường này',
  missingAlt:
    'ảnh chưa có mô tả (alt) — hãy thêm alt: một câu tả ảnh cho người không nhìn thấy ảnh, ví dụ "Cửa khẩu Lệ Thanh nhìn từ phía Việt Nam"',
  notInList: (given: string, choices: readonly string[], suggestion?: string) =>
    `${given} không có trong danh sách${suggestion ? ` (có phải ý bạn là ${q(suggestion)}?)` : ''} — hãy viết một trong: ${list(choices)}`,
  kinds: {
    string: 'chữ',
    number: 'con số',
    int: 'số nguyên',
    boolean: 'true hoặc false',
    array: 'danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
    object: 'nhóm trường (các dòng "tên: giá trị" thụt vào dưới tên trường)',
    date: 'ngày',
    other: 'giá trị khác',
  } satisfies Record<ExpectedKind, string>,
  /** Alt text and captions as messages name them (image.ts). */
  imageTexts: { alt: 'mô tả ảnh', caption: 'chú thích ảnh' },
  /** Alt text or a caption written as a { vi, en } map, as before 2026: each file now holds its own language's (image.ts). */
  textPerFile: (given: string, what: string) =>
    `${given} ghi nhiều ngôn ngữ trong một trường — hãy viết thẳng ${what} bằng ngôn ngữ của tệp này, một dòng chữ sau dấu hai chấm; ${what} bằng ngôn ngữ khác ghi trong tệp bản dịch của ngôn ngữ đó`,
  wrongKind: (given: string, found: string, expected: string) => `${given} là ${found} — ở đây cần ${expected}`,
  blank: (expected: string) => `đang để trống — hãy viết ${expected} sau dấu hai chấm`,
  notWhole: (given: string) => `${given} có phần thập phân — hãy viết số nguyên, không có dấu chấm hay dấu phẩy`,
  numberWritten: (given: string, how: NumberWriting, plain: string) =>
    ({
      'decimal-comma': `${given} dùng dấu phẩy thập phân — hãy viết ${plain} (trong tệp nội dung, phần thập phân đứng sau dấu chấm)`,
      'thousands-dots': `${given} có dấu chấm ngăn cách hàng nghìn — hãy viết liền các chữ số: ${plain}`,
      'thousands-dots-and-decimal-comma': `${given} có dấu chấm ngăn cách hàng nghìn và dấu phẩy thập phân — hãy viết ${plain} (chữ số liền, dấu chấm trước phần thập phân)`,
      'thousands-spaces': `${given} có dấu cách ngăn cách hàng nghìn — hãy viết liền các chữ số: ${plain}`,
      'thousands-commas': `${given} có dấu phẩy ngăn cách hàng nghìn — hãy viết liền các chữ số: ${plain}`,
    })[how],
  dateWrittenDayFirst: (given: string, iso: string) =>
    `${given} viết theo kiểu ngày/tháng/năm — hãy viết năm-tháng-ngày: ${iso}`,
  dateWrittenOtherwise: (given: string, iso: string) => `${given} chưa đúng dạng năm-tháng-ngày — hãy viết ${iso}`,
  noSuchDay: (given: string, day: number, month: number, year: number, days: number) =>
    `${given}: tháng ${month} năm ${year} chỉ có ${days} ngày, không có ngày ${day} — hãy kiểm tra lại văn bản gốc và viết ngày thật dạng năm-tháng-ngày, ví dụ ${year}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`,
  noSuchMonth: (given: string, month: number) =>
    `${given}: không có tháng ${month} — hãy viết ngày dạng năm-tháng-ngày, ví dụ 2024-03-05 (ngày 5 tháng 3 năm 2024)`,
  notADate: (given: string) =>
    `${given} không phải ngày — hãy viết ngày dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2024-03-05 cho ngày 5 tháng 3 năm 2024`,
  formats: {
    slug: (given: string) =>
      `${given} không phải tên tệp hợp lệ — hãy viết chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "so-ngoai-vu"`,
    phone: (given: string) =>
      `${given} không phải số điện thoại — hãy viết như khi bấm số, ví dụ "0269 3824 000" hoặc "+84 269 3824 000"`,
    langTag: (given: string) => `${given} không phải mã ngôn ngữ — hãy viết mã chữ thường như "vi", "en", "km"`,
    colour: (given: string) => `${given} không phải mã màu — hãy viết dấu # và sáu chữ số hệ 16, ví dụ "#0b5394"`,
    currency: (given: string) => `${given} không phải mã tiền tệ — hãy viết ba chữ in hoa, ví dụ "USD"`,
    time: (given: string) => `${given} không phải giờ — hãy viết giờ:phút (24 giờ), ví dụ "09:30"`,
    email: (given: string) => `${given} không phải địa chỉ thư điện tử — hãy viết dạng ten@donvi.gov.vn`,
    documentNumber: (given: string) =>
      `${given} không phải số hiệu văn bản — hãy viết như trên văn bản, bắt đầu bằng chữ số, ví dụ "02/KH-UBND"`,
    taskNumber: (given: string) =>
      `${given} không phải số thứ tự nhiệm vụ — hãy viết các chữ số cách nhau bằng dấu chấm, ví dụ "6.1"`,
    fingerprint: (given: string) =>
      `${given} không phải dấu vân tay bản dịch — hãy xoá dòng này rồi chạy \`npm run translations -- --stamp\` để ghi lại (12 ký tự 0-9, a-f)`,
    other: (given: string, pattern: string) =>
      `${given} không đúng dạng yêu cầu (mẫu ${pattern}) — hãy xem hướng dẫn của trường này`,
  },
  emptyTranslation: (lang: string) =>
    `bản "${lang}" đang để trống — hãy viết chữ, hoặc xoá cả dòng "${lang}:" khi chưa dịch`,
  empty: 'đang để trống — hãy viết nội dung cho trường này',
  tooShort: (given: string, length: number, min: number) =>
    `${given} chỉ có ${length} ký tự — hãy viết ít nhất ${min} ký tự`,
  tooLong: (length: number, max: number) => `có ${length} ký tự — hãy rút gọn, nhiều nhất ${max} ký tự`,
  tooSmall: (given: string, min: string, inclusive: boolean) =>
    `${given} nhỏ quá — hãy viết số ${inclusive ? `từ ${min} trở lên` : `lớn hơn ${min}`}`,
  tooBig: (given: string, max: string, inclusive: boolean) =>
    `${given} lớn quá — hãy viết số ${inclusive ? `không quá ${max}` : `nhỏ hơn ${max}`}`,
  tooFewItems: (count: number, min: number) => `có ${count} mục — cần ít nhất ${min} mục`,
  tooManyItems: (count: number, max: number) => `có ${count} mục — nhiều nhất ${max} mục`,
  exactItems: (count: number, exact: number) => `có ${count} mục — cần đúng ${exact} mục`,
  notMultipleOf: (given: string, divisor: number) => `${given} — hãy viết một bội số của ${divisor}`,
  unknownField: (key: string, suggestion?: string) =>
    `trường ${q(key)} không có ở loại nội dung này${suggestion ? ` (có phải ý bạn là ${q(suggestion)}?)` : ''} — hãy sửa tên trường cho đúng, hoặc xem thông tin này có thuộc tệp tiếng Việt gốc không (bản dịch chỉ chứa chữ, không chứa số liệu)`,
  noMatchingShape: (given: string) => `${given} không đúng dạng nào trường này nhận — hãy xem hướng dẫn của trường này`,
  badKey: 'có tên hoặc mục không hợp lệ — hãy xem hướng dẫn của trường này',
  /** What the schemas' cross-field checks found (content-check/schema-findings.ts). */
  schema: {
    'fallback-not-a-locale': ({ lang, locales }) =>
      `"${lang}" không có trong locales (${locales.join(', ')}) — chỉ viết chuỗi dự phòng cho ngôn ngữ của cổng`,
    'fallback-unusable': ({ to, lang, others }) =>
      `"${to}" không dùng được làm ngôn ngữ dự phòng cho "${lang}" — hãy viết một ngôn ngữ khác có trong locales (${others.join(', ')})`,
    'calendar-years-reversed': ({ first, last }) =>
      `năm cuối ${last} trước năm đầu ${first} — hãy viết [năm đầu, năm cuối], ví dụ [${last}, ${first}]`,
    'province-name-missing': ({ lang }) =>
      `chưa có tên tỉnh bằng "${lang}" — hãy thêm dòng "${lang}: …" vào name, vì "${lang}" có trong locales`,
    'ends-before-start': ({ from, to }) =>
      `ngày kết thúc ${to} trước ngày bắt đầu ${from} (from) — hãy viết ngày kết thúc từ ${from} trở đi, hoặc bỏ "to" khi người phát ngôn còn đương nhiệm`,
    'deadline-before-issue': ({ due, issuedOn }) =>
      `hạn ${due} trước ngày ban hành ${issuedOn} (issuedOn) — hãy kiểm tra lại hạn báo cáo hoặc ngày ban hành`,
    'year-outside-window': ({ year, first, last }) =>
      `năm ${year} nằm ngoài khoảng cho phép (${first}–${last}) — hãy kiểm tra lại năm và viết ngày thật theo dạng YYYY-MM-DD, ví dụ 2024-03-05`,
  } satisfies Say<SchemaFindings>,
  custom: {
    dateOrLunar: 'chưa có ngày — hãy viết date (năm-tháng-ngày) hoặc lunar ({ month, day }) cho ngày âm lịch',
    notBothDates: 'có cả date và lunar — hãy giữ một: date cho ngày dương lịch, lunar cho ngày âm lịch',
    lunarNeedsSince: 'chưa có since — ngày âm lịch cần since, năm bắt đầu tính kỷ niệm',
    sinceOnlyLunar: 'since chỉ dùng cho ngày âm lịch — date đã có năm, hãy xoá since',
    successorsNeedUntil:
      'chưa có until — đơn vị đã có đơn vị tiếp nhận (successors) cần until, ngày cuối cùng hoạt động (ví dụ 2025-02-28)',
    legalSourceNeedsKind:
      'chưa chọn — văn bản có Địa chỉ trang web (url) cần chọn Loại nguồn (trang đó là trang gì): official (trang của chính cơ quan ban hành hoặc vbpl.vn, có toàn văn), state-copy (trang cơ quan nhà nước khác đăng lại toàn văn), state-report (trang cơ quan nhà nước đưa tin, không có toàn văn) hoặc private-database (thuvienphapluat.vn, luatvietnam.vn…)',
    vietnameseFirst: 'tiếng Việt ("vi") phải đứng đầu danh sách ngôn ngữ — đó là ngôn ngữ gốc',
    englishRequired: 'cần có tiếng Anh ("en") — nhà đầu tư và nhà báo nước ngoài đọc tiếng Anh',
    eachLocaleOnce: 'mỗi ngôn ngữ chỉ ghi một lần — hãy xoá mã ngôn ngữ lặp lại',
  },

  // Reading the file.
  noFrontMatter: 'không có phần đầu tệp — tệp phải bắt đầu bằng một dòng "---", rồi các trường, rồi một dòng "---" nữa',
  notFields: 'không đọc được các trường — hãy viết mỗi trường một dòng dạng "tên: giá trị"',
  yamlBroken: (line: number | undefined, why: string) =>
    `không đọc được các trường${line ? ` (dòng ${line})` : ''}: ${why} — hãy kiểm tra dấu hai chấm, dấu ngoặc kép và khoảng thụt đầu dòng`,
  yamlReasons: {
    DUPLICATE_KEY: 'một trường được viết hai lần',
    BAD_INDENT: 'thụt đầu dòng không đều',
    TAB_AS_INDENT: 'dùng phím Tab để thụt đầu dòng (hãy dùng dấu cách)',
    MISSING_CHAR: 'thiếu một dấu đóng (ngoặc hoặc ngoặc kép)',
    MULTILINE_IMPLICIT_KEY: 'tên trường bị xuống dòng, hoặc thiếu dấu hai chấm',
    BLOCK_AS_IMPLICIT_KEY: 'tên trường bị xuống dòng, hoặc thiếu dấu hai chấm',
    UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
    BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt (hãy đặt cả giá trị trong ngoặc kép)',
    other: 'cú pháp YAML chưa đúng',
  } satisfies Record<YamlReason, string>,

  // Where files belong.
  notAProvince: (name: string) =>
    `"${name}" không phải tỉnh nào — mỗi tỉnh là một thư mục có tệp province.yaml; tài liệu chung để trong "national"`,
  notAContentFolder: (name: string, folders: readonly string[]) =>
    `"${name}" không phải thư mục nội dung — hãy dùng một trong: ${folders.join(', ')}`,
  belongsNational: (folder: string) => `${folder} để trong content/national/ — hãy chuyển tệp sang đó`,
  belongsProvince: (folder: string) => `${folder} để trong thư mục của một tỉnh — hãy chuyển tệp sang đó`,
  dataFileDepth: (scope: string, folder: string) =>
    `tệp phải nằm ngay trong ${scope}/${folder}/, ví dụ ${scope}/${folder}/<slug>.yaml — hãy chuyển tệp ra khỏi thư mục con`,
  proseFileDepth: (scope: string, folder: string, ext: string, slug: string) =>
    `tệp phải nằm ở ${scope}/${folder}/<ngôn ngữ>/<slug>.${ext}, ví dụ ${scope}/${folder}/vi/${slug}.${ext}`,
  localeNotConfigured: (lang: string, scope: string, locales: readonly string[]) =>
    `tỉnh ${scope} chưa khai báo ngôn ngữ "${lang}" — hãy dùng một trong: ${locales.join(', ')} (hoặc thêm "${lang}" vào locales trong ${scope}/province.yaml)`,
  wrongExtension: (ext: string, folder: string, allowed: readonly string[]) =>
    `tệp .${ext} không dùng cho ${folder} — hãy dùng tệp .${allowed.join(' hoặc .')}`,

  // Between entries.
  concepts: {
    plans: 'kế hoạch',
    places: 'điểm đến',
    profiles: 'dự án',
    press: 'thông cáo',
    pages: 'trang',
    units: 'đơn vị',
    people: 'người phát ngôn',
    legal: 'văn bản',
    anniversaries: 'ngày kỷ niệm',
    exchangeRates: 'tỷ giá',
  } satisfies Record<ConceptName, string>,
  /** A configured language without the site's interface words (src/i18n/locales/<lang>/). */
  uiStrings: {
    buildStopped: (count: number) =>
      `Chữ giao diện của cổng còn ${count} chỗ thiếu, chưa dựng được trang — hãy sửa từng lỗi dưới đây:`,
    noVietnamese:
      'thiếu chữ giao diện tiếng Việt (src/i18n/locales/vi/) — đây là lỗi của mã nguồn, không phải của nội dung: hãy báo nhóm phát triển',
    noLocale: (lang: string) =>
      `ngôn ngữ "${lang}" có trong locales nhưng cổng chưa có chữ giao diện bằng "${lang}" (src/i18n/locales/${lang}/) — hãy bỏ "${lang}" khỏi locales, hoặc nhờ nhóm phát triển thêm bản dịch giao diện`,
    missingKeys: (lang: string, keys: readonly string[]) =>
      `chữ giao diện bằng "${lang}" còn thiếu ${keys.length} mục (src/i18n/locales/${lang}/): ${keys.join(', ')} — hãy nhờ nhóm phát triển dịch nốt, hoặc bỏ "${lang}" khỏi locales`,
  },
  noSuchProvince: (id: string, ids: readonly string[]) =>
    `không có tỉnh "${id}" — hãy viết một trong: ${ids.join(', ')}`,
  logoMissing: (logo: string) =>
    `không có tệp logo "${logo}" — hãy đặt tệp logo vào thư mục của tỉnh, hoặc sửa tên tệp cho đúng`,
  slugTaken: (slug: string, other: string) =>
    `tên "${slug}" đã được dùng cho ${other} — mỗi mục cần một tên tệp riêng; hãy đổi tên tệp này`,
  unknownRef: (value: string, concept: string, folder: string, suggestion?: string) =>
    `"${value}" không phải ${concept} nào đã có — ${suggestion ? `có phải ý bạn là "${suggestion}"? Nếu không, hãy` : 'hãy'} viết tên tệp (không có .yaml/.md) của một mục trong ${folder}/`,
  noSource: (path: string, lang: string, untranslated: readonly string[]) =>
    `chưa có bản tiếng Việt gốc ${path} — bản dịch phải có đúng tên tệp của bài tiếng Việt mà nó dịch; ${
      untranslated.length === 0
        ? 'hãy tạo bản tiếng Việt trước (bản dịch chỉ chứa chữ)'
        : `các bài tiếng Việt chưa có bản "${lang}": ${untranslated.slice(0, 8).join(', ')}${untranslated.length > 8 ? ', …' : ''}`
    }`,
  itemCount: (count: number, source: number) =>
    `có ${count} mục nhưng bản tiếng Việt có ${source} — hãy dịch đủ các mục, đúng thứ tự (trong [ … ] dấu phẩy tách hai mục: câu có dấu phẩy hãy đặt trong dấu nháy '…')`,
  rateOld: (date: string, days: number, today: string) =>
    `tỷ giá ngày ${date} đã cũ ${days} ngày (tính đến ngày dựng trang ${today}, quá 90 ngày) — hãy cập nhật tỷ giá, ngày và nguồn cùng lúc; mọi số tiền USD trên trang đều quy đổi theo tỷ giá này`,
  stale:
    'bản dịch cũ: bản tiếng Việt đã sửa sau khi dịch — hãy cập nhật bản dịch, rồi chạy `npm run translations -- --stamp`',
  englishMissing: (path: string) => `chưa có bản tiếng Anh — hãy tạo ${path}: nhà đầu tư và nhà báo nước ngoài cần nó`,
  imageMissing: (src: string, path: string, suggestion?: string) =>
    `không có ảnh "${src}"${suggestion ? ` (có phải ý bạn là "${suggestion}"?)` : ''} — hãy đặt tệp ảnh ở ${path}, hoặc sửa tên cho đúng`,
  altMissing: (lang: string) =>
    `ảnh chưa có mô tả bằng "${lang}" — hãy viết một câu tả ảnh cho người không nhìn thấy ảnh, ở mọi ngôn ngữ bài viết có`,
  fileMissing: (file: string, path: string, suggestion?: string) =>
    `không có tệp "${file}"${suggestion ? ` (có phải ý bạn là "${suggestion}"?)` : ''} — hãy đặt tệp ở ${path}, hoặc sửa tên cho đúng`,
  brokenLink: (target: string, suggestion?: string) =>
    `liên kết "${target}" không dẫn tới trang nào của cổng thông tin${suggestion ? ` — có phải ý bạn là "${suggestion}"?` : ` — hãy viết đường dẫn tới một mục đã có, ví dụ "/vi/plans/<tên tệp>/"`}`,

  // Untrusted content: what the safety rules found (src/lib/safety), said for the check, the build and the schemas.
  /** Addresses in links, images and URL fields (safe-url.ts). */
  url: {
    scheme: ({ scheme }) =>
      `địa chỉ bắt đầu bằng "${scheme}:", loại địa chỉ không được phép — hãy viết https://…, http://…, mailto:… hoặc tel:…`,
    'protocol-relative': () => 'địa chỉ bắt đầu bằng "//" (trang khác nhưng thiếu https:) — hãy viết đầy đủ https://…',
    backslash: () => 'địa chỉ chứa dấu "\\" — hãy dùng dấu "/" giữa các phần của đường dẫn',
    'not-absolute': () => 'không phải địa chỉ web đầy đủ — hãy viết địa chỉ bắt đầu bằng https://',
  } satisfies Say<UrlProblems>,
  /** A URL field whose value the URL parser cannot read as an address at all (schemas/web-address.ts). */
  notAWebAddress:
    'không phải địa chỉ trang web đầy đủ — hãy viết địa chỉ bắt đầu bằng https://, ví dụ "https://gialai.gov.vn/trang"',
  /** A province.yaml map region the boundary data does not name (maps/admin1-names.ts). */
  mapRegion: (name: string) =>
    `"${name}" không có trong dữ liệu ranh giới — hãy viết đúng tên tỉnh trước năm 2025 như trong src/lib/maps/data/README.md (ví dụ: Gia Lai, Bình Định, Phú Thọ)`,
  /** The editors' CMS settings in province.yaml (cms:) and their CI overrides (cms-backend.ts). */
  cms: {
    'not-a-repo': ({ value }) =>
      `${q(value)} không phải tên kho GitHub dạng "chủ-sở-hữu/tên-kho" — hãy viết như ví dụ "so-ngoai-vu-gia-lai/cong-ttdn"`,
    'not-a-branch': ({ value }) => `${q(value)} không phải tên nhánh Git hợp lệ, ví dụ "main"`,
    'auth-not-an-address': ({ value }) => `${q(value)} không phải địa chỉ web ${AUTH_HINT}`,
    'auth-not-https': ({ value }) => `${q(value)} không dùng https ${AUTH_HINT}`,
    'auth-not-an-origin': ({ value }) => `${q(value)} có thêm đường dẫn hoặc tham số ${AUTH_HINT}`,
  } satisfies Say<CmsSettingProblems>,
  /** Pictures and attachments as content names them (names.ts). */
  assetName: {
    'file-name': ({ name }) =>
      `"${name}" không phải tên tệp hợp lệ — tên tệp chỉ gồm chữ thường không dấu, chữ số, dấu gạch ngang và một đuôi, ví dụ "hat-xoan.jpg"`,
    extension: ({ ext, allowed }) => `tệp đuôi ".${ext}" không được dùng ở đây — hãy dùng tệp .${allowed.join(', .')}`,
    'outside-folder': ({ path, folder, example }) =>
      `"${path}" không phải tệp ${folder === 'images' ? 'nằm ngay' : 'nằm'} trong thư mục ${folder}/ của tỉnh — hãy viết đường dẫn dạng "${example}"`,
    'sub-folder': ({ name, path, example }) =>
      `"${name}" trong "${path}" không phải tên thư mục hợp lệ — tên thư mục ${SLUG_RULE}, ví dụ "${example}"`,
    'svg-picture': ({ path, jpg }) =>
      `"${path}" là ảnh SVG — bản dựng không chuyển SVG thành ảnh; hãy đặt bản vẽ vào images/drawings/, chạy "npx node scripts/make-illustrations.ts" để có tệp .jpg, rồi ghi "${jpg}"`,
  } satisfies Say<AssetNameProblems>,
  /** Text files that are not UTF-8 (utf8.ts). */
  utf8: {
    'not-utf8': ({ line }) =>
      `tệp không phải UTF-8 (chữ đầu tiên không đọc được ở dòng ${line}; có lẽ tệp được lưu bằng mã Windows-1258, VNI hay TCVN3) — hãy lưu lại với mã UTF-8 (trong trình soạn thảo: "Save with encoding" → "UTF-8")`,
    'replacement-char': ({ line }) =>
      `dòng ${line} có ký tự lỗi "\uFFFD" (chữ bị hỏng khi chuyển mã hoặc sao chép) — hãy gõ lại đúng chữ ở chỗ đó`,
  } satisfies Say<Utf8Problems>,
  /** Pictures and attachments whose bytes are not what their name says (file-signature.ts). */
  signature: {
    'other-format': ({ ext, actual, rename }) =>
      `tệp mang đuôi .${ext} nhưng bên trong là ${FORMATS[actual]} — hãy đổi đuôi tệp thành .${rename}`,
    'unknown-format': ({ ext, promised }) =>
      `tệp mang đuôi .${ext} nhưng bên trong không phải định dạng đó (có thể là trang web, mã chạy hoặc tệp hỏng) — hãy xuất lại tệp thành ${FORMATS[promised]} thật`,
  } satisfies Say<SignatureProblems>,
  /** What in an SVG does more than draw (svg.ts); each is said with svgRefused. */
  svg: {
    'not-xml': ({ detail }) => `tệp SVG không phải XML hợp lệ (${detail})`,
    doctype: () => 'tệp SVG có khai báo <!DOCTYPE> (có thể định nghĩa thực thể nạp tệp khác)',
    'processing-instruction': ({ name }) => `tệp SVG có chỉ thị <?${name}?>`,
    'wrong-root': ({ name, namespace }) => `phần tử gốc là <${name}>, không phải <svg xmlns="${namespace}">`,
    'not-svg-element': ({ name }) => `phần tử <${name}> không thuộc SVG`,
    'not-drawing': ({ name }) =>
      `phần tử <${name}> không phải hình vẽ (script, foreignObject, image, a, animate… đều bị từ chối)`,
    'event-handler': ({ attribute }) => `thuộc tính xử lý sự kiện ${attribute}="…" (chạy mã)`,
    'outside-href': ({ attribute, value }) =>
      `${attribute}="${value}" trỏ ra ngoài tệp (chỉ được trỏ tới "#id" trong chính tệp)`,
    'css-unreadable': ({ attribute, css }) => `${cssIn(attribute)}: CSS "${css}" không đọc được`,
    'css-url': ({ attribute, url }) => `${cssIn(attribute)}: url(${url}) trỏ ra ngoài tệp`,
    'css-function': ({ attribute, name }) => `${cssIn(attribute)}: hàm CSS ${name}() không được dùng`,
    'css-import': ({ attribute }) => `${cssIn(attribute)}: @import nạp tệp khác`,
    'no-svg': () => 'tệp SVG không có phần tử <svg>',
  } satisfies Say<SvgFindings>,
  svgRefused: (found: string) =>
    `${found} — ảnh SVG chỉ được chứa hình vẽ; hãy xoá phần đó, hoặc xuất lại dạng "Plain SVG" hay PNG`,
  /** Files that are not regular files (file-problems.ts). */
  symlink: (name: string) =>
    `"${name}" là một liên kết (symlink), không phải tệp thật — cổng thông tin không đi theo liên kết; hãy xoá liên kết và chép chính tệp vào đây`,
  notRegularFile: (name: string) =>
    `"${name}" không phải tệp thường (thiết bị, socket hay đường ống) — hãy xoá nó; content/ chỉ chứa thư mục và tệp thường`,
  /** Files in the wrong place or under the wrong name (classify.ts). */
  folderName: (name: string, example: string) =>
    `"${name}" không phải tên thư mục hợp lệ — tên thư mục ${SLUG_RULE}, ví dụ "${example}"`,
  fileAtRoot: (name: string) =>
    `tệp "${name}" nằm ngay trong content/ — content/ chỉ chứa thư mục của từng tỉnh và thư mục national/`,
  strayProvinceFile: (name: string, folders: readonly string[]) =>
    `tệp "${name}" không thuộc chỗ nào — thư mục tỉnh chỉ chứa province.yaml, tệp logo và các thư mục nội dung (${folders.join(', ')}, images, files)`,
  ymlExtension: (slug: string) =>
    `tệp đuôi ".yml" — hãy đổi tên thành "${slug}.yaml" (cổng thông tin chỉ đọc tệp .yaml)`,
  notYaml: (name: string, scope: string, folder: string) =>
    `tệp "${name}" không phải dữ liệu YAML — thư mục ${scope}/${folder}/ chỉ chứa tệp <slug>.yaml, ví dụ "so-ngoai-vu.yaml"`,
  entryName: (name: string, example: string) =>
    `"${name}" không phải tên tệp hợp lệ — tên tệp là một slug ${SLUG_RULE}, rồi đến đuôi, ví dụ "${example}"`,
  localeFolder: (lang: string, scope: string) =>
    `"${lang}" không phải tên thư mục ngôn ngữ — hãy dùng mã ngôn ngữ như "vi", "en", "km" và khai báo trong locales của ${scope}/province.yaml`,
  /** A plan above itself (plan-loops.ts). */
  planLoop: (cycle: readonly string[], field: string) =>
    `kế hoạch nằm trong một vòng lặp: ${cycle.join(' → ')} — một kế hoạch không thể thực hiện (hay căn cứ vào) chính nó, dù trực tiếp hay qua kế hoạch khác; hãy sửa "${field}" thành kế hoạch cấp trên thật sự, hoặc bỏ dòng "plan:" và chỉ ghi số hiệu`,

  /** Code and markup in a body (body-safety.ts). */
  body: {
    componentUsage: '<Gallery />, <Figure n="…" /> hoặc <Aside>…</Aside>',
    /** What holds an address: a link, a picture or a link definition [label]. */
    holder: { link: 'liên kết', image: 'ảnh', definition: (label: string) => `định nghĩa liên kết [${label}]` },
    badAddress: (holder: string, url: string, problem: string) => `${holder} "${url}": ${problem}`,
    esm: (usage: string) =>
      `câu lệnh import/export (mã chương trình) — nội dung không được nhập hay xuất mã; hãy xóa dòng này và chỉ dùng ${usage}`,
    expression:
      'biểu thức {…} (mã chạy khi dựng trang, kể cả chú thích {/* … */}) — hãy xóa; muốn hiện dấu ngoặc nhọn như chữ thường, hãy viết \\{ và \\}',
    otherNode: (type: string) => `phần "${type}" không được phép trong nội dung — hãy viết bằng Markdown thông thường`,
    fragment: 'đoạn <>…</> (JSX) — hãy xóa hai thẻ <> và </>, giữ lại phần chữ bên trong',
    unknownComponent: (name: string, usage: string) => `thành phần <${name}> không được phép — chỉ dùng ${usage}`,
    componentProp: (prop: string, name: string, props: readonly string[]) =>
      `thuộc tính ${prop} của <${name}> không được phép — ${props.length ? `<${name}> chỉ nhận: ${props.join(', ')}` : `hãy viết <${name}${name === 'Aside' ? '>…</Aside>' : ' />'} không có thuộc tính`}`,
    figureNumber: (value: string | null) =>
      `<Figure n=${value === null ? '' : `"${value}"`}>: n phải là số thứ tự của ảnh trong gallery — hãy viết ví dụ <Figure n="2" />`,
    spreadAttribute: (name: string, element: string) =>
      `thuộc tính {${name}} trong ${element} (mã chạy khi dựng trang) — hãy xóa; chỉ viết thuộc tính dạng tên="giá trị"`,
    expressionAttribute: (name: string, element: string) =>
      `thuộc tính ${name}={…} trong ${element} là biểu thức (mã chạy khi dựng trang) — hãy viết giá trị trong dấu ngoặc kép, ví dụ ${name}="…"`,
    htmlTag: (tag: string, allowed: string) =>
      `thẻ HTML <${tag}> không được phép trong nội dung — hãy viết bằng Markdown (ví dụ **đậm**, [liên kết](https://…)); chỉ dùng được các thẻ ${allowed}`,
    eventHandler: (name: string, tag: string) =>
      `thuộc tính ${name}= trong <${tag}> (mã chạy khi người đọc bấm, di chuột hay tải trang) — hãy xóa thuộc tính này; nội dung không được chạy mã`,
    attribute: (name: string, tag: string, allowed: readonly string[]) =>
      `thuộc tính ${name} trong <${tag}> không được phép — hãy xóa nó; <${tag}> chỉ nhận: ${allowed.join(', ')}`,
    htmlLink: (url: string | null, tag: string, problem: string) => `liên kết "${url}" trong <${tag}>: ${problem}`,
    id: (name: string, value: string | null, tag: string) =>
      `${name}="${value}" trong <${tag}> — hãy viết id bằng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ id="lich-su"`,
    unterminated: 'thẻ HTML hoặc chú thích chưa đóng (thiếu ">" hoặc "-->") — hãy viết trọn thẻ hoặc xóa nó',
    comment: 'chú thích HTML <!-- … --> — hãy xóa nó; nội dung không được chứa phần ẩn khỏi người đọc',
    foreign: (tag: string) =>
      `thẻ <${tag}> (hình vẽ SVG hoặc công thức MathML) không được phép — hãy dùng ảnh trong gallery thay cho hình vẽ, chữ thường thay cho công thức`,
  },

  // An MDX body the parser cannot read (the build would stop on it).
  mdx: {
    lessThan: (after: string) =>
      `dấu "<" trước "${after}": MDX hiểu "<" là mở một thẻ — muốn viết dấu nhỏ hơn, hãy viết \\<${after} (hoặc viết bằng chữ, ví dụ "dưới 60")`,
    unclosedTag: (tag: string) =>
      `thẻ <${tag}> chưa đóng — hãy thêm </${tag}> sau phần chữ bên trong, hoặc viết <${tag} /> khi thẻ không bọc chữ`,
    strayClosingTag: (tag: string) =>
      `thẻ đóng </${tag}> không có thẻ mở tương ứng — hãy sửa tên cho khớp với thẻ mở, hoặc xoá nó`,
    openBrace:
      'dấu "{" chưa có "}" đóng — MDX hiểu "{" là mở mã chương trình; muốn viết dấu ngoặc nhọn như chữ, hãy viết \\{ và \\}',
    other: (detail: string) =>
      `MDX không đọc được (${detail}) — hãy đóng mọi thẻ như <Aside>…</Aside>; muốn viết dấu <, { hoặc } như chữ thường, hãy viết \\<, \\{, \\}`,
  },
};
