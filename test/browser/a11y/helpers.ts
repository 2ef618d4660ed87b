/**
 * What the accessibility tests share: where focus is (through shadow roots),
 * the role and name Chromium computes for elements (its accessibility tree,
 * as screen readers get it), and the landmark roles.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The element focus is on, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of an element, for messages (never the whole page). */
export function where(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const item = element.closest('[part~="item"]')?.id;
  return `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}${item ? ` in #${item}` : ''}`;
}

/** Focus is on `expected` (compared by description, so a failure prints two lines, not the page). */
export function expectFocusOn(expected: Element | null, message?: string): void {
  expect(where(deepActive()), message).to.equal(where(expected));
}

export interface AccessibleNode {
  role: string;
  name: string;
}

/** Role and accessible name of `elements`, as Chromium computes them, in the same order. */
export async function accessibleNodes(elements: readonly Element[]): Promise<AccessibleNode[]> {
  elements.forEach((element, i) => {
    element.setAttribute('data-ax', String(i));
  });
  try {
    const found = await executeServerCommand<(AccessibleNode & { key: string })[], { attribute: string }>('accessible-names', { attribute: 'data-ax' });
    const byKey = new Map(found.map((node) => [node.key, { role: node.role, name: node.name }]));
    return elements.map((_, i) => byKey.get(String(i)) ?? { role: '', name: '' });
  } finally {
    for (const element of elements) element.removeAttribute('data-ax');
  }
}

/** Every element of `root` and of the shadow roots within it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** ARIA landmark roles (as Chromium names them in its tree). */
export const LANDMARK_ROLES = ['region', 'navigation', 'complementary', 'banner', 'contentinfo', 'main', 'form', 'search'];

/** The landmarks inside `host`'s shadow tree (nested elements included). */
export async function landmarksIn(host: Element): Promise<AccessibleNode[]> {
  const candidates = deepElements(host.shadowRoot!).filter((e) => e.matches('section, nav, aside, header, footer, main, form, [role]'));
  return (await accessibleNodes(candidates)).filter((node) => LANDMARK_ROLES.includes(node.role));
}

export function duplicates(names: readonly string[]): string[] {
  return names.filter((name, i) => names.indexOf(name) !== i);
}
