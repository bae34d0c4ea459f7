// The bench page (dist/bench/, its own wasm): it loads under the sub-path with its
// own pinned CSP, the About page links to it, and the quick run fills every row
// with numbers and no console error. Timings are never asserted: a benchmark is
// not a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectClean, useSite, WAIT_MS } from './harness.mjs';

const site = useSite();
const ROWS = ['compress', 'decompress', 'rsa-keygen', 'tls-rsa', 'tls-ecdhe'];
/** Rows where the browser has the same thing built in (CompressionStream, WebCrypto). */
const WITH_BROWSER = new Set(['compress', 'decompress', 'rsa-keygen']);

test('the About page links to the bench page, which loads with a pinned CSP', async () => {
  const { page, context, problems } = await site.open('#/about');
  const link = byTestId(page, 'about-bench-link');
  await link.click();
  await page.waitForURL(/\/wirelab\/bench\/$/);
  await byTestId(page, 'bench-run-quick').waitFor({ state: 'visible' });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
  assert.doesNotMatch(csp, /unsafe-inline|INLINE-SCRIPTS/);
  // Both languages side by side.
  assert.match(await page.locator('h1').textContent(), /bench.*[\uac00-\ud7a3]/);
  await expectClean(problems);
  await context.close();
});

test('the quick run fills every row with numbers, without a console error', async (t) => {
  // Opened through the harness (its watch on errors and CSP stays on), then to /bench/.
  const { page, context, problems } = await site.open();
  await page.goto(`${site.url()}bench/`);
  await byTestId(page, 'bench-run-quick').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="bench-status"]')?.dataset.state === 'done',
    null,
    { timeout: 6 * WAIT_MS },
  );
  for (const id of ROWS) {
    const row = byTestId(page, `bench-row-${id}`);
    const state = await row.getAttribute('data-state');
    assert.equal(state, 'done', `${id}: ${await row.textContent()}`);
    const ours = Number(await row.getAttribute('data-ours-ms'));
    assert.ok(Number.isFinite(ours) && ours >= 0, `${id} ours: ${ours}`);
    const theirs = await row.getAttribute('data-browser-ms');
    if (WITH_BROWSER.has(id)) {
      assert.ok(Number.isFinite(Number(theirs)) && theirs !== '', `${id} browser: ${theirs}`);
    } else {
      assert.equal(theirs, '', `${id} has no browser counterpart`);
    }
    // Printed (scripts/test shows them), never asserted: one quick run is noise.
    const ratio = theirs === '' ? '-' : `${(ours / Number(theirs)).toFixed(2)}x`;
    const browserMs = theirs === '' ? '-' : Number(theirs).toFixed(1);
    t.diagnostic(`bench quick run: ${id}: ours ${ours.toFixed(1)} ms, browser ${browserMs} ms, ours/browser ${ratio}`);
    // What was measured is said in the row (sizes, suite, key size).
    assert.match(await row.textContent(), id.startsWith('tls') ? /TLS_/ : /B|RSA-1024/);
  }
  await expectClean(problems);
  await context.close();
});
