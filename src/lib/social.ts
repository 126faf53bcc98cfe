/** Social cards: which picture a page shares (one per section) and the SVG it is drawn from. */
import { NAV_SECTIONS } from './nav.ts';

/** Sections with their own card; every other page shares the home card. */
export const SOCIAL_SECTIONS: readonly string[] = ['home', ...NAV_SECTIONS.map(([s]) => s)];

/** Card width and height (the 1.91:1 size Open Graph and Twitter recommend). */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

/** `/social/plans.png` for `/en/plans/x/`; `/social/home.png` for a home or unknown section. */
export function socialImagePath(pathname: string): string {
  const section = pathname.split('/')[2] ?? '';
  return `/social/${SOCIAL_SECTIONS.includes(section) ? section : 'home'}.png`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface CardText {
  /** The brand colour, e.g. "#0b5394". */
  brand: string;
  /** The province's logo as SVG markup. */
  logoSvg: string;
  /** Big line, e.g. "Gia Lai". */
  title: string;
  /** Smaller lines, e.g. the section's name in Vietnamese and English. */
  lines: readonly string[];
}

/** The card as SVG: brand band, logo, title and lines in a font every Linux box has. */
export function socialCardSvg({ brand, logoSvg, title, lines }: CardText): string {
  const { width, height } = SOCIAL_SIZE;
  const logo = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;
  const text = lines
    .map((l, i) => `<text x="96" y="${420 + i * 64}" font-size="44" fill="#1b1f24">${esc(l)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/><rect width="${width}" height="40" fill="${esc(brand)}"/>` +
    `<rect y="${height - 40}" width="${width}" height="40" fill="${esc(brand)}"/>` +
    `<image x="96" y="110" width="160" height="160" xlink:href="${logo}"/>` +
    `<text x="96" y="360" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="72" font-weight="700" fill="${esc(brand)}">${esc(title)}</text>` +
    `<g font-family="DejaVu Sans, Noto Sans, sans-serif">${text}</g></svg>`
  );
}
