// Every control by keyboard: on every page, Tab alone reaches every visible
// button, link, input, select, textarea and focusable widget, shows where the focus
// is, and never gets stuck; Shift+Tab walks the same controls back. The pages come
// from the header's links (the lab registry), so a new lab is walked too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectClean, useSite } from './harness.mjs';

const site = useSite();

/** Presses beyond this many mean the walk never came round: a trap. */
const MAX_PRESSES = 1500;

/**
 * Waits until the page has stopped changing for 300 ms (what the Web Worker computes
 * is drawn), at most 10 s, so the controls marked are the ones the walk meets.
 */
function settled(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(cap);
      resolve();
    };
    let quiet = setTimeout(done, 300);
    const cap = setTimeout(done, 10_000);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, 300);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }));
}

/** Marks every control a keyboard user must be able to reach; returns how many. */
function markControls(page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      const skipped = el.tabIndex < 0 || el.disabled || el.closest('[inert], [aria-hidden="true"]') ||
        !el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
      if (skipped) continue;
      el.dataset.kbControl = String(n++);
    }
    return n;
  });
}

/**
 * Presses `key` until the focus comes back to a control it already reached; returns
 * the controls reached in order, and each problem (a control that keeps the focus,
 * a focus that cannot be seen).
 */
async function walk(page, key) {
  const reached = [];
  const problems = [];
  let last = null;
  for (let i = 0; i < MAX_PRESSES; i++) {
    await page.keyboard.press(key);
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        id: el.dataset.kbControl ?? null,
        name: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      };
    });
    if (at === null) continue; // past the last control: the browser's own UI
    if (at.id !== null && at.id === last) {
      problems.push(`${at.name} keeps the focus (${key} stays on it)`);
      break;
    }
    if (at.id !== null && reached.includes(at.id)) return { reached, problems };
    if (!at.visible) problems.push(`${at.name}: no visible focus indicator`);
    if (at.id !== null) reached.push(at.id);
    last = at.id;
  }
  problems.push(`${key} ${MAX_PRESSES} times never came back round`);
  return { reached, problems };
}

/** The names of the marked controls with these ids. */
const names = (page, ids) =>
  page.evaluate(
    (list) => list.map((id) => {
      const el = document.querySelector(`[data-kb-control="${id}"]`);
      if (!el) return `control ${id} (redrawn during the walk)`;
      return `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}"`;
    }),
    ids,
  );

test('the walk finds a control Tab cannot reach and a control that keeps the focus', async () => {
  const { page, context } = await site.open('#/about');
  await page.evaluate(() => {
    // A "button" made of a span (no tabindex), a focus drawn as nothing, and an
    // editor that eats Tab.
    document.querySelector('main').insertAdjacentHTML('beforeend', '<span role="button" id="unreachable">x</span><button type="button" id="unseen">y</button><textarea id="trap"></textarea>');
    // Through the CSSOM: the page's CSP drops inline style attributes.
    document.getElementById('unseen').style.outline = 'none';
    document.getElementById('trap').addEventListener('keydown', (e) => {
      if (e.key === 'Tab') e.preventDefault();
    });
  });
  await markControls(page);
  await page.evaluate(() => { document.getElementById('unreachable').dataset.kbControl = 'unreachable'; });
  const { reached, problems } = await walk(page, 'Tab');
  assert.ok(reached.length > 0 && !reached.includes('unreachable'));
  assert.ok(problems.some((p) => p.startsWith('textarea') && p.includes('keeps the focus')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('button') && p.includes('no visible focus')), problems.join('\n'));
  await context.close();
});

test('Tab and Shift+Tab reach every control of every page, with the focus visible', async () => {
  const { page, context, problems: pageProblems } = await site.open('#/');
  const routes = [...new Set(['#/', ...(await page.locator('header a[href^="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))])];
  const found = [];
  for (const route of routes) {
    await page.evaluate((h) => { location.hash = h; }, route);
    await page.locator('main h1').first().waitFor({ state: 'visible' });
    if (route === '#/compress') {
      // The exercise's stepper too (its controls appear once the worker traced it).
      await byTestId(page, 'exercise-load').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="stepper-progress"]')?.dataset.total) > 0);
    }
    await settled(page);
    const total = await markControls(page);
    for (const key of ['Tab', 'Shift+Tab']) {
      const { reached, problems } = await walk(page, key);
      const missed = [...Array(total).keys()].map(String).filter((id) => !reached.includes(id));
      for (const p of problems) found.push(`${route} ${key}: ${p}`);
      for (const m of await names(page, missed)) found.push(`${route} ${key}: never reached ${m}`);
    }
  }
  assert.deepEqual(found, [], found.join('\n'));
  await expectClean(pageProblems);
  await context.close();
});
