/**
 * What editors call each field and each choice, in Vietnamese and English, with a line of help:
 * the one table the CMS forms (src/editor/cms-config.ts) and the content check's messages
 * (src/lib/content-check/field-labels.ts) read, so a field has the same name on screen and in a
 * finding. Keyed by field name; a `concept:path` key ("plans:title") names a field whose meaning
 * differs in one concept. Choices whose words readers see on the site come from the site's own
 * UI strings (src/i18n/locales/<lang>/), named here by key prefix.
 */
import type { ConceptName } from './concept-names.ts';

export interface Words {
  vi: string;
  en: string;
}

export interface FieldWords extends Words {
  /** One line of help under the field. */
  hint?: Words;
}

const w = (vi: string, en: string, hintVi?: string, hintEn?: string): FieldWords => ({
  vi,
  en,
  ...(hintVi ? { hint: { vi: hintVi, en: hintEn ?? '' } } : {}),
});

export const FIELD_WORDS: Record<string, FieldWords> = {
  title: w(
    'Tiêu đề',
    'Title',
    'Viết đầy đủ, có dấu; địa chỉ trang được tạo từ tiêu đề tiếng Việt.',
    'In full; the page address is made from the Vietnamese title.',
  ),
  'plans:title': w(
    'Trích yếu',
    'Title (summary line)',
    'Trích yếu của kế hoạch, chép đúng như văn bản.',
    "The plan's summary line, as the document writes it.",
  ),
  summary: w(
    'Tóm tắt',
    'Summary',
    'Một hai câu hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ.',
    'One or two sentences for lists, search results and sharing.',
  ),
  purpose: w('Mục đích, yêu cầu', 'Purposes and requirements', 'Mỗi ý một dòng.', 'One item per line.'),
  number: w(
    'Số hiệu',
    'Number',
    'Chép đúng như văn bản, ví dụ 02/KH-UBND; bỏ trống khi bản đang có không ghi số.',
    'As written, e.g. 02/KH-UBND; leave empty when the copy we hold shows none.',
  ),
  issuer: w('Cơ quan ban hành', 'Issuing body', 'Chọn trong danh sách cơ quan, đơn vị.', 'Pick from the units.'),
  'plans:basis[].issuer': w(
    'Cơ quan ban hành',
    'Issuer',
    'Như văn bản ghi, ví dụ "Chính phủ", "UBND huyện Đak Đoa".',
    'As written.',
  ),
  'plans:implements[].issuer': w(
    'Cơ quan ban hành',
    'Issuer',
    'Như văn bản ghi, ví dụ "UBND tỉnh Gia Lai".',
    'As written.',
  ),
  'legal:issuer': w('Cơ quan ban hành', 'Issuing body', 'Theo từng ngôn ngữ.', 'Per language.'),
  issuedOn: w(
    'Ngày ban hành',
    'Date of issue',
    'Chọn ngày trên lịch (lưu dạng năm-tháng-ngày).',
    'Pick the date (stored as year-month-day).',
  ),
  place: w(
    'Địa danh ban hành',
    'Place of issue',
    'Như dòng đầu văn bản: "Gia Lai", "Kon Gang".',
    'As the document heading writes it.',
  ),
  year: w(
    'Năm kế hoạch',
    'Year covered',
    'Năm mà kế hoạch áp dụng, ví dụ 2024.',
    'The year the plan covers, e.g. 2024.',
  ),
  level: w('Cấp', 'Level', 'Cấp hành chính của cơ quan ban hành.', 'Administrative level.'),
  area: w(
    'Địa bàn áp dụng',
    'Area',
    'Ghi như văn bản ghi, ví dụ "xã Kon Gang, huyện Đak Đoa, tỉnh Gia Lai".',
    'As the document names it.',
  ),
  basis: w('Căn cứ', 'Legal bases', 'Các văn bản kế hoạch căn cứ ("Căn cứ…").', 'Documents the plan cites.'),
  implements: w(
    'Thực hiện kế hoạch',
    'Implements',
    'Các kế hoạch cấp trên mà kế hoạch này thực hiện ("Thực hiện Kế hoạch số…").',
    'Higher plans it implements.',
  ),
  legal: w(
    'Văn bản pháp luật (đã có trên cổng)',
    'Legal document (on the portal)',
    'Chọn khi văn bản đã có trong mục Văn bản pháp luật.',
    'Pick it when the portal holds the document.',
  ),
  plan: w(
    'Kế hoạch (đã có trên cổng)',
    'Plan (on the portal)',
    'Chọn khi kế hoạch đã có trên cổng.',
    'Pick it when the portal holds the plan.',
  ),
  kind: w('Loại', 'Kind', 'Chọn một loại trong danh sách.', 'Pick one.'),
  'places:kind': w(
    'Loại',
    'Kind',
    'Di sản, di tích, cửa khẩu, lễ hội, danh thắng…',
    'Heritage, relic site, border gate…',
  ),
  'press:kind': w(
    'Loại tin',
    'Kind',
    'Thông cáo, tuyên bố, hay thông báo họp báo.',
    'Release, statement or press-conference notice.',
  ),
  'units:kind': w('Loại cơ quan', 'Kind of body'),
  'legal:kind': w('Loại văn bản', 'Kind of document'),
  'anniversaries:kind': w('Loại sự kiện', 'Kind of event', 'Trang lịch nhóm và lọc theo loại.', 'Pages group by it.'),
  'plans:basis[].kind': w(
    'Loại văn bản',
    'Kind of document',
    'Như văn bản ghi: "Nghị định", "Kế hoạch", "Kết luận"…',
    'As written: "Decree", "Plan"…',
  ),
  'plans:implements[].kind': w(
    'Loại văn bản',
    'Kind of document',
    'Như văn bản ghi: "Kế hoạch", "Chỉ thị"…',
    'As written.',
  ),
  date: w(
    'Ngày',
    'Date',
    'Chọn ngày trên lịch (lưu dạng năm-tháng-ngày).',
    'Pick the date (stored as year-month-day).',
  ),
  'press:date': w(
    'Ngày phát hành',
    'Date',
    'Với họp báo: ngày tổ chức.',
    'For a press conference: the day it is held.',
  ),
  tasks: w(
    'Nhiệm vụ',
    'Tasks',
    'Mỗi nhiệm vụ: nội dung, thời gian, đơn vị chủ trì và phối hợp.',
    'Each task: what, when, lead and partner units.',
  ),
  'plans:tasks[].number': w(
    'Số thứ tự nhiệm vụ',
    'Task number',
    'Như kế hoạch ghi, ví dụ "6.1"; bỏ trống khi kế hoạch đánh số 1, 2, 3… theo thứ tự.',
    'As the plan writes it, e.g. "6.1"; leave empty when tasks run 1, 2, 3… in order.',
  ),
  'plans:tasks[].title': w('Nội dung nhiệm vụ', 'Task', 'Việc phải làm, như kế hoạch ghi.', 'What is to be done.'),
  timeframe: w('Thời gian thực hiện', 'Timeframe', 'Như kế hoạch ghi: "Cả năm", "Quý III/2024".', 'As the plan says.'),
  lead: w('Đơn vị chủ trì', 'Lead unit', 'Chọn trong danh sách cơ quan, đơn vị.', 'Pick from the units.'),
  coLeads: w(
    'Đơn vị cùng chủ trì',
    'Further lead units',
    'Khi kế hoạch giao nhiều đơn vị chủ trì.',
    'When the plan names several.',
  ),
  partners: w('Đơn vị phối hợp', 'Partner units', 'Chọn một hoặc nhiều đơn vị.', 'Pick one or more units.'),
  duties: w(
    'Tổ chức thực hiện',
    'Duties',
    'Nhiệm vụ giao cho từng đơn vị ở mục "Tổ chức thực hiện".',
    'Duties per unit.',
  ),
  items: w('Các việc được giao', 'Duties', 'Mỗi việc một dòng.', 'One per line.'),
  budget: w('Kinh phí', 'Budget', 'Như kế hoạch ghi.', 'As written.'),
  reportingDeadlines: w(
    'Thời hạn báo cáo',
    'Reporting deadlines',
    'Mỗi hạn một mục, như kế hoạch ghi ("trước ngày 10/11/2024").',
    'One per deadline, as written.',
  ),
  due: w(
    'Hạn (ngày đầy đủ)',
    'Due date',
    'Chỉ khi kế hoạch ghi đủ ngày, tháng, năm.',
    'Only when the plan gives a full date.',
  ),
  what: w(
    'Báo cáo gì, gửi ai, hạn nào',
    'What is reported',
    'Như kế hoạch ghi, ví dụ "trước ngày 01/11".',
    'As written.',
  ),
  recipients: w('Nơi nhận', 'Recipients', 'Như cuối văn bản ghi, mỗi nơi một dòng.', 'As written, one per line.'),
  signer: w('Người ký', 'Signer', 'Người ký và thẩm quyền ký, như cuối văn bản.', 'Who signed, and in what capacity.'),
  capacity: w(
    'Thẩm quyền ký',
    'Capacity',
    '"TM. ỦY BAN NHÂN DÂN" hoặc "KT. CHỦ TỊCH"…',
    '"TM." or "KT." with the body.',
  ),
  'plans:signer.title': w(
    'Chức vụ người ký',
    "Signer's title",
    'Ví dụ "CHỦ TỊCH", "PHÓ CHỦ TỊCH".',
    'e.g. "CHỦ TỊCH".',
  ),
  name: w('Họ và tên', 'Name', 'Viết đầy đủ, có dấu.', 'In full, with diacritics.'),
  'units:name': w('Tên đơn vị', 'Name', 'Tên đầy đủ như văn bản ghi, theo từng ngôn ngữ.', 'Full name per language.'),
  'places:location.name': w(
    'Tên địa danh',
    'Place name',
    'Như ngày nay và như văn bản thời đó ghi, theo từng ngôn ngữ.',
    'Per language, as of today and as documents of the time named it.',
  ),
  source: w('Nguồn', 'Source', 'Nơi lấy văn bản (bản đã công bố).', 'Where the text comes from.'),
  needsReview: w(
    'Cần đối chiếu với bản gốc',
    'To check against the original',
    'Trình nhập ghi ở đây những trường đọc bằng nhận dạng chữ (OCR) từ bản quét. Đối chiếu từng trường với bản đã ký, sửa chỗ sai, rồi xoá nội dung ô này.',
    'The importer lists the fields it read by OCR from a scan. Check each against the signed original, correct it, then clear this field.',
  ),
  'anniversaries:source': w(
    'Nguồn xác nhận ngày',
    'Source',
    'Địa chỉ trang hoặc văn bản ghi ngày này.',
    'A URL or a document that attests the date.',
  ),
  sample: w(
    'Dữ liệu mẫu',
    'Sample data',
    'Đánh dấu khi nội dung chỉ để minh họa; trang sẽ ghi rõ "dữ liệu mẫu".',
    'Tick when invented for demonstration; pages say so.',
  ),
  translation: w('Bản dịch', 'Translation'),
  status: w('Trạng thái', 'Status'),
  'translation.status': w(
    'Tình trạng bản dịch',
    'Translation status',
    '"Bản nháp" hiện một lời báo cho người đọc; chọn "Đã hiệu đính" khi một người đã đọc kỹ bản dịch.',
    '"Draft" shows readers a notice; choose "reviewed" once a person has checked it.',
  ),
  'translation.source': w(
    'Dấu bản gốc',
    'Source fingerprint',
    'Hệ thống tự ghi khi hợp nhất; không cần sửa.',
    'Filled in automatically at merge.',
  ),
  'profiles:status': w('Tình trạng dự án', 'Project status'),
  location: w(
    'Vị trí',
    'Location',
    'Tên địa danh theo từng ngôn ngữ và tọa độ.',
    'Place name per language and coordinates.',
  ),
  'profiles:location': w(
    'Vị trí',
    'Location',
    'Xã, phường (và huyện cũ như văn bản trước ngày 01/7/2025 ghi) và tọa độ.',
    'Commune (and former district) and coordinates.',
  ),
  lat: w('Vĩ độ', 'Latitude', 'Độ thập phân, ví dụ 13.785.', 'Decimal degrees.'),
  lon: w('Kinh độ', 'Longitude', 'Độ thập phân, ví dụ 107.502.', 'Decimal degrees.'),
  recognition: w('Công nhận', 'Recognitions', 'Ai công nhận, danh sách nào, năm nào.', 'Who, which list, which year.'),
  by: w('Cơ quan công nhận', 'Recognised by', 'Ví dụ "UNESCO", "Bộ VHTTDL".', 'e.g. "UNESCO".'),
  list: w('Danh sách, danh hiệu', 'List or title', 'Theo từng ngôn ngữ.', 'Per language.'),
  cover: w(
    'Ảnh đại diện',
    'Main picture',
    'Ảnh chính của bài, có mô tả ảnh ở mọi ngôn ngữ bài có.',
    'The main picture, described in every language.',
  ),
  'press:cover': w(
    'Ảnh',
    'Photo',
    'Ảnh JPEG, PNG, WebP hoặc AVIF (không nhận SVG); có mô tả ảnh ở mọi ngôn ngữ.',
    'JPEG, PNG, WebP or AVIF (not SVG), described in every language.',
  ),
  src: w(
    'Tệp ảnh',
    'Image file',
    'Ảnh JPEG, PNG, WebP hoặc AVIF trong thư mục images/ (không nhận SVG).',
    'JPEG, PNG, WebP or AVIF under images/ (not SVG).',
  ),
  alt: w(
    'Mô tả ảnh',
    'Alt text',
    'Một câu tả những gì ảnh cho thấy, cho người không nhìn thấy ảnh; viết ở mọi ngôn ngữ bài có.',
    'One sentence saying what the picture shows, for people who cannot see it; in every language the piece has.',
  ),
  caption: w(
    'Chú thích ảnh',
    'Caption',
    'Hiện dưới ảnh; mỗi ngôn ngữ ghi chú thích của mình.',
    'Shown under the picture, in each language.',
  ),
  credit: w('Tác giả ảnh', 'Credit', 'Ví dụ "Ảnh: Nguyễn Văn A".', 'e.g. "Photo: Nguyễn Văn A".'),
  licence: w('Giấy phép', 'Licence', 'Ví dụ "CC BY 4.0" hoặc "© Sở VHTTDL, được phép sử dụng".', 'e.g. "CC BY 4.0".'),
  illustration: w(
    'Là tranh minh họa',
    'Illustration',
    'Đánh dấu với tranh vẽ, bản đồ do nhóm làm (không phải ảnh chụp).',
    'Tick for drawings and maps the team made.',
  ),
  gallery: w(
    'Bộ ảnh',
    'Gallery',
    'Thêm ảnh, mỗi ảnh có mô tả ở mọi ngôn ngữ bài có.',
    'More pictures, each described in every language.',
  ),
  sources: w('Nguồn thông tin', 'Sources', 'Nơi lấy các thông tin trên trang.', 'Where the facts come from.'),
  'places:sources[].title': w('Tên nguồn', 'Title of the source', 'Như nguồn công bố.', 'As published.'),
  publisher: w('Đơn vị công bố', 'Publisher', 'Ai công bố nguồn này.', 'Who published it.'),
  url: w('Địa chỉ trang web', 'Web address', 'Bắt đầu bằng https://', 'Starting with https://'),
  related: w('Bài liên quan', 'Related pieces', 'Các bài quảng bá khác nên đọc cùng.', 'Other pieces to read with it.'),
  plans: w(
    'Kế hoạch nhắc đến',
    'Plans that name it',
    'Các kế hoạch có nêu địa danh, di sản này.',
    'Plans that name this piece.',
  ),
  incentives: w('Ưu đãi đầu tư', 'Incentives', 'Mỗi ưu đãi một dòng (tiền thuê đất, thuế…).', 'One per line.'),
  sector: w('Lĩnh vực', 'Sector', 'Nhà đầu tư lọc dự án theo lĩnh vực.', 'Investors filter by it.'),
  commune: w('Xã, phường', 'Commune or ward', 'Theo từng ngôn ngữ.', 'Per language.'),
  formerDistrict: w(
    'Huyện cũ',
    'Former district',
    'Như văn bản trước ngày 01/7/2025 ghi.',
    'As documents before 1 July 2025 name it.',
  ),
  areaHa: w(
    'Diện tích (ha)',
    'Area (ha)',
    'Số héc-ta, dùng dấu chấm thập phân: 14.04.',
    'Hectares, with a decimal point: 14.04.',
  ),
  capitalVnd: w(
    'Tổng vốn đầu tư (đồng)',
    'Total capital (VND)',
    'Viết liền, không dấu chấm phân cách: 1250000000000.',
    'Digits only: 1250000000000.',
  ),
  form: w('Hình thức đầu tư', 'Investment form', 'Chọn một hình thức trong danh sách.', 'Pick one.'),
  contact: w(
    'Đơn vị liên hệ',
    'Contact unit',
    'Đơn vị nhà đầu tư liên hệ, chọn trong danh sách.',
    'The unit investors contact.',
  ),
  attachments: w('Tệp đính kèm', 'Attachments', 'Tệp để tải về (PDF…), mỗi tệp có tên hiển thị.', 'Files to download.'),
  file: w('Tệp', 'File', 'Tệp trong thư mục files/ (PDF, DOCX…).', 'A file under files/.'),
  'attachments[].title': w(
    'Tên hiển thị của tệp',
    'Link text',
    'Chữ của đường dẫn tải tệp, ví dụ "Bảng số liệu".',
    'The link text.',
  ),
  updated: w(
    'Ngày cập nhật',
    'Last checked',
    'Ngày thông tin được kiểm tra lần cuối.',
    'When the facts were last checked.',
  ),
  time: w('Giờ họp báo', 'Time', 'Giờ:phút, ví dụ 09:30.', 'HH:MM, e.g. 09:30.'),
  venue: w('Địa điểm họp báo', 'Venue', 'Chỉ với họp báo.', 'Press conferences only.'),
  spokesperson: w(
    'Người phát ngôn',
    'Spokesperson',
    'Người phát ngôn chịu trách nhiệm thông tin này, chọn trong danh sách.',
    'Pick from the spokespeople.',
  ),
  aliases: w('Tên viết tắt', 'Short names', 'Như kế hoạch viết tắt, ví dụ "Sở TT&TT".', 'As plans abbreviate it.'),
  parent: w('Trực thuộc', 'Belongs to', 'Đơn vị cấp trên, chọn trong danh sách.', 'The unit it belongs to.'),
  unit: w('Đơn vị', 'Unit', 'Chọn trong danh sách cơ quan, đơn vị.', 'Pick from the units.'),
  phone: w('Điện thoại', 'Phone', 'Ví dụ "0269 3824 000".', 'e.g. "+84 269 3824 000".'),
  email: w('Thư điện tử', 'Email', 'Ví dụ "sngv@gialai.gov.vn".', 'e.g. "sngv@gialai.gov.vn".'),
  website: w('Trang web', 'Website', 'Bắt đầu bằng https://', 'Starting with https://'),
  until: w(
    'Ngày chấm dứt hoạt động',
    'Last day',
    'Ví dụ cấp huyện kết thúc ngày 2025-06-30; nhiệm vụ cũ vẫn được giữ.',
    'e.g. districts ended on 2025-06-30.',
  ),
  successors: w(
    'Đơn vị tiếp nhận',
    'Successors',
    'Đơn vị nhận lại nhiệm vụ khi đơn vị này sáp nhập, đổi tên hoặc giải thể (ví dụ so-khoa-hoc-va-cong-nghe); cần điền cả ngày chấm dứt hoạt động. Kế hoạch vẫn ghi tên cũ.',
    'Units that took over its work; needs the last day. Plans keep the old name.',
  ),
  'people:title': w('Chức vụ', 'Position', 'Theo từng ngôn ngữ.', 'Per language.'),
  'legal:title': w('Trích yếu', 'Title', 'Theo từng ngôn ngữ.', 'Per language.'),
  'legal:url': w(
    'Địa chỉ trang web',
    'Web address',
    'Nơi đọc văn bản; tốt nhất là trang của chính cơ quan ban hành hoặc vbpl.vn. Bắt đầu bằng https://',
    "Where to read it; best the issuer's own page or vbpl.vn. Starting with https://",
  ),
  sourceKind: w(
    'Loại nguồn',
    'Kind of source',
    'Trang ở "Địa chỉ trang web" là trang gì; bắt buộc khi có địa chỉ. Trang văn bản ghi loại này cạnh đường dẫn.',
    'What the page at the web address is; required with an address. The page shows it by the link.',
  ),
  'anniversaries:title': w(
    'Tên sự kiện',
    'Event',
    'Không ghi "n năm" (trang tự tính).',
    'Without "n years" (the page counts).',
  ),
  languages: w('Ngôn ngữ trả lời', 'Languages', 'Mã ngôn ngữ: vi, en, km…', 'Language codes.'),
  topics: w(
    'Lĩnh vực phát ngôn',
    'Topics',
    'Mỗi lĩnh vực một mục, theo từng ngôn ngữ.',
    'One per topic, per language.',
  ),
  appointment: w(
    'Quyết định bổ nhiệm',
    'Appointment',
    'Số, ngày và cơ quan ra quyết định.',
    'Number, date and who decided.',
  ),
  'people:appointment.number': w(
    'Số quyết định',
    'Decision number',
    'Như văn bản ghi, ví dụ "123/QĐ-UBND".',
    'As written.',
  ),
  'people:appointment.date': w('Ngày quyết định', 'Decision date', 'Chọn ngày trên lịch.', 'Pick the date.'),
  'people:appointment.by': w('Cơ quan quyết định', 'Decided by', 'Theo từng ngôn ngữ.', 'Per language.'),
  from: w('Từ ngày', 'From', 'Ngày đầu làm người phát ngôn.', 'First day as spokesperson.'),
  to: w('Đến ngày', 'To', 'Bỏ trống khi còn đương nhiệm.', 'Empty while in office.'),
  lunar: w(
    'Ngày âm lịch',
    'Lunar date',
    'Dùng thay cho "Ngày" với sự kiện tính theo âm lịch.',
    'Instead of a solar date.',
  ),
  month: w('Tháng (âm lịch)', 'Lunar month', 'Từ 1 đến 12.', '1 to 12.'),
  day: w('Ngày (âm lịch)', 'Lunar day', 'Từ 1 đến 30 (tháng thiếu: ngày 30 tính là ngày 29).', '1 to 30.'),
  leap: w(
    'Tháng nhuận',
    'Leap month',
    'Đánh dấu nếu là tháng nhuận; năm không có tháng nhuận thì tính tháng thường.',
    'Tick for the leap month.',
  ),
  since: w('Tính từ năm', 'Counted from', 'Chỉ với ngày âm lịch.', 'Lunar dates only.'),
  yearly: w(
    'Nhắc hằng năm',
    'Every year',
    'Không đánh dấu: chỉ nhắc vào năm tròn, năm chẵn 5.',
    'Unticked: only on round anniversaries.',
  ),
  counted: w(
    'Ghi số năm',
    'Show the count',
    'Bỏ đánh dấu khi số năm không có ý nghĩa (ví dụ Giỗ Tổ Hùng Vương: năm 1917 là năm định ngày, không phải năm bắt đầu): trang chỉ ghi ngày, không ghi "n năm".',
    'Untick when the count means nothing: the page shows the day without "n years".',
  ),
  currency: w('Ngoại tệ', 'Currency', 'Mã ISO, ví dụ USD.', 'ISO code, e.g. USD.'),
  vndPerUnit: w(
    'Số đồng cho một đơn vị ngoại tệ',
    'VND per unit',
    'Ví dụ 23942 (không dấu chấm phân cách).',
    'e.g. 23942.',
  ),
  body: w('Nội dung', 'Text'),
};

