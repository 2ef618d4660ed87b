// `npm start`: build, then serve the demo page on the seed seminar.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const build = spawnSync('npm run build --silent', { shell: true, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: { exportConditions: ['production'] },
    middleware: [
      // The demo lives at the root URL.
      (ctx, next) => {
        if (ctx.path === '/') ctx.url = ctx.url.replace(/^\/(?=\?|$)/, '/examples/index.html');
        return next();
      },
    ],
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nseminar-widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`);
