// Every page at phone width (375 px), in English and Korean: nothing widens the page
// past the screen (a table too wide scrolls inside its own box), also with the TLS
// lab's handshake run and its recompute panel open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appReady, byTestId, expectClean, openPage, useSite } from './harness.mjs';

const site = useSite();
const ROUTES = ['#/', '#/serialize', '#/compress', '#/sockets', '#/tls', '#/exercises', '#/about'];
const PHONE = { width: 375, height: 740 };

/** The elements that reach past the screen's right edge, outermost only. */
const overflow = (page) =>
  page.evaluate((width) => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1 && parent && parent.right <= width + 1) {
        // Inside a box that scrolls sideways, it is reachable, not clipped.
        let box = el.parentElement;
        let scrolls = false;
        for (; box; box = box.parentElement) {
          if (/(auto|scroll)/.test(getComputedStyle(box).overflowX)) { scrolls = true; break; }
        }
        if (!scrolls) out.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${el.className}`);
      }
    }
    return { page: document.documentElement.scrollWidth, out };
  }, PHONE.width);

for (const lang of ['en', 'ko']) {
  test(`at phone width (${lang}) no page is wider than the screen`, async () => {
    const { page, context, problems } = await openPage(await site.browser(), site.url() + '#/');
    await page.setViewportSize(PHONE);
    await appReady(page);
    if (lang === 'ko') {
      await byTestId(page, 'lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ko');
    }
    for (const route of ROUTES) {
      await page.evaluate((r) => { location.hash = r; }, route);
      await appReady(page);
      if (route === '#/tls') {
        await byTestId(page, 'hs-run').click();
        await page.waitForSelector('[data-testid="hs-recompute-what"]');
      }
      const { page: width, out } = await overflow(page);
      assert.deepEqual(out, [], `${route} (${lang}): elements past the screen`);
      assert.ok(width <= PHONE.width, `${route} (${lang}): the page is ${width} px wide`);
    }
    await expectClean(problems);
    await context.close();
  });
}
