// The site offline: after one visit the service worker (sw.js) serves every page
// and the Web Worker's files with the network gone; a new build (another version
// stamped into sw.js by scripts/offline_cache.py) replaces the old cache.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { appReady, byTestId, DIST, expectAttr, expectClean, launchBrowser, openPage, python, ROOT } from './harness.mjs';
import { serve } from './server.mjs';

const OFFLINE_CACHE = path.join(ROOT, 'scripts/offline_cache.py');

/** The app's build (dist/ without the bench page) copied to a fresh folder. */
function copyOfBuild() {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelab-offline-'));
  for (const name of readdirSync(DIST)) {
    if (statSync(path.join(DIST, name)).isFile()) cpSync(path.join(DIST, name), path.join(dir, name));
  }
  return dir;
}

/** The VERSION stamped into DIR/sw.js. */
const stampedVersion = (dir) => readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/^const VERSION = '([0-9a-f]{16})';$/m)?.[1];

/** Waits until the service worker controls the page; returns the cache names. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(() => caches.keys());
}

/** Every route the page links to from its header: home, each lab of the registry, about. */
async function routes(page) {
  const hrefs = await page.locator('header a[href^="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return [...new Set(['#/', ...hrefs])];
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('after one visit, every page and a job in the Web Worker work offline', async () => {
  const server = await serve(DIST);
  try {
    const { page, context, problems } = await openPage(browser, `${server.url}#/serialize`, { serviceWorkers: 'allow' });
    await appReady(page);
    const caches = await controlled(page);
    assert.deepEqual(caches, [`wirelab-${stampedVersion(DIST)}`]);
    // Precached: the Web Worker too, though this visit never asked for it.
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), caches[0]);
    for (const file of ['wirelab-worker.js?v=', 'wirelab-worker_bg.wasm?v=', 'index.html']) {
      assert.ok(cached.some((u) => u.includes(`/wirelab/${file}`)), `${file} cached: ${cached.join(' ')}`);
    }

    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    const all = await routes(page);
    assert.ok(all.includes('#/compress') && all.length >= 4, `routes from the header: ${all}`);
    for (const route of all) {
      await page.evaluate((h) => { location.hash = h; }, route);
      await page.locator('main h1').first().waitFor({ state: 'visible' });
    }
    // A page opened offline straight at a lab's route: index.html serves #/tls too.
    const second = await context.newPage();
    await second.goto(`${server.url}#/compress`);
    await appReady(second);
    // zlib runs in the Web Worker, fetched now, from the cache.
    const text = 'offline, offline, offline';
    await byTestId(second, 'compress-input').fill(text);
    await expectAttr(second, 'compress-hex', 'data-hex', python(`import zlib; print(zlib.compress(${JSON.stringify(text)}.encode()).hex())`));
    await second.close();
    await expectClean(problems);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a new build replaces the old cache', async () => {
  const dir = copyOfBuild();
  const server = await serve(dir);
  try {
    const { page, context, problems } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    await appReady(page);
    const first = stampedVersion(dir);
    assert.deepEqual(await controlled(page), [`wirelab-${first}`]);
    // The next deploy: one file changes, the post-build hook restamps sw.js.
    appendFileSync(path.join(dir, 'index.html'), '<!-- the next deploy -->\n');
    execFileSync('python3', [OFFLINE_CACHE, dir]);
    const next = stampedVersion(dir);
    assert.notEqual(next, first);
    // The browser finds the new sw.js; its activation ends once the old cache is gone.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const next = registration.installing ?? registration.waiting ?? registration.active;
      if (next.state !== 'activated') {
        await new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve()));
      }
    });
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`wirelab-${next}`]);
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).match('index.html')).text(), `wirelab-${next}`);
    assert.ok(cached.endsWith('<!-- the next deploy -->\n'), 'the cache holds the new build');
    // And the new cache serves the site offline.
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expectClean(problems);
    await context.close();
  } finally {
    await server.close();
  }
});

test('the build version is a hash of every built file, and FILES lists them', () => {
  const version = (dir) =>
    execFileSync('python3', ['-c', `import sys; sys.path.insert(0, 'scripts'); import offline_cache as o; print(o.version(sys.argv[1], o.built_files(sys.argv[1])))`, dir], { cwd: ROOT, encoding: 'utf8' }).trim();
  const a = copyOfBuild();
  const b = copyOfBuild();
  assert.match(version(a), /^[0-9a-f]{16}$/);
  assert.equal(version(a), version(b), 'the same build, the same version');
  assert.equal(version(a), stampedVersion(DIST), 'as stamped at build time');
  writeFileSync(path.join(b, 'sw.js'), '// sw.js is not part of its own version\n');
  assert.equal(version(a), version(b));
  const wasm = readdirSync(b).find((f) => f.startsWith('wirelab-worker') && f.endsWith('.wasm'));
  const bytes = readFileSync(path.join(b, wasm));
  bytes[bytes.length - 1] ^= 1;
  writeFileSync(path.join(b, wasm), bytes);
  assert.notEqual(version(a), version(b), 'one flipped bit of the worker changes it');
  // FILES: every built file but sw.js, the workers' and lab bundles' with index.html's ?v=.
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const versions = new Map();
  for (const [, js, v] of html.matchAll(/content="(wirelab-(?:worker|lab)[a-z-]*)\.js\?v=([0-9a-f]{16})"/g)) {
    versions.set(`${js}.js`, v).set(`${js}_bg.wasm`, v);
  }
  assert.ok(versions.size >= 12, `both workers and every lab bundle are versioned: ${[...versions.keys()]}`);
  const expected = readdirSync(a)
    .filter((f) => f !== 'sw.js')
    .sort()
    .map((f) => (versions.has(f) ? `${f}?v=${versions.get(f)}` : f));
  assert.deepEqual(files, expected);
});
