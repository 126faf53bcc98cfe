/**
 * SVG files in content (the team's drawings, a logo) are code as much as pictures: opened from the
 * portal's origin they can run script, and a rasteriser follows their links to other files. An SVG
 * is accepted only if it is well-formed XML made of drawing elements, with no script, event
 * handler, foreignObject, DOCTYPE/entity or reference outside the file. Judged on the parse of a
 * real XML parser (sax, strict) and, for styles and url(), a real CSS parser (css-tree).
 */
import sax from 'sax';
import { parse as parseCss, walk as walkCss, type CssNode } from 'css-tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements that only draw (SVG 1.1/2 shapes, text, paint servers, clipping, filters), by local name. */
const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'filter',
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting',
  'feSpotLight', 'feTile', 'feTurbulence',
]);

/** CSS functions a drawing's colours and transforms use; anything else (url spelled with escapes, image(), element()) is refused. */
const CSS_FUNCTIONS = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'var', 'calc', 'min', 'max', 'clamp',
  'translate', 'translatex', 'translatey', 'rotate', 'scale', 'scalex', 'scaley', 'matrix', 'skewx', 'skewy',
]);

/** Attributes whose value is CSS (SVG 2 presentation attributes, and style): the ones a browser or rasteriser reads url() in. */
const CSS_ATTRIBUTES = new Set([
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-rendering', 'cursor', 'direction', 'display', 'dominant-baseline', 'fill',
  'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font', 'font-family', 'font-size',
  'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight', 'glyph-orientation-horizontal',
  'glyph-orientation-vertical', 'image-rendering', 'letter-spacing', 'lighting-color', 'marker', 'marker-end',
  'marker-mid', 'marker-start', 'mask', 'mask-type', 'opacity', 'overflow', 'paint-order', 'pointer-events',
  'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-anchor',
  'text-decoration', 'text-overflow', 'text-rendering', 'transform', 'transform-origin', 'unicode-bidi',
  'vector-effect', 'visibility', 'white-space', 'word-spacing', 'writing-mode', 'gradienttransform', 'patterntransform',
]);

export interface SvgProblem {
  line: number;
  message: string;
}

const FIX = 'ảnh SVG chỉ được chứa hình vẽ; hãy xoá phần đó, hoặc xuất lại dạng "Plain SVG" hay PNG';

/** What in a CSS text (a <style> sheet, a style attribute, a presentation attribute) reaches outside the file. */
function cssProblems(css: string, context: 'stylesheet' | 'declarationList' | 'value'): string[] {
  const found: string[] = [];
  let ast: CssNode;
  try {
    ast = parseCss(css, { context, onParseError: () => undefined });
  } catch {
    return [`CSS "${css.slice(0, 40)}" không đọc được`];
  }
  walkCss(ast, (node) => {
    if (node.type === 'Url' && !node.value.startsWith('#')) found.push(`url(${node.value}) trỏ ra ngoài tệp`);
    if (node.type === 'Function' && !CSS_FUNCTIONS.has(node.name.toLowerCase())) found.push(`hàm CSS ${node.name}() không được dùng`);
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') found.push('@import nạp tệp khác');
  });
  return found;
}

/** Every reason the SVG text is unsafe, with its line; empty when it only draws. */
export function svgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const parser = sax.parser(true, { xmlns: true, position: true });
  const add = (what: string) => problems.push({ line: parser.line + 1, message: `${what} — ${FIX}` });
  const stack: string[] = [];
  let sawRoot = false;

  parser.onerror = (error) => {
    add(`tệp SVG không phải XML hợp lệ (${error.message.split('\n')[0]})`);
    // Stop at the first error: what follows cannot be read reliably.
    throw error;
  };
  parser.ondoctype = () => add('tệp SVG có khai báo <!DOCTYPE> (có thể định nghĩa thực thể nạp tệp khác)');
  parser.onprocessinginstruction = (pi) => {
    if (pi.name !== 'xml') add(`tệp SVG có chỉ thị <?${pi.name}?>`);
  };
  parser.onopentag = (tag) => {
    if (!('uri' in tag)) return; // xmlns: true always gives qualified tags
    if (!sawRoot && (tag.local !== 'svg' || tag.uri !== SVG_NS)) add(`phần tử gốc là <${tag.name}>, không phải <svg xmlns="${SVG_NS}">`);
    sawRoot = true;
    if (tag.uri !== SVG_NS) add(`phần tử <${tag.name}> không thuộc SVG`);
    else if (!DRAWING_ELEMENTS.has(tag.local)) add(`phần tử <${tag.local}> không phải hình vẽ (script, foreignObject, image, a, animate… đều bị từ chối)`);
    stack.push(tag.local);
    for (const attr of Object.values(tag.attributes)) {
      const local = attr.local.toLowerCase();
      if (local.startsWith('on')) add(`thuộc tính xử lý sự kiện ${attr.name}="…" (chạy mã)`);
      else if (local === 'href' && !attr.value.trim().startsWith('#')) add(`${attr.name}="${attr.value}" trỏ ra ngoài tệp (chỉ được trỏ tới "#id" trong chính tệp)`);
      else if (attr.uri === '' && (local === 'style' || CSS_ATTRIBUTES.has(local)))
        for (const p of cssProblems(attr.value, local === 'style' ? 'declarationList' : 'value')) add(`thuộc tính ${attr.name}: ${p}`);
    }
  };
  // A <style> sheet is judged whole, when it closes (sax may hand its text over in pieces).
  let sheet = '';
  parser.onclosetag = () => {
    if (stack.pop() === 'style') for (const p of cssProblems(sheet, 'stylesheet')) add(`<style>: ${p}`);
    sheet = '';
  };
  const styleText = (css: string) => {
    if (stack.at(-1) === 'style') sheet += css;
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;

  try {
    parser.write(text).close();
  } catch {
    // Reported by onerror.
  }
  if (!sawRoot && !problems.length) add('tệp SVG không có phần tử <svg>');
  return problems;
}
