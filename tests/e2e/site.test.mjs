// The built site as a learner meets it: it loads under a sub-path with a strict
// CSP and no console error, every nav link routes, language and theme switch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectClean, useSite } from './harness.mjs';

const site = useSite();
const NAV = ['serialize', 'compress', 'sockets', 'tls', 'exercises', 'about'];

test('the page loads with a pinned CSP, no console error and nothing off-origin', async () => {
  const { page, context, problems } = await site.open();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
  assert.doesNotMatch(csp, /unsafe-inline|INLINE-SCRIPTS/);
  assert.match(csp, /object-src 'none'/);
  await expectClean(problems);
  await context.close();
});

test('every nav link routes to its own page with a heading', async () => {
  const { page, context, problems } = await site.open();
  const headings = new Map();
  for (const name of NAV) {
    await byTestId(page, `nav-${name}`).click();
    // The Serialize and Compress pages keep their inputs in a query after the route.
    await page.waitForFunction((n) => location.hash.split("?")[0] === `#/${n}`, name);
    const heading = page.locator('main h1, main h2, h1').first();
    await heading.waitFor({ state: 'visible' });
    headings.set(name, (await heading.textContent()).trim());
  }
  assert.equal(new Set(headings.values()).size, NAV.length, JSON.stringify([...headings]));
  assert.ok([...headings.values()].every((h) => h.length > 0));
  // A deep link under the sub-path opens the same page (HashRouter, public_url "./").
  const deep = await site.open('#/tls');
  const heading = deep.page.locator('main h1, main h2, h1').first();
  await deep.page.waitForFunction(
    (expected) => document.querySelector('main h1, main h2, h1')?.textContent.trim() === expected,
    headings.get('tls'),
  );
  assert.equal((await heading.textContent()).trim(), headings.get('tls'));
  await expectClean(problems);
  await expectClean(deep.problems);
  await deep.context.close();
  await context.close();
});

test('the language toggle changes visible text and <html lang>', async () => {
  const { page, context, problems } = await site.open();
  const lang = () => page.evaluate(() => document.documentElement.lang);
  const navText = () => byTestId(page, 'nav-serialize').textContent();
  const [lang0, text0] = [await lang(), await navText()];
  assert.ok(['en', 'ko'].includes(lang0), `lang=${lang0}`);
  await byTestId(page, 'lang-toggle').click();
  await page.waitForFunction((l) => document.documentElement.lang !== l, lang0);
  const [lang1, text1] = [await lang(), await navText()];
  assert.deepEqual(new Set([lang0, lang1]), new Set(['en', 'ko']));
  assert.notEqual(text1, text0);
  if (lang1 === 'ko') assert.match(text1, /[\uac00-\ud7a3]/, 'Korean text in Hangul');
  await byTestId(page, 'lang-toggle').click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang0);
  assert.equal(await navText(), text0);
  await expectClean(problems);
  await context.close();
});

test('the theme toggle flips <html data-theme>', async () => {
  const { page, context, problems } = await site.open();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const before = await theme();
  await byTestId(page, 'theme-toggle').click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme !== t, before);
  const flipped = await theme();
  assert.ok(['light', 'dark'].includes(flipped), `data-theme=${flipped}`);
  await byTestId(page, 'theme-toggle').click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme !== t, flipped);
  assert.notEqual(await theme(), flipped);
  await expectClean(problems);
  await context.close();
});
