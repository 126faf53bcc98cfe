/** Vietnamese labels of fields editors know from the documents, added to messages. */

const LABELS: Record<string, string> = {
  number: 'Số hiệu',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  place: 'Địa danh',
  title: 'Tiêu đề / trích yếu',
  summary: 'Tóm tắt',
  basis: 'Căn cứ',
  implements: 'Thực hiện kế hoạch',
  tasks: 'Nhiệm vụ',
  lead: 'Đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  timeframe: 'Thời gian thực hiện',
  duties: 'Tổ chức thực hiện',
  budget: 'Kinh phí',
  reportingDeadlines: 'Thời hạn báo cáo',
  recipients: 'Nơi nhận',
  signer: 'Người ký',
  alt: 'Mô tả ảnh',
  src: 'Tệp ảnh',
  cover: 'Ảnh đại diện',
  gallery: 'Bộ ảnh',
  sources: 'Nguồn',
  capitalVnd: 'Tổng vốn đầu tư (VNĐ)',
  areaHa: 'Diện tích (ha)',
  sector: 'Lĩnh vực',
  contact: 'Đơn vị liên hệ',
  spokesperson: 'Người phát ngôn',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  date: 'Ngày',
  kind: 'Loại',
  unit: 'Đơn vị',
  translation: 'Bản dịch',
  locales: 'Ngôn ngữ',
  url: 'Địa chỉ',
  website: 'Trang web',
  site: 'Địa chỉ cổng thông tin',
  from: 'Từ ngày',
  to: 'Đến ngày',
};

/** "tasks[2].lead" → "tasks[2].lead (Đơn vị chủ trì)". */
export function labelField(field: string): string {
  const last = field.split('.').pop()!.replace(/\[\d+\]$/, '');
  const label = LABELS[last];
  return label ? `${field} (${label})` : field;
}
