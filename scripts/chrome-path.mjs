// The local Chrome or Chromium that the browser scripts drive: CHROME_PATH if
// set, else the first installation chrome-launcher finds (the same search the
// browser tests use). Nothing is downloaded.
import { Launcher } from 'chrome-launcher';

export function chromePath() {
  const found = process.env.CHROME_PATH || Launcher.getInstallations()[0];
  if (!found) {
    throw new Error('No Chrome or Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  }
  return found;
}
