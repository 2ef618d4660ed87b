/**
 * Test-runner commands for the browser emulation the hostile, network and
 * time-zone tests need, driven through CDP on the test's own page
 * (`executeServerCommand` from `@web/test-runner-commands` in the test):
 *
 * - `emulate-time-zone` `{ timeZone }`: the page's time zone (`null` restores
 *   the machine's), as `Intl` and `Date` see it.
 * - `accessible-names` `{ attribute }`: the accessible role and name Chromium
 *   computes (its accessibility tree, as screen readers get it) for every
 *   element that has `attribute`, shadow roots included: `[{ key, role, name }]`
 *   with `key` the attribute's value.
 * - `fail-requests` `{ contains }`: requests whose URL contains `contains` fail
 *   as if the computer were offline (`net::ERR_INTERNET_DISCONNECTED`);
 *   `{ contains: null }` is back online. Only those requests: the test
 *   runner's own connection keeps working.
 * - `emulate-media-features` `{ features: { name: value }, media }`: CSS
 *   media features such as `prefers-color-scheme` and `forced-colors`
 *   (Chromium draws forced colours when `forced-colors` is `active`), and the
 *   media type (`print`); `{}` restores all.
 */
export function emulationPlugin() {
  /** One CDP session per test page, and the offline pattern in force. */
  const sessions = new Map();

  async function cdp(session) {
    if (session.browser.type !== 'puppeteer') throw new Error(`emulation commands need Chrome through puppeteer, not ${session.browser.type}`);
    let entry = sessions.get(session.id);
    if (!entry) {
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      entry = { client, contains: null };
      client.on('Fetch.requestPaused', ({ requestId, request }) => {
        const offline = entry.contains !== null && request.url.includes(entry.contains);
        const reply = offline
          ? client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' })
          : client.send('Fetch.continueRequest', { requestId });
        reply.catch((error) => {
          console.error(`[seminar-emulation] ${request.url}: ${error.message}`);
        });
      });
      sessions.set(session.id, entry);
    }
    return entry;
  }

  return {
    name: 'seminar-emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-time-zone') {
        const { client } = await cdp(session);
        // An empty id restores the machine's zone.
        await client.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timeZone ?? '' });
        return true;
      }
      if (command === 'accessible-names') {
        const { client } = await cdp(session);
        const attribute = String(payload?.attribute ?? 'data-ax');
        // The whole DOM, shadow roots included, then the accessibility node of each marked element.
        const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
        const marked = [];
        const visit = (node) => {
          const attributes = node.attributes ?? [];
          for (let i = 0; i < attributes.length; i += 2) {
            if (attributes[i] === attribute) marked.push({ key: attributes[i + 1], backendNodeId: node.backendNodeId });
          }
          for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) visit(child);
        };
        visit(root);
        const result = [];
        for (const { key, backendNodeId } of marked) {
          const { nodes } = await client.send('Accessibility.getPartialAXTree', { backendNodeId, fetchRelatives: false });
          const node = nodes[0];
          result.push({ key, role: node?.role?.value ?? '', name: node?.name?.value ?? '', ignored: Boolean(node?.ignored) });
        }
        return result;
      }
      if (command === 'emulate-media-features') {
        const { client } = await cdp(session);
        const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value }));
        await client.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
        return true;
      }
      if (command === 'fail-requests') {
        const entry = await cdp(session);
        const contains = payload?.contains ?? null;
        if (contains !== null) {
          await entry.client.send('Fetch.enable', { patterns: [{ urlPattern: `*${contains}*` }] });
        } else if (entry.contains !== null) {
          await entry.client.send('Fetch.disable');
        }
        entry.contains = contains;
        return true;
      }
      return undefined;
    },
  };
}
