/**
 * The province's colour as a stylesheet file (served from the site, bundled with the page CSS)
 * instead of an inline `<style>`, so pages carry no inline style. `html:root` outranks tokens.css.
 */
export function themeStylesheet(themeColor: string): string {
  // The schema already requires #rrggbb; checked again because this text becomes CSS.
  if (!/^#[0-9a-f]{6}$/i.test(themeColor)) throw new Error(`themeColor "${themeColor}" is not #rrggbb`);
  return `html:root{--portal-brand:${themeColor}}\n`;
}
