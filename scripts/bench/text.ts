/**
 * Text of real length for synthetic entries: Vietnamese sentences taken from the real plans in
 * ../shared/seeds/, English sentences of the same register written for the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

/** Vietnamese sentences of 8–60 words from the seed plans (lines joined, split at full stops and semicolons). */
export function vietnameseSentences(): string[] {
  if (!existsSync(SEEDS)) return FALLBACK_VI;
  const text = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
    .join('\n')
    .replace(/https?:\S+/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s+/g, ' ');
  const sentences = text
    .split(/(?<=[.;])\s+/)
    .map((s) => s.replace(/^[-–•+\d.)\s]+/, '').trim())
    .filter((s) => {
      const n = s.split(' ').length;
      return n >= 8 && n <= 60 && !/[|_]{3}/.test(s);
    });
  return sentences.length > 50 ? sentences : FALLBACK_VI;
}

const FALLBACK_VI = [
  'Tăng cường công tác thông tin đối ngoại, quảng bá hình ảnh, tiềm năng và thế mạnh của tỉnh đến bạn bè quốc tế.',
  'Cung cấp thông tin kịp thời, chính xác cho báo chí trong nước và nước ngoài về tình hình kinh tế – xã hội của tỉnh.',
];

/** English sentences in the register of the portal's translated pages. */
export const englishSentences = [
  'The province strengthens its foreign information work to promote its image, potential and strengths to international partners.',
  'Departments and communes provide timely and accurate information to domestic and foreign press about the social and economic situation.',
  'The plan sets out tasks, timeframes, lead units and partner units for the year, with reporting deadlines for each agency.',
  'Investment promotion focuses on agriculture, processing, renewable energy, logistics and tourism along the economic corridor.',
  'The border gate handles a growing number of travellers and vehicles, and the authorities add staff at peak times.',
  'Heritage sites and festivals are documented with photographs, descriptions and sources in several languages.',
  'Spokespeople answer questions from journalists on the topics they are appointed for and publish their contact details.',
  'The provincial people’s committee asks agencies to update the portal regularly and to correct inaccurate information quickly.',
  'Foreign visitors can read about traditional crafts, local products and the cultural life of ethnic communities.',
  'Cooperation with neighbouring provinces of Laos and Cambodia covers trade, border management, culture and education.',
  'Each agency reports on the results of its foreign information activities before the deadline set in the plan.',
  'The budget for these activities comes from the annual state budget allocated to each agency and from lawful sources.',
  'Press conferences are held every quarter to inform journalists about the province’s main events and decisions.',
  'The province welcomes investors and offers support with land, procedures and incentives under the Law on Investment.',
  'Training courses help officials improve their skills in communication, foreign languages and digital media.',
  'Visitors are advised to check the opening hours and the rules of each heritage site before travelling.',
  'Statistics on trade, tourism and investment are published as open data that anyone can download and reuse.',
  'The portal keeps documents issued before the administrative merger under the names those documents used.',
  'Community tourism in the highlands lets visitors stay with families and learn about gong music and weaving.',
  'The authorities monitor information on the internet and respond to false claims with verified facts.',
];
