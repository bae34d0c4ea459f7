// Lighthouse's accessibility score is 100 on every page, in English and Korean and
// in both themes. One Chromium (Debian's, through puppeteer-core: nothing is
// downloaded) and one tab for the whole file: each page is rendered by the app,
// then Lighthouse audits it in snapshot mode (the accessibility audits are the same
// as after a navigation, without reloading the wasm every time).
// The pages come from the header's links (the lab registry), so a new lab is audited
// without an edit here.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { snapshot } from 'lighthouse';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, serveSite, WAIT_MS } from './harness.mjs';

// Lighthouse's own accessibility category, audits and weights, without loading the
// other categories' audits for every page (the same score, a second sooner).
const CATEGORY = defaultConfig.categories.accessibility;
const AUDITS = new Set(CATEGORY.auditRefs.map((ref) => ref.id));
const CONFIG = {
  settings: { onlyCategories: ['accessibility'], disableFullPageScreenshot: true },
  artifacts: defaultConfig.artifacts,
  audits: defaultConfig.audits.filter((audit) => AUDITS.has(String(audit).split('/').pop())),
  categories: { accessibility: CATEGORY },
  groups: defaultConfig.groups,
};

let browser;
let server;
let page;
before(async () => {
  server = await serveSite();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="nav-serialize"]');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Lighthouse on the page as it is: the score and "audit: selector" per failure. */
async function audit() {
  const { lhr } = await snapshot(page, { config: CONFIG });
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .flatMap((a) => (a.details?.items?.length ? a.details.items.slice(0, 5).map((i) => `${a.id}: ${i.node?.selector ?? ''} ${i.node?.explanation?.split('\n').slice(1).join(' ') ?? ''}`.trim()) : [a.id]));
  if (lhr.runtimeError) failed.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return { score: lhr.categories.accessibility.score, failed };
}

/** Shows `hash` in the tab, once the app has rendered its heading. */
async function show(hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h || location.hash.startsWith(`${h}?`), {}, hash);
  await page.waitForSelector('main h1', { visible: true });
}

/** Reloads with the language and theme stored as the header's toggles store them. */
async function prefer(lang, theme) {
  await page.evaluate(([l, t]) => {
    localStorage.setItem('wirelab.lang', l);
    localStorage.setItem('wirelab.theme', t);
  }, [lang, theme]);
  await page.reload();
  await page.waitForFunction(([l, t]) => document.documentElement.lang === l && document.documentElement.dataset.theme === t && document.querySelector('[data-testid="nav-serialize"]'), {}, [lang, theme]);
}

test('Lighthouse notices a planted accessibility failure', async () => {
  await show('#/');
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<button type="button" id="planted"></button>'));
  const { score, failed } = await audit();
  await page.evaluate(() => document.getElementById('planted').remove());
  assert.ok(score < 1, `score ${score}`);
  assert.ok(failed.some((f) => f.startsWith('button-name')), failed.join('\n'));
  assert.equal(CONFIG.audits.length, AUDITS.size, 'every audit of the category is run');
});

test('Lighthouse accessibility is 100 on every page (en and ko, light and dark)', async () => {
  const routes = [...new Set(['#/', ...(await page.$$eval('header a[href^="#/"]', (links) => links.map((a) => a.getAttribute('href'))))])];
  assert.ok(routes.includes('#/serialize') && routes.includes('#/about'), `routes: ${routes}`);
  const found = [];
  for (const [lang, theme] of [['en', 'light'], ['ko', 'dark']]) {
    await prefer(lang, theme);
    for (const route of routes) {
      await show(route);
      const { score, failed } = await audit();
      if (score !== 1) found.push(`${lang} ${theme} ${route}: ${score * 100}\n  ${failed.join('\n  ')}`);
    }
  }
  assert.deepEqual(found, [], found.join('\n'));
});
