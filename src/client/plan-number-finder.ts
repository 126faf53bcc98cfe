/** Progressive enhancement of the plans index's number table: a box that filters rows by document number. */
import { matchesNumber } from '../lib/plan-pages/numbers.ts';

export function enhanceNumberFinder(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-number-form]');
  const input = root.querySelector<HTMLInputElement>('[data-number-input]');
  const status = root.querySelector<HTMLElement>('[data-number-status]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-number]')];
  if (!form || !input || !status) return;
  form.hidden = false;
  const apply = () => {
    const q = input.value.trim();
    let shown = 0;
    for (const row of rows) {
      const hit = q === '' || matchesNumber(q, row.dataset.number ?? '');
      row.hidden = !hit;
      if (hit) shown += 1;
    }
    const template = shown === 0 ? status.dataset.none : shown === 1 ? status.dataset.one : status.dataset.other;
    status.textContent = q === '' ? '' : (template ?? '').replace('{count}', String(shown));
  };
  input.addEventListener('input', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
    status.focus();
  });
  // A link such as /vi/plans/?so=66/KH-UBND fills the box.
  const preset = new URLSearchParams(location.search).get('so');
  if (preset) {
    input.value = preset;
    apply();
  }
}
