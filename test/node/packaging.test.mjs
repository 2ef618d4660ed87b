// What an install of the package gives: the optional peer dependencies are
// needed only where they are used (a clear message names the package to
// install when one is missing), `engines` says the Node versions the package
// and its dependencies really need, CommonJS `require()` works as documented,
// and importing the elements where there is no DOM says what to do.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const OPTIONAL_PEERS = ['@lit/react', '@xmldom/xmldom', '@lit-labs/ssr'];
const tmp = mkdtempSync(join(tmpdir(), 'seminar-widgets-packaging-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function node(args, cwd = ROOT, input) {
  const result = spawnSync(process.execPath, args, { cwd, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * An application's node_modules with seminar-widgets copied in (as `npm
 * install` puts it) and every other installed package linked, but `without`.
 */
function install(name, without) {
  const app = join(tmp, name);
  const modules = join(app, 'node_modules');
  const own = join(modules, 'seminar-widgets');
  mkdirSync(own, { recursive: true });
  for (const part of ['package.json', 'dist', 'bin', 'schema']) cpSync(join(ROOT, part), join(own, part), { recursive: true });
  const source = join(ROOT, 'node_modules');
  for (const entry of readdirSync(source)) {
    if (entry.startsWith('.') || entry === 'seminar-widgets') continue;
    const scoped = entry.startsWith('@');
    for (const inner of scoped ? readdirSync(join(source, entry)) : [null]) {
      const id = inner ? `${entry}/${inner}` : entry;
      if (without.some((skip) => id === skip || id.startsWith(`${skip}-`))) continue;
      if (scoped) mkdirSync(join(modules, entry), { recursive: true });
      symlinkSync(join(source, id), join(modules, id));
    }
  }
  return app;
}

describe('package.json', () => {
  test('@lit/react, @xmldom/xmldom and @lit-labs/ssr are optional peer dependencies, pinned for development', () => {
    for (const name of OPTIONAL_PEERS) {
      assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
      assert.ok(pkg.peerDependencies[name], `${name} is a peer dependency`);
      assert.deepEqual(pkg.peerDependenciesMeta[name], { optional: true }, `${name} is optional`);
      assert.match(pkg.devDependencies[name], /^\d+\.\d+\.\d+$/, `${name} is pinned in devDependencies`);
    }
  });

  test('engines: no lower than any runtime dependency needs, and where require() of ESM works', () => {
    const lowest = (range) => {
      const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
      assert.ok(match, `a range this test reads: ${range}`);
      return match.slice(1).map(Number);
    };
    const alternatives = pkg.engines.node.split('||').map((part) => part.trim());
    assert.deepEqual(alternatives, ['^20.19.0', '>=22.12.0']);
    const ours = [
      [20, 19, 0],
      [22, 12, 0],
    ];
    const atLeast = (a, b) => a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2])));
    for (const name of Object.keys(pkg.dependencies)) {
      const engines = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).engines?.node;
      if (!engines) continue;
      const needed = lowest(engines);
      for (const version of ours) assert.ok(atLeast(version, needed), `${name} needs node ${engines}; engines allows ${version.join('.')}`);
    }
  });
});

describe('CommonJS', () => {
  test('require() of every entry but ssr.js and the browser-only autoloader; ssr.js says to use import()', () => {
    // autoloader.js looks for the tags in the page's document as it loads: a browser's script.
    const entries = Object.entries(pkg.exports)
      .filter(([key, value]) => typeof value === 'object' && !key.includes('*') && key !== './ssr.js' && key !== './autoloader.js')
      .map(([key]) => `seminar-widgets${key === '.' ? '' : key.slice(1)}`);
    assert.ok(entries.length >= 10, entries.join());
    const app = install('cjs', []);
    const script = `for (const id of ${JSON.stringify(entries)}) require(id);
      const { parseProgramme } = require('seminar-widgets/model.js');
      console.log(typeof parseProgramme);`;
    const ok = node(['-e', script], app);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout.trim(), 'function');
    const ssr = node(['-e', "require('seminar-widgets/ssr.js')"], app);
    assert.notEqual(ssr.code, 0);
    assert.match(ssr.stderr, /ERR_REQUIRE_ASYNC_MODULE|Use import\(\) instead/);
  });
});

describe('an install without the optional peer dependencies', () => {
  let app;
  before(() => {
    app = install('lean', [...OPTIONAL_PEERS, 'react', 'react-dom']);
  });

  test('the elements and the model load', () => {
    const result = node(['--input-type=module', '-e', "await import('seminar-widgets'); const m = await import('seminar-widgets/model.js'); console.log(typeof m.importProgramme)"], app);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'function');
  });

  test('the React entries name @lit/react', () => {
    for (const entry of ['seminar-widgets/react.js', 'seminar-widgets/react/speaker-card.js']) {
      const result = node(['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`], app);
      assert.notEqual(result.code, 0, entry);
      assert.match(result.stderr, /Cannot find package '(@lit\/react|react)'/, entry);
    }
  });

  test('XML import in Node names @xmldom/xmldom; JSON import works', () => {
    const fosdem = join(ROOT, 'test/fixtures/schedules/mttcrsp-fosdem_FOSDEM-2010.xml');
    const script = `
      const { importProgramme } = await import('seminar-widgets/model.js');
      const { readFileSync } = await import('node:fs');
      try {
        importProgramme(readFileSync(${JSON.stringify(fosdem)}, 'utf8'), { timeZone: 'Europe/Brussels' });
        console.log('imported');
      } catch (error) {
        console.log(error.code, error.message);
      }`;
    const result = node(['--input-type=module', '-e', script], app);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^SEMINAR_MISSING_PACKAGE .*needs the package @xmldom\/xmldom.*npm install @xmldom\/xmldom/);

    const cli = join(app, 'node_modules/seminar-widgets/bin/seminar-widgets.mjs');
    const convert = node([cli, 'convert', fosdem, '--time-zone', 'Europe/Brussels'], app);
    assert.equal(convert.code, 2);
    assert.equal(convert.stdout, '');
    assert.match(convert.stderr, /npm install @xmldom\/xmldom/);
    const valid = node([cli, 'validate', join(ROOT, 'examples/digital-era-seminar.json'), '--quiet'], app);
    assert.equal(valid.code, 0, valid.stderr);
  });

  test('seminar-widgets render names @lit-labs/ssr', () => {
    const cli = join(app, 'node_modules/seminar-widgets/bin/seminar-widgets.mjs');
    const result = node([cli, 'render', join(ROOT, 'examples/digital-era-seminar.json'), '--element', 'agenda'], app);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /render needs the package @lit-labs\/ssr.*\n.*npm install --save-dev @lit-labs\/ssr/);
  });
});

