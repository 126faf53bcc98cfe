/** Reads tasks of the content section ("NỘI DUNG…") with their timeframe, lead and partner units. */
import { leafItems } from './sections.ts';
import { splitUnits } from './units.ts';
import type { PlanSection, PlanTask } from './types.ts';

const FIELD_RE =
  /^(Nội\s+dung|Thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|(?:Đơn\s+vị|Cơ\s+quan)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp))\s*:\s*(.*)$/iu;

/** True for the section that lists what is to be done ("II. NỘI DUNG THỰC HIỆN", "NHIỆM VỤ…"). */
export function isContentSection(section: PlanSection): boolean {
  return /NỘI DUNG|NHIỆM VỤ/iu.test(section.title) && !/TỔ CHỨC/iu.test(section.title);
}

/** Which task field a "Label: value" line fills, if any. */
export function taskField(
  text: string,
): { field: 'content' | 'timeframe' | 'lead' | 'partners'; value: string } | undefined {
  const m = FIELD_RE.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const label = m[1].toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
  const field =
    label === 'nội dung'
      ? 'content'
      : label.startsWith('thời')
        ? 'timeframe'
        : label.endsWith('phối hợp')
          ? 'partners'
          : 'lead';
  return { field, value: m[2].trim() };
}

/** Tasks: every innermost numbered item of the content sections. */
export function parseTasks(sections: PlanSection[]): PlanTask[] {
  return sections.filter(isContentSection).flatMap((section) =>
    leafItems(section.items).map((item) => {
      const task: PlanTask = { number: item.number, title: item.title, lead: [], partners: [] };
      const content: string[] = [];
      for (const block of item.body) {
        const found = taskField(block.text);
        if (!found) content.push(block.text);
        else if (found.field === 'content') content.unshift(found.value);
        else if (found.field === 'timeframe') task.timeframe = found.value.replace(/\.$/u, '');
        else task[found.field].push(...splitUnits(found.value));
      }
      if (content.length > 0) task.content = content.join('\n\n');
      return task;
    }),
  );
}
