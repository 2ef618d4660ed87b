// Starts the studio's server as a user would (`seminar-widgets studio --no-open`, which serves
// cdn/studio/: `npm run build` first) on a free port, and waits for the address it prints.
// Shared by the test files that talk to that server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../bin/seminar-widgets.mjs', import.meta.url));

/**
 * The running server: `url` (as printed), the `child` process, `output()` (all it printed so
 * far) and `stop()` (for `after`).
 */
export async function startStudio() {
  const child = spawn(process.execPath, [CLI, 'studio', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 20_000);
    child.stdout.on('data', (data) => {
      output += data;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
