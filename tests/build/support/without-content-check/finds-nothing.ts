/** Stands in for src/node/run-check.ts: the content check, skipped. */
import type { CheckResult } from '../../../../src/lib/content-check/types.ts';

export const runContentCheck = (): CheckResult => ({ errors: [], warnings: [] });
export const formatCheck = (): string => '';
