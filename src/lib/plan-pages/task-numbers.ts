/** Task numbers as the plan writes them: "6.1" where the entry stores one, the task's position otherwise. */
import type { TaskFacts } from './types.ts';

/** One label per task, in order: the stored number, or 1, 2, 3… by position. */
export function taskNumbers(tasks: readonly Pick<TaskFacts, 'number'>[]): string[] {
  return tasks.map((task, i) => task.number ?? String(i + 1));
}