describe('importing the elements where there is no DOM', () => {
  test('with Lit’s browser build (no DOM shim): a message that says where the elements belong, not Lit’s ReferenceError', () => {
    for (const entry of ['index.js', 'classes.js', 'speaker-card.js', 'seminar-agenda.js']) {
      const file = join(ROOT, 'dist', entry === 'index.js' || entry === 'classes.js' ? entry : `define/${entry}`);
      const result = node(['--conditions=browser', '--input-type=module', '-e', `await import(${JSON.stringify(file)})`]);
      assert.notEqual(result.code, 0, entry);
      assert.match(result.stderr, /seminar-widgets: no DOM here .*import them in client code .*'seminar-widgets\/ssr\.js'/, entry);
      assert.doesNotMatch(result.stderr, /ReferenceError/, entry);
    }
  });

  test('in Node (Lit’s server build): the elements load silently, for server rendering', () => {
    const result = node(['--input-type=module', '-e', `await import(${JSON.stringify(join(ROOT, 'dist/index.js'))}); console.log(typeof customElements.get('seminar-agenda'))`]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout.trim(), 'function');
  });

  test('two copies on one server (a framework’s server and client code): one warning that explains, not "another copy?"', () => {
    const a = install('copy-a', []);
    const b = install('copy-b', []);
    const script = `
      await import(${JSON.stringify(join(a, 'node_modules/seminar-widgets/dist/index.js'))});
      await import(${JSON.stringify(join(b, 'node_modules/seminar-widgets/dist/index.js'))});`;
    const result = node(['--input-type=module', '-e', script]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /already registered on this server by another copy of seminar-widgets/);
    assert.match(result.stderr, /register the elements in client code \('use client' in Next\.js\)/);
    assert.match(result.stderr, /docs\/frameworks\.md#nextjs-server-and-client/);
  });
});
