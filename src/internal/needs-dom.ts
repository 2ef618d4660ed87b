/**
 * The first import of every module that defines or exports the elements.
 *
 * Without a DOM — server code bundled with Lit's browser build, a worker —
 * Lit would stop at "HTMLElement is not defined", deep in its own code. This
 * says what is wrong and what to do instead. In Node, Lit's own build brings a
 * minimal DOM for server rendering (`isServer`), so nothing is said there.
 */
import { isServer } from 'lit-html/is-server.js';

if (!isServer && typeof HTMLElement === 'undefined') {
  throw new Error(
    "seminar-widgets: no DOM here (HTMLElement is not defined). The elements run in browsers: import them in client code ('use client' in Next.js). To render them on a server, import 'seminar-widgets/ssr.js' in Node (docs/ssr.md).",
  );
}
