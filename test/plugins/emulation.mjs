/**
 * Test-runner commands for the browser emulation the hostile, network and
 * time-zone tests need, driven through CDP on the test's own page
 * (`executeServerCommand` from `@web/test-runner-commands` in the test):
 *
 * - `emulate-time-zone` `{ timeZone }`: the page's time zone (`null` restores
 *   the machine's), as `Intl` and `Date` see it.
 * - `fail-requests` `{ contains }`: requests whose URL contains `contains` fail
 *   as if the computer were offline (`net::ERR_INTERNET_DISCONNECTED`);
 *   `{ contains: null }` is back online. Only those requests: the test
 *   runner's own connection keeps working.
 * - `emulate-media-features` `{ features: { name: value } }`: CSS media
 *   features such as `prefers-color-scheme` and `forced-colors` (Chromium
 *   draws forced colours when `forced-colors` is `active`); `{}` restores all.
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
      if (command === 'emulate-media-features') {
        const { client } = await cdp(session);
        const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value }));
        await client.send('Emulation.setEmulatedMedia', { features });
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
