// axe-core on every page, in English and Korean, in the light and the dark theme:
// no serious or critical violation. axe's source is evaluated in the page (the
// page's CSP forbids inline scripts, so a <script> tag with content would be
// blocked; page.evaluate runs regardless of CSP).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { byTestId, useSite } from './harness.mjs';

const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ROUTES = [
  '#/', '#/serialize', '#/compress', '#/sockets', '#/tls', '#/exercises',
  '#/exercises?ex=sockets.timeout-order', '#/exercises?ex=serialize.memo', '#/about', '#/no-such-page',
];

/** Runs axe on the page; returns "rule (impact): target" for serious and critical violations. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    // label-content-name-mismatch (WCAG 2.5.3) is still "experimental" in axe: on.
    window.axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    }).then((r) =>
      r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1).join(' ').trim()}]` : ''}`),
      })),
    ),
  );
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n}`));
}

async function setLang(page, lang) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
    await byTestId(page, 'lang-toggle').click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
}

async function setTheme(page, theme) {
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
    await byTestId(page, 'theme-toggle').click();
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  }
}

/** A little of each page's output, so axe sees errors, listings and the anatomy too. */
async function reveal(page, route) {
  const fill = async (id, value) => {
    const el = byTestId(page, id).first();
    if ((await el.count()) > 0) await el.fill(value);
  };
  if (route === '#/serialize') {
    await fill('literal-input', "{'a': (1, 2.5), 1: b'x'} if 0 else [1 2]");
    await fill('loads-input', '80 04 zz');
  }
  if (route === '#/compress') {
    await fill('stream-input', '78 9c ff');
  }
  if (route === '#/sockets') {
    // A caught exception with its class chain and clauses, and the timeline.
    await byTestId(page, 'sock-hosts-reset').click();
    await byTestId(page, 'sock-example-order').click();
    await byTestId(page, 'sock-caught').waitFor();
    await fill('sock-hosts', '10.0.0 bad.lab');
  }
  if (route === '#/tls') {
    // A certificate, its verification, field list and gallery; the toy's error.
    await byTestId(page, 'cert-make').click();
    await byTestId(page, 'cert-verify').waitFor({ state: 'visible', timeout: 60_000 });
    await fill('toy-p', '60');
  }
  if (route === '#/tls' && (await byTestId(page, 'hs-run').count()) > 0) {
    // The handshake played to its end (diagram, key schedule, Eve's view), Finished opened.
    if ((await byTestId(page, 'hs-run').getAttribute('aria-disabled')) !== 'true') await byTestId(page, 'hs-run').click();
    await byTestId(page, 'hs-alert').waitFor({ state: 'visible' });
    await page.locator('[data-testid="hs-message"][data-type="Finished"]').first().click();
    await byTestId(page, 'hs-inspect').waitFor({ state: 'visible' });
  }
  if (route.startsWith('#/exercises?ex=')) {
    // An exercise with a checked answer (a failure, or a pass with its explanation) and a hint.
    if (route.endsWith('serialize.memo')) await fill('ex-answer', "['ab', 'ab']");
    await byTestId(page, 'ex-hint').click();
    await byTestId(page, 'ex-check').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="ex-result"]')?.dataset.result);
  }
}

test('the axe harness reports planted serious violations', async () => {
  const { page, context } = await site.open();
  await page.evaluate(() => {
    document.querySelector('main').insertAdjacentHTML(
      'beforeend',
      `<div id="planted"><button type="button"></button>
       <p id="faint">faint text</p>
       <button type="button" aria-label="Switch language">한국어</button></div>`,
    );
    // Through the CSSOM: the page's CSP drops inline style attributes.
    Object.assign(document.getElementById('faint').style, { color: '#b0b0b0', background: '#ffffff' });
  });
  const ids = new Set((await violations(page)).map((v) => v.split(' ')[0]));
  assert.deepEqual([...ids].sort(), ['button-name', 'color-contrast', 'label-content-name-mismatch']);
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation on any page (${theme} theme, en and ko)`, async () => {
    const { page, context } = await site.open();
    await setTheme(page, theme);
    const found = [];
    for (const lang of ['en', 'ko']) {
      await setLang(page, lang);
      for (const route of ROUTES) {
        await page.evaluate((h) => { location.hash = h; }, route);
        await page.waitForFunction((h) => location.hash === h || location.hash.startsWith(`${h}?`), route);
        await page.locator('main h1, main h2, h1').first().waitFor({ state: 'visible' });
        await reveal(page, route);
        for (const v of await violations(page)) found.push(`${lang} ${route}: ${v}`);
      }
    }
    assert.deepEqual(found, [], `axe (${theme}):\n${found.join('\n')}`);
    await context.close();
  });
}
