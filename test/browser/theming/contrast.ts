/**
 * Contrast as a visitor sees it, computed: every visible text inside a
 * widget's shadow roots (nested widgets included), its colour, and the
 * background actually behind it, composited from its ancestors' backgrounds
 * (across shadow roots and slots) down to the page's canvas. WCAG 2 contrast
 * ratio of the two.
 */
export type Rgba = [number, number, number, number];

export interface TextContrast {
  /** The text (its first 40 characters). */
  text: string;
  /** Where: tag and classes of the element holding it, inside which widget. */
  where: string;
  color: Rgba;
  background: Rgba;
  ratio: number;
}

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour (as computed: rgb(), color(srgb …), oklch() …) as 8-bit sRGB and alpha (0–1). */
export function parseColor(color: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` drawn over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The element drawn behind `node`: its slot, parent, or shadow host. */
function behind(node: Element): Element | null {
  const parent = node.assignedSlot ?? node.parentElement;
  if (parent) return parent;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's canvas: white, or the dark canvas when the root's used scheme is dark. */
function canvasColor(): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;background:Canvas;color-scheme:inherit';
  document.documentElement.append(probe);
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** The opaque colour behind `element`: its own and its ancestors' backgrounds over the canvas. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = behind(node)) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), canvasColor());
}

function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const classes = element.getAttribute('class')?.trim().replace(/\s+/g, '.') ?? '';
  return `<${host?.localName ?? 'page'}> ${element.localName}${classes ? `.${classes}` : ''}`;
}

function visible(element: Element): boolean {
  return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** Every visible text of `host`'s shadow tree (and of widgets inside it), with its contrast. */
export function textContrasts(host: Element): TextContrast[] {
  const results: TextContrast[] = [];
  const measure = (element: Element, text: string) => {
    const color = parseColor(getComputedStyle(element).color);
    const background = backgroundBehind(element);
    const shown = over(color, background);
    results.push({ text: text.slice(0, 40), where: describe(element), color: shown, background, ratio: contrast(shown, background) });
  };
  const visit = (root: ShadowRoot | Element) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        // Form controls draw their value themselves.
        if ((node instanceof HTMLSelectElement || node instanceof HTMLInputElement) && visible(node)) {
          measure(node, node instanceof HTMLSelectElement ? (node.selectedOptions[0]?.text ?? '') : node.value || node.type);
        }
        continue;
      }
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('option, script, style, template') || !visible(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const area = [...range.getClientRects()].reduce((sum, r) => sum + r.width * r.height, 0);
      // Visually hidden text (1 px, clipped) is for assistive technology.
      if (area < 4 || parent.closest('.visually-hidden')) continue;
      measure(parent, text);
    }
  };
  visit(host.shadowRoot!);
  return results;
}

/** The texts below `minimum`, described for a failure message. */
export function failing(host: Element, minimum = 4.5): string[] {
  return textContrasts(host)
    .filter((t) => t.ratio < minimum)
    .map((t) => `${t.where} "${t.text}": ${t.ratio.toFixed(2)}:1 (rgb ${t.color.slice(0, 3).join(' ')} on ${t.background.slice(0, 3).join(' ')})`);
}
