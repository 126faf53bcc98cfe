/**
 * A translated sentence cut where one of its placeholders goes, so markup can stand there: a
 * Khmer sentence "លេខ 1 ចុះថ្ងៃ … របស់ {by}" whose `by` is shown in English needs `lang` and a
 * language label on that piece alone. `render` fills the placeholder with a marker no template holds.
 */
const SLOT = '\u{F8FF}';

export function splitAtSlot(render: (slot: string) => string): [before: string, after: string] {
  const text = render(SLOT);
  const at = text.indexOf(SLOT);
  if (at < 0 || text.includes(SLOT, at + SLOT.length)) {
    throw new Error(`splitAtSlot: the sentence must hold its placeholder once, got "${text}"`);
  }
  return [text.slice(0, at), text.slice(at + SLOT.length)];
}
