/** A valid place (a sample lake) for cases that change one part of it: its cover, its source's address, or its text. */
export interface SamplePlace {
  cover?: string;
  illustration?: boolean;
  /** The address of its one source, as written in YAML. */
  sourceUrl?: string;
  /** The text; with neither `illustration` nor `sourceUrl`, its first line is line 15 of the file. */
  body?: string;
}

export function samplePlace({
  cover = 'images/ho.png',
  illustration = false,
  sourceUrl,
  body = '',
}: SamplePlace = {}): string {
  return [
    '---',
    'title: Hồ Mẫu',
    'summary: Một điểm đến mẫu dùng để kiểm thử.',
    'kind: landscape',
    'location: { name: { vi: Xã Mẫu }, lat: 14.0, lon: 108.0 }',
    'cover:',
    `  src: ${cover}`,
    '  alt: Ảnh hồ nước',
    '  credit: "Ảnh: nhóm cổng thông tin"',
    '  licence: CC BY 4.0',
    ...(illustration ? ['  illustration: true'] : []),
    'sources:',
    '  - title: Nguồn mẫu',
    ...(sourceUrl === undefined ? [] : [`    url: ${sourceUrl}`]),
    'sample: true',
    '---',
    body,
    '',
  ].join('\n');
}