/** The words of a field, by the most specific key: `concept:path`, the path's last two parts, `concept:name`, the name. */
export function fieldWords(concept: ConceptName | undefined, path: string, name: string): FieldWords | undefined {
  const bare = path.replace(/\[\d*\]/g, '[]');
  const tail = bare.split('.').slice(-2).join('.');
  const keys = [
    concept ? `${concept}:${bare}` : '',
    tail.includes('.') ? tail : '',
    concept ? `${concept}:${name}` : '',
    name,
  ].filter(Boolean);
  for (const key of keys) if (Object.hasOwn(FIELD_WORDS, key)) return FIELD_WORDS[key];
  return undefined;
}

/** Choices without words on the site, named here; the others are read from the site's UI strings by prefix. */
const OWN_CHOICES: Record<string, Record<string, Words>> = {
  'translation.status': { reviewed: { vi: 'Đã hiệu đính', en: 'Reviewed' }, draft: { vi: 'Bản nháp', en: 'Draft' } },
  'units:kind': {
    'people-committee': { vi: 'Ủy ban nhân dân', en: "People's Committee" },
    department: { vi: 'Sở, ban, ngành', en: 'Department' },
    party: { vi: 'Cơ quan Đảng', en: 'Party body' },
    police: { vi: 'Công an', en: 'Police' },
    military: { vi: 'Quân đội, biên phòng', en: 'Military' },
    front: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
    'mass-organisation': { vi: 'Đoàn thể', en: 'Mass organisation' },
    press: { vi: 'Cơ quan báo chí', en: 'Press' },
    school: { vi: 'Trường học', en: 'School' },
    other: { vi: 'Khác', en: 'Other' },
  },
  'anniversaries:kind': {
    'national-day': { vi: 'Ngày lễ quốc gia', en: 'National day' },
    tradition: { vi: 'Ngày truyền thống ngành, lực lượng, đoàn thể', en: 'Day of tradition' },
    history: { vi: 'Sự kiện lịch sử', en: 'Historical event' },
    diplomatic: { vi: 'Ngoại giao', en: 'Diplomatic' },
    military: { vi: 'Quân sự', en: 'Military' },
    province: { vi: 'Của tỉnh', en: 'Province' },
    heritage: { vi: 'Di sản', en: 'Heritage' },
    international: { vi: 'Quốc tế', en: 'International' },
  },
};

