/** The header search box: fetches nothing until the reader focuses it or types, then warms the search. */
import { loadPagefind } from './pagefind.ts';

const input = document.querySelector<HTMLInputElement>('[data-portal-search] input[type=search]');
if (input) {
  const warm = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });
}
