/** Reads duties per unit under "TỔ CHỨC THỰC HIỆN": each numbered item names units, its body lists their duties. */
import { dutyUnit, splitUnits } from './units.ts';
import type { PlanDuty, PlanItem, PlanSection } from './types.ts';

/** True for "III. TỔ CHỨC THỰC HIỆN" (also the misspelt "TỔ CHỨC THỨC HIỆN"). */
export function isDutiesSection(section: PlanSection): boolean {
  return /TỔ CHỨC/iu.test(section.title);
}

function itemTexts(item: PlanItem): string[] {
  return [
    ...item.body.map((block) => block.text),
    ...item.items.flatMap((sub) => [`${sub.number}. ${sub.title}`, ...itemTexts(sub)]),
  ];
}

/** One duty per numbered item of the duties sections. */
export function parseDuties(sections: PlanSection[]): PlanDuty[] {
  return sections.filter(isDutiesSection).flatMap((section) =>
    section.items.map((item) => {
      const unit = dutyUnit(item.title);
      return { unit, units: splitUnits(unit), items: itemTexts(item) };
    }),
  );
}
