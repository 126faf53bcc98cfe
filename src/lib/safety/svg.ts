/**
 * SVG files in content (the team's drawings, a logo) are code as much as pictures: opened from the
 * portal's origin they can run script, and a rasteriser follows their links to other files. An SVG
 * is accepted only if it is well-formed XML made of drawing elements, with no script, event
 * handler, foreignObject, DOCTYPE/entity or reference outside the file. Judged on the parse of a
 * real XML parser (sax, strict) and, for styles and url(), a real CSS parser (css-tree).
 */
import sax from 'sax';
import { parse as parseCss, walk as walkCss, type CssNode } from 'css-tree';
import type { Finding } from '../finding.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements that only draw (SVG 1.1/2 shapes, text, paint servers, clipping, filters), by local name. */
const DRAWING_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'switch',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

/** CSS functions a drawing's colours and transforms use; anything else (url spelled with escapes, image(), element()) is refused. */
const CSS_FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
  'var',
  'calc',
  'min',
  'max',
  'clamp',
  'translate',
  'translatex',
  'translatey',
  'rotate',
  'scale',
  'scalex',
  'scaley',
  'matrix',
  'skewx',
  'skewy',
]);

/** Attributes whose value is CSS (SVG 2 presentation attributes, and style): the ones a browser or rasteriser reads url() in. */
const CSS_ATTRIBUTES = new Set([
  'alignment-baseline',
  'baseline-shift',
  'clip',
  'clip-path',
  'clip-rule',
  'color',
  'color-interpolation',
  'color-interpolation-filters',
  'color-rendering',
  'cursor',
  'direction',
  'display',
  'dominant-baseline',
  'fill',
  'fill-opacity',
  'fill-rule',
  'filter',
  'flood-color',
  'flood-opacity',
  'font',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'glyph-orientation-horizontal',
  'glyph-orientation-vertical',
  'image-rendering',
  'letter-spacing',
  'lighting-color',
  'marker',
  'marker-end',
  'marker-mid',
  'marker-start',
  'mask',
  'mask-type',
  'opacity',
  'overflow',
  'paint-order',
  'pointer-events',
  'shape-rendering',
  'stop-color',
  'stop-opacity',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'text-anchor',
  'text-decoration',
  'text-overflow',
  'text-rendering',
  'transform',
  'transform-origin',
  'unicode-bidi',
  'vector-effect',
  'visibility',
  'white-space',
  'word-spacing',
  'writing-mode',
  'gradienttransform',
  'patterntransform',
]);

/** What in an SVG does more than draw (the words are in content-check/messages/). */
export interface SvgFindings {
  'not-xml': { detail: string };
  doctype: object;
  'processing-instruction': { name: string };
  /** The root element is not <svg> in the SVG namespace. */
  'wrong-root': { name: string; namespace: string };
  'not-svg-element': { name: string };
  /** An SVG element that does more than draw (script, foreignObject, image, a, animate…). */
  'not-drawing': { name: string };
  'event-handler': { attribute: string };
  /** An href to anything but "#id" in the same file. */
  'outside-href': { attribute: string; value: string };
  /** CSS in `attribute` (or, without one, in a <style> sheet) that cannot be read. */
  'css-unreadable': { attribute?: string; css: string };
  'css-url': { attribute?: string; url: string };
  'css-function': { attribute?: string; name: string };
  'css-import': { attribute?: string };
  'no-svg': object;
}
export type SvgFinding = Finding<SvgFindings>;

export interface SvgProblem {
  line: number;
  finding: SvgFinding;
}

type CssFinding = Finding<SvgFindings, 'css-unreadable' | 'css-url' | 'css-function' | 'css-import'>;

/** What in a CSS text (a <style> sheet, a style attribute, a presentation attribute) reaches outside the file. */
function cssProblems(
  css: string,
  context: 'stylesheet' | 'declarationList' | 'value',
  attribute?: string,
): CssFinding[] {
  const found: CssFinding[] = [];
  let ast: CssNode;
  try {
    ast = parseCss(css, { context, onParseError: () => undefined });
  } catch {
    return [{ code: 'css-unreadable', attribute, css: css.slice(0, 40) }];
  }
  walkCss(ast, (node) => {
    if (node.type === 'Url' && !node.value.startsWith('#')) found.push({ code: 'css-url', attribute, url: node.value });
    if (node.type === 'Function' && !CSS_FUNCTIONS.has(node.name.toLowerCase()))
      found.push({ code: 'css-function', attribute, name: node.name });
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') found.push({ code: 'css-import', attribute });
  });
  return found;
}

/** Every reason the SVG text is unsafe, with its line; empty when it only draws. */
export function svgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const parser = sax.parser(true, { xmlns: true, position: true });
  const add = (finding: SvgFinding) => problems.push({ line: parser.line + 1, finding });
  const stack: string[] = [];
  let sawRoot = false;

  parser.onerror = (error) => {
    add({ code: 'not-xml', detail: error.message.split('\n')[0] ?? '' });
    // Stop at the first error: what follows cannot be read reliably.
    throw error;
  };
  parser.ondoctype = () => add({ code: 'doctype' });
  parser.onprocessinginstruction = (pi) => {
    if (pi.name !== 'xml') add({ code: 'processing-instruction', name: pi.name });
  };
  parser.onopentag = (tag) => {
    if (!('uri' in tag)) return; // xmlns: true always gives qualified tags
    if (!sawRoot && (tag.local !== 'svg' || tag.uri !== SVG_NS))
      add({ code: 'wrong-root', name: tag.name, namespace: SVG_NS });
    sawRoot = true;
    if (tag.uri !== SVG_NS) add({ code: 'not-svg-element', name: tag.name });
    else if (!DRAWING_ELEMENTS.has(tag.local)) add({ code: 'not-drawing', name: tag.local });
    stack.push(tag.local);
    for (const attr of Object.values(tag.attributes)) {
      const local = attr.local.toLowerCase();
      if (local.startsWith('on')) add({ code: 'event-handler', attribute: attr.name });
      else if (local === 'href' && !attr.value.trim().startsWith('#'))
        add({ code: 'outside-href', attribute: attr.name, value: attr.value });
      else if (attr.uri === '' && (local === 'style' || CSS_ATTRIBUTES.has(local)))
        for (const p of cssProblems(attr.value, local === 'style' ? 'declarationList' : 'value', attr.name)) add(p);
    }
  };
  // A <style> sheet is judged whole, when it closes (sax may hand its text over in pieces).
  let sheet = '';
  parser.onclosetag = () => {
    if (stack.pop() === 'style') for (const p of cssProblems(sheet, 'stylesheet')) add(p);
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
  if (!sawRoot && !problems.length) add({ code: 'no-svg' });
  return problems;
}
