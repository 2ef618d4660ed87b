/**
 * SchemeController: whether an element draws its light or its dark colours.
 *
 * An element is readable when its colours suit the background that is really
 * behind it, which is the host page's business, not the operating system's
 * alone. In order:
 *
 * 1. `theme="light|dark"` on the element (the element then paints its own
 *    surface, see styles.ts);
 * 2. the French State design system's switch, `data-fr-theme` on `<html>`;
 * 3. the first background painted behind the element (its ancestors, across
 *    shadow roots and slots): dark when white text reads better on it;
 * 4. nothing painted: the page's canvas, drawn in the colour scheme the page
 *    declares (CSS `color-scheme` or `<meta name="color-scheme">`), which
 *    follows the system only when the page says it supports both.
 *
 * The result is the element's custom state, `:state(light)` or
 * `:state(dark)`, which its styles (and the host page's) select. One shared
 * MutationObserver on `<html>` and `<body>` and one media-query listener
 * re-check every element when a site switches its theme.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

type Host = ReactiveControllerHost & HTMLElement & { theme?: string | null };

const controllers = new Set<SchemeController>();
let observer: MutationObserver | undefined;
const DARK = '(prefers-color-scheme: dark)';

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function watch(document: Document): void {
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    matchMedia(DARK).addEventListener('change', refreshAll);
  }
  // Observing a node again replaces its registration: no duplicates.
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
}

/** The element drawn behind `node` in the flat tree: its slot, parent or shadow host. */
function behind(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/**
 * The relative luminance (0 black – 1 white) of a computed colour, or
 * undefined when it is mostly transparent or in a form not understood.
 * Computed colours come as `rgb()`/`rgba()`, `color(srgb …)` (mixes), or,
 * for colours written in them, `oklab()`/`oklch()` (Tailwind's palette):
 * their lightness is close enough to the cube root of the luminance.
 */
export function luminance(color: string): number | undefined {
  const [, fn = '', args = ''] = /^([a-z]+)\((.*)\)$/.exec(color.trim()) ?? [];
  const v = args
    .replace(/^[a-z][\w-]*\s/, '')
    .split(/[\s,/]+/)
    .map(parseFloat);
  const [a = NaN, b = NaN, c = NaN, alpha = 1] = v;
  if (!(alpha >= 0.5)) return undefined;
  if (fn.startsWith('ok')) return Math.min(1, a > 1 ? a / 100 : a) ** 3;
  const scale = fn.startsWith('rgb') ? 255 : 1;
  const linear = (x: number) => {
    const s = x / scale;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * linear(a) + 0.7152 * linear(b) + 0.0722 * linear(c);
  return Number.isNaN(y) ? undefined : y;
}

/** Below this luminance, white text contrasts more than black: (1 + 0.05) / (L + 0.05) = (L + 0.05) / 0.05. */
const DARK_BELOW = 0.179;

/** The scheme `element` should draw in (see the module's comment). */
export function schemeFor(element: Element): Scheme {
  const theme = element.getAttribute('theme');
  if (theme === 'light' || theme === 'dark') return theme;
  const document = element.ownerDocument;
  const root = document.documentElement;
  const fr = root.getAttribute('data-fr-theme');
  if (fr === 'light' || fr === 'dark') return fr;
  const view = document.defaultView ?? window;
  for (let node = behind(element); node; node = behind(node)) {
    const y = luminance(view.getComputedStyle(node).backgroundColor);
    if (y !== undefined) return y < DARK_BELOW ? 'dark' : 'light';
  }
  // Nothing painted: the canvas, in the scheme the page declares.
  let declared = view.getComputedStyle(behind(element) ?? root).colorScheme;
  if (!declared || declared === 'normal') {
    declared = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  }
  const dark = /\bdark\b/.test(declared);
  return dark && (!/\blight\b/.test(declared) || view.matchMedia(DARK).matches) ? 'dark' : 'light';
}

export class SchemeController implements ReactiveController {
  private readonly host: Host;
  private readonly states: Set<string> | undefined;
  private theme: string | null | undefined;

  constructor(host: Host, internals: ElementInternals | undefined) {
    this.host = host;
    this.states = internals?.states;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watch(this.host.ownerDocument);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** `theme` changed: look again (the page itself is watched by the shared observer). */
  hostUpdate(): void {
    if (this.host.theme !== this.theme) this.refresh();
  }

  refresh(): void {
    this.theme = this.host.theme;
    const scheme = schemeFor(this.host);
    const states = this.states;
    if (!states || states.has(scheme)) return;
    try {
      states.delete(scheme === 'dark' ? 'light' : 'dark');
      states.add(scheme);
    } catch {
      // Browsers that only take `--dashed` states: the page's own color-scheme still applies.
    }
  }
}
