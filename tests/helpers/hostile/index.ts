/** Every hostile case, by class. Each module adds its own; nothing else needs editing. */
import type { HostileCase } from './types.ts';

const modules = import.meta.glob<{ CASES: HostileCase[] }>('./cases-*.ts', { eager: true });

export const HOSTILE_CASES: HostileCase[] = Object.keys(modules)
  .sort()
  .flatMap((name) => modules[name]!.CASES);

export type { HostileCase } from './types.ts';