/** Where the site already words a field's choices: `concept:name` → UI string prefix. */
const SITE_CHOICES: Record<string, string> = {
  'plans:level': 'plans.level.',
  'units:level': 'units.level.',
  'legal:kind': 'legal.kind.',
  'legal:sourceKind': 'legal.sourceKind.',
  'places:kind': 'places.kind.',
  'profiles:sector': 'invest.sector.',
  'profiles:status': 'invest.status.',
  'profiles:form': 'invest.form.',
  'press:kind': 'press.kind.',
};

/**
 * The words of one choice of a select field, from this table or the site's UI strings
 * (`dictionary(lang)` gives them); undefined when neither has it (the CMS then shows the value).
 */
export function choiceWords(
  concept: ConceptName | undefined,
  path: string,
  name: string,
  value: string,
  dictionary: (lang: 'vi' | 'en') => Record<string, string> | undefined,
): Words | undefined {
  const bare = path.replace(/\[\d*\]/g, '[]');
  const tail = bare.split('.').slice(-2).join('.');
  for (const key of [tail.includes('.') ? tail : '', concept ? `${concept}:${name}` : ''].filter(Boolean)) {
    const own = OWN_CHOICES[key]?.[value];
    if (own) return own;
    const prefix = SITE_CHOICES[key];
    const vi = prefix ? dictionary('vi')?.[prefix + value] : undefined;
    if (vi) return { vi, en: dictionary('en')?.[prefix + value] ?? value };
  }
  return undefined;
}
