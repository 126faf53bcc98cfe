/** The search boxes (header, home page): fetch nothing until the reader focuses one or types, then warm the search. */
import { loadPagefind } from './pagefind.ts';

// The header's box, and the home page's.
for (const input of document.querySelectorAll<HTMLInputElement>('[data-portal-search] input[type=search]')) {
  const warm = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });
}
