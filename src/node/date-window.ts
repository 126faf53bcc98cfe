/** Sets the plausible-date window of every date field from the build date (see src/lib/date-window.ts). */
import { dateWindowFor, setDateWindow, type DateWindow } from '../lib/date-window.ts';
import { buildDate } from './build-date.ts';

/** The one place the check and the content collections take their date window from. */
export function useBuildDateWindow(): DateWindow {
  const window = dateWindowFor(buildDate());
  setDateWindow(window);
  return window;
}
