// The harness checked on pages made here: the static server, the CSP hook
// (scripts/csp_hook.py) and the watch for console errors, CSP violations and
// off-origin requests. Each watch is shown to fire, so a clean site run means
// something.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, ROOT } from './harness.mjs';
import { serve } from './server.mjs';

const INDEX = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
const site = mkdtempSync(path.join(tmpdir(), 'wirelab-harness-'));
// The files of every worker and lab bundle index.html names, which the hook hashes
// into their URLs (and, for a lab bundle, wraps).
const BUNDLES = [...INDEX.matchAll(/<meta name="wirelab-[a-z-]+" content="([a-z-]+)\.js"/g)].map((m) => m[1]);
for (const name of BUNDLES) {
  writeFileSync(path.join(site, `${name}.js`), 'let wasm_bindgen = () => 0;\n');
  writeFileSync(path.join(site, `${name}_bg.wasm`), 'wasm');
}

/** Runs the real hook on `html` as Trunk would and returns what it wrote. */
function hook(html) {
  writeFileSync(path.join(site, 'index.html'), html);
  execFileSync('python3', [path.join(ROOT, 'scripts/csp_hook.py')], {
    env: { ...process.env, TRUNK_STAGING_DIR: site },
  });
  return readFileSync(path.join(site, 'index.html'), 'utf8');
}

// The project's own index.html with the kind of scripts Trunk adds: an external
// module, an inline module importing it, and (under trunk serve) autoreload.
const PAGE = INDEX.replace(
  '</body>',
  `<script type="module" src="./ext.js"></script>
<script type="module">
import { mark } from './ext.js';
mark('module ran');
</script>
<script>const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';
document.body.dataset.inline = address === window.location.host ? 'ok' : 'bad';</script>
</body>`,
);

let browser;
let server;
before(async () => {
  writeFileSync(
    path.join(site, 'ext.js'),
    'export function mark(text) { document.body.dataset.module = text; }\n',
  );
  writeFileSync(path.join(site, 'noisy.html'), `<!DOCTYPE html><body>
<img src="http://wirelab.invalid/pixel.png"><script>console.error('boom')</script></body>`);
  browser = await launchBrowser();
  server = await serve(site);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the server serves only under the sub-path, with the right types', async () => {
  writeFileSync(path.join(site, 'x.wasm'), 'fake');
  const wasm = await fetch(server.url + 'x.wasm');
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal((await fetch(server.origin + '/x.wasm')).status, 404);
  assert.equal((await fetch(server.url + '..%2f..%2fetc%2fpasswd')).status, 403);
  assert.equal((await fetch(server.url + 'missing.js')).status, 404);
  const bare = await fetch(server.origin + '/wirelab', { redirect: 'manual' });
  assert.equal(bare.status, 301);
});

test('the hook pins every inline script and Chromium agrees with its hashes', async () => {
  const html = hook(PAGE);
  assert.doesNotMatch(html, /INLINE-SCRIPTS|__TRUNK_ADDRESS__|__TRUNK_WS_BASE__/);
  const hashes = html.match(/'sha256-[A-Za-z0-9+/]+=*'/g);
  // index.html's own inline script (the service worker's registration) and Trunk's two.
  const own = INDEX.match(/<script>/g)?.length ?? 0;
  assert.equal(own, 1, "index.html's own inline scripts");
  assert.equal(hashes.length, own + 2, 'three inline scripts, three hashes');
  const { page, context, problems } = await openPage(browser, server.url);
  await page.waitForFunction(() => document.body.dataset.module === 'module ran');
  assert.equal(await page.evaluate(() => document.body.dataset.inline), 'ok');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the watch reports an inline script the policy does not pin', async () => {
  const html = hook(PAGE).replace("mark('module ran');", "mark('tampered');");
  writeFileSync(path.join(site, 'index.html'), html);
  const { page, context, problems } = await openPage(browser, server.url);
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  const found = await problems();
  assert.ok(found.some((p) => p.startsWith('CSP violation: script-src')), found.join('\n'));
  assert.notEqual(await page.evaluate(() => document.body.dataset.module), 'tampered');
  await context.close();
});

test('the hook versions the worker URL with a hash of its files', () => {
  const version = () => hook(PAGE).match(/<meta name="wirelab-worker" content="wirelab-worker\.js\?v=([0-9a-f]{16})"/)?.[1];
  const before = version();
  assert.ok(before, 'the worker meta carries ?v=<16 hex digits>');
  writeFileSync(path.join(site, 'wirelab-worker_bg.wasm'), 'other wasm');
  assert.notEqual(version(), before, 'another worker build, another URL');
});

test('the hook wraps each lab bundle so its init function reaches the page, once', async () => {
  const labs = BUNDLES.filter((n) => n.startsWith('wirelab-lab-'));
  assert.deepEqual(labs.map((n) => n.slice('wirelab-lab-'.length)).sort(), ['compress', 'exercises', 'sockets', 'tls']);
  hook(PAGE);
  const html = hook(PAGE);
  for (const name of labs) {
    assert.match(html, new RegExp(`<meta name="wirelab-lab" content="${name}\\.js\\?v=[0-9a-f]{16}"`));
    const js = readFileSync(path.join(site, `${name}.js`), 'utf8');
    assert.equal(js.match(/\(function \(\) \{/g).length, 1, 'wrapped once, however often the hook runs');
  }
  // Two wrapped bundles run side by side: no clash of their `let wasm_bindgen`.
  const { page, context, problems } = await openPage(browser, server.url);
  for (const name of labs.slice(0, 2)) await page.addScriptTag({ url: `${name}.js` });
  assert.equal(await page.evaluate(() => Object.keys(window.wirelabLab).length), 2);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the hook refuses a page without its placeholder', () => {
  assert.throws(() => hook(INDEX.replace("'sha256-INLINE-SCRIPTS'", '')), /placeholder|exactly one/);
});

test('the watch reports console errors and blocks off-origin requests', async () => {
  const { page, context, problems } = await openPage(browser, server.url + 'noisy.html');
  await page.waitForLoadState('load');
  const found = await problems();
  assert.ok(found.includes('off-origin request: http://wirelab.invalid/pixel.png'), found.join('\n'));
  assert.ok(found.some((p) => p.includes('boom')), found.join('\n'));
  await context.close();
});
