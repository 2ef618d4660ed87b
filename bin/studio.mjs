// `seminar-widgets studio`: serves the studio page (cdn/studio/, built with the
// package) on this computer only, prints its address and opens the browser.
// Node's own http server is enough for a few static files; the page does all
// its work in the browser. The one thing it cannot do there is server
// rendering (@lit-labs/ssr runs in Node): `POST /render` answers the page's
// "static HTML" download with the `render` command's own code (render.mjs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { RENDERED_ELEMENTS, renderElement } from './render.mjs';

export const STUDIO_HELP = `Usage: seminar-widgets studio [options]

Serves the programme studio on this computer (http://127.0.0.1:PORT/) and
opens it in the browser. Paste a spreadsheet, open an export or read one from
an address, map its columns, fix what it reports, edit it in forms, preview
the elements, download the programme JSON, the .ics and each element's static
HTML, and copy the snippets for your pages. Nothing leaves this computer.
Stop with Ctrl+C.

Options:
  --port N     Listen on port N (default: any free port).
  --no-open    Print the address without opening the browser.
  -h, --help   Show this help.
`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * What the page may do: its own scripts only; speaker photos from anywhere
 * (https); requests to its own files and to the address the organiser types
 * to start from (http or https), no frames, no forms sent.
 */
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data: blob:; connect-src 'self' https: http:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The built studio page (`npm run build` makes it). */
export const STUDIO_DIR = fileURLToPath(new URL('../cdn/studio/', import.meta.url));

/**
 * Starts the server on 127.0.0.1 (`port` 0: any free port). Resolves to the
 * server and the page's address once it listens.
 */
export async function startStudio({ port = 0, root = STUDIO_DIR } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const rendering = url.pathname === '/render';
      if (rendering ? request.method !== 'POST' : request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: rendering ? 'POST' : 'GET, HEAD', ...HEADERS }).end();
        return;
      }
      // Only this computer's pages: another site cannot reach the studio through a DNS name pointed at 127.0.0.1.
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
        response.writeHead(403, HEADERS).end();
        return;
      }
      if (rendering) {
        await renderRequest(request, response, url);
        return;
      }
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(join(base, path));
      if (!file.startsWith(base + sep) || path.includes('\0')) {
        response.writeHead(404, HEADERS).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      const type = TYPES[extname(file)];
      if (!info?.isFile() || !type) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS }).end('Not found\n');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...HEADERS });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      if (!response.headersSent) response.writeHead(400, HEADERS);
      response.end();
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: bound } = server.address();
  return { server, url: `http://127.0.0.1:${bound}/` };
}

/** The largest programme the page may send to be rendered, in bytes (the elements take 5 million characters). */
const MAX_RENDER_BODY = 20_000_000;

/** A plain-text answer to the page (it shows its own message for each status). */
function answer(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS }).end(`${text}\n`);
}

/**
 * `POST /render?element=agenda|speakers|speaker|timer[&lang=][&speaker=][&session=]`
 * with the programme JSON as the body: the element's server-rendered HTML, as
 * `seminar-widgets render` writes it. Only from the studio page itself: its
 * own origin, sending JSON (which another site's page cannot send here
 * without a CORS preflight this server never grants).
 */
async function renderRequest(request, response, url) {
  const own = `http://${request.headers.host}`;
  if (request.headers.origin !== own || !/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
    answer(response, 403, 'Only the studio page may ask for HTML.');
    return;
  }
  const element = url.searchParams.get('element') ?? '';
  const lang = url.searchParams.get('lang') ?? undefined;
  const speaker = url.searchParams.get('speaker') ?? undefined;
  const session = url.searchParams.get('session') ?? undefined;
  if (!Object.hasOwn(RENDERED_ELEMENTS, element) || (lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang))) {
    answer(response, 400, 'Unknown element or language.');
    return;
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_RENDER_BODY) {
      answer(response, 413, 'The programme is too large.');
      request.destroy();
      return;
    }
    chunks.push(chunk);
  }
  const { parseProgramme } = await import('../dist/model.js');
  let programme;
  try {
    programme = parseProgramme(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } catch {
    answer(response, 422, 'The programme has errors.');
    return;
  }
  if ((element === 'speaker' && !programme.speakers.some((s) => s.id === speaker)) || (session !== undefined && !programme.items.some((i) => i.id === session))) {
    answer(response, 400, 'No such speaker or item.');
    return;
  }
  const html = await renderElement(programme, { element, lang, speaker, session });
  if (html === undefined) {
    answer(response, 501, 'Rendering needs the package @lit-labs/ssr: npm install --save-dev @lit-labs/ssr');
    return;
  }
  const body = Buffer.from(`${html}\n`, 'utf8');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ...HEADERS }).end(body);
}

/** Opens `url` in the default browser; a failure only means the user opens it by hand. */
function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // The address is printed: that is enough.
  }
}

/** The `studio` command; resolves to an exit code when it cannot start, else keeps serving. */
export async function studioCommand(argv, { UsageError }) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`studio: ${error.message}`);
  }
  if (values.help) {
    process.stdout.write(STUDIO_HELP);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`studio: --port "${values.port}" is not a port number (0-65535)`);
  if (!existsSync(join(STUDIO_DIR, 'index.html'))) {
    process.stderr.write('seminar-widgets: the studio page is not built (run "npm run build" in the package).\n');
    return 1;
  }
  let started;
  try {
    started = await startStudio({ port });
  } catch (error) {
    process.stderr.write(`seminar-widgets: the studio cannot listen on port ${port}: ${error.code ?? error.message}\n`);
    return 1;
  }
  process.stdout.write(`Programme studio: ${started.url}\nEverything stays on this computer. Stop with Ctrl+C.\n`);
  if (!values['no-open']) openBrowser(started.url);
  const stop = () => {
    started.server.close(() => process.exit(0));
    started.server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
}
