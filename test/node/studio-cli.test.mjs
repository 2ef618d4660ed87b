// `seminar-widgets studio`: serves the built studio page (cdn/studio/, run
// `npm run build` first) on 127.0.0.1 at a free port, prints the address,
// answers only this computer's pages, and serves nothing outside its folder.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { validateProgramme } from '../../dist/model.js';
import { CLI, startStudio } from './studio-server.mjs';

/** A GET (or `method`) with a chosen Host header; resolves to status, headers and body. */
function get(url, { host, method = 'GET', path } = {}) {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname: target.hostname, port: target.port, path: path ?? target.pathname, method, headers: host ? { Host: host } : {} },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('seminar-widgets studio', () => {
  let studio;
  let child;
  let url;

  before(async () => {
    studio = await startStudio();
    ({ child, url } = studio);
  });

  after(() => {
    studio?.stop();
  });

  test('prints the address of a free port on this computer only', () => {
    assert.match(studio.output(), /^Programme studio: http:\/\/127\.0\.0\.1:\d+\/$/m);
    assert.notEqual(new URL(url).port, '0');
  });

  test('serves the page, its script and the example, with a strict content policy', async () => {
    const page = await get(url);
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.match(page.body, /<seminar-studio>/);
    // Requests: its own files, and the address of a programme typed in to start from (http or https only).
    assert.match(page.headers['content-security-policy'], /connect-src 'self' https: http:;/);
    assert.match(page.headers['content-security-policy'], /script-src 'self'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const script = await get(new URL('studio.js', url).href);
    assert.equal(script.status, 200);
    assert.match(script.headers['content-type'], /^text\/javascript/);
    assert.match(script.body, /seminar-studio/);
    const example = await get(new URL('example.json', url).href);
    assert.equal(example.status, 200);
    assert.equal(validateProgramme(JSON.parse(example.body)).ok, true);
    const head = await get(url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });

  test('serves nothing outside its folder, and nothing but files', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/chunks/../../seminar-widgets.js', '/nothing.js', '/%00.js', '/chunks/']) {
      const answer = await get(url, { path });
      assert.ok([400, 404].includes(answer.status), `${path}: ${answer.status}`);
      assert.doesNotMatch(answer.body, /"name": "seminar-widgets"/);
    }
    assert.equal((await get(url, { method: 'POST' })).status, 405);
    assert.equal((await get(url, { method: 'DELETE' })).status, 405);
  });

  test('answers only pages addressed to this computer (no DNS rebinding)', async () => {
    assert.equal((await get(url, { host: 'evil.example' })).status, 403);
    assert.equal((await get(url, { host: `evil.example:${new URL(url).port}` })).status, 403);
    assert.equal((await get(url, { host: `localhost:${new URL(url).port}` })).status, 200);
  });

  test('stops on SIGTERM', async () => {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});

describe('seminar-widgets studio: usage', () => {
  test('--help describes the command', () => {
    const run = spawnSync(process.execPath, [CLI, 'studio', '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /--no-open/);
    assert.match(run.stdout, /Nothing leaves this computer/);
  });

  test('the main help lists it', () => {
    const run = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    assert.match(run.stdout, /^ {2}studio /m);
  });

  test('a bad port or option is a usage error (exit 2)', () => {
    for (const args of [['--port', 'eighty'], ['--port', '70000'], ['--port', '-1'], ['--open-wide'], ['file.csv']]) {
      const run = spawnSync(process.execPath, [CLI, 'studio', ...args], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^seminar-widgets: studio: /);
    }
  });

  test('a port already taken is said plainly (exit 1)', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address();
      const run = await new Promise((resolve) => {
        const proc = spawn(process.execPath, [CLI, 'studio', '--no-open', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        proc.stderr.on('data', (data) => (stderr += data));
        proc.on('exit', (status) => resolve({ status, stderr }));
      });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /cannot listen on port \d+: EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });
});
