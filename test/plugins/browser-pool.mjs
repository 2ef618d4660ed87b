/**
 * Several browsers seen by web-test-runner as one: each test file gets a
 * browser that runs no other file at that moment, so its page is the one in
 * front of its browser (focus, `:focus-visible`, layout and timers behave as
 * for a visitor), while two files run at once. web-test-runner's own
 * `concurrency` opens several pages in one browser, and only one of them has
 * the focus; its groups give each browser a fixed list of files, so one
 * slow group finishes long after the other. Here a file goes to whichever
 * browser is free, and the coverage of all of them is merged as usual.
 *
 * @param {number} count how many browsers (the number of files run at once)
 * @param {() => import('@web/test-runner').BrowserLauncher} create one browser's launcher
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
export function browserPool(count, create) {
  const launchers = Array.from({ length: count }, create);
  /** Which launcher runs each session. */
  const bySession = new Map();
  const launcherOf = (sessionId) => {
    const launcher = bySession.get(sessionId);
    if (!launcher) throw new Error(`No browser runs session ${sessionId}`);
    return launcher;
  };
  return {
    name: launchers[0].name,
    type: launchers[0].type,
    concurrency: count,
    async initialize(config, testFiles) {
      await Promise.all(launchers.map((launcher) => launcher.initialize?.(config, testFiles)));
    },
    async stop() {
      await Promise.all(launchers.map((launcher) => launcher.stop?.()));
    },
    async startSession(sessionId, url) {
      // Chosen before any await: two sessions starting together never get the same browser.
      const busy = new Set(bySession.values());
      const launcher = launchers.find((l) => !busy.has(l));
      if (!launcher) throw new Error(`All ${count} browsers are busy: web-test-runner started one session too many`);
      bySession.set(sessionId, launcher);
      try {
        await launcher.startSession(sessionId, url);
      } catch (error) {
        if (!launcher.isActive(sessionId)) bySession.delete(sessionId);
        throw error;
      }
    },
    isActive: (sessionId) => Boolean(bySession.get(sessionId)?.isActive(sessionId)),
    getBrowserUrl: (sessionId) => launcherOf(sessionId).getBrowserUrl(sessionId),
    async stopSession(sessionId) {
      try {
        return await launcherOf(sessionId).stopSession(sessionId);
      } finally {
        bySession.delete(sessionId);
      }
    },
    // `--debug` (a visible browser): the first launcher's, as without a pool.
    startDebugSession: (sessionId, url) => launchers[0].startDebugSession(sessionId, url),
    /** The page of a session, for commands that drive it (sendKeys, the emulation plugin). */
    getPage: (sessionId) => (bySession.get(sessionId) ?? launchers[0]).getPage(sessionId),
  };
}
