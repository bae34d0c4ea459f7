import { appReady, byTestId, launchBrowser, serveSite } from './harness.mjs';
const server = await serveSite();
const browser = await launchBrowser();
for (const [name, vp, ko] of [['en-desk', { width: 1200, height: 900 }, false], ['ko-phone', { width: 375, height: 740 }, true]]) {
  const ctx = await browser.newContext({ viewport: vp, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(server.url + '#/serialize');
  await appReady(page);
  if (ko) await byTestId(page, 'lang-toggle').click();
  await byTestId(page, 'literal-input').fill("{'이름': '김민수', 'scores': [90, 85]}");
  await byTestId(page, 'nav-tls').click();
  await appReady(page);
  await byTestId(page, 'hs-send-source').selectOption('pickle');
  await byTestId(page, 'hs-send-compress').check();
  await byTestId(page, 'hs-run').click();
  await page.waitForSelector('[data-testid="hs-recompute-what"]');
  const el = page.locator('#hs-heading');
  await el.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/tls-${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close(); await server.close();
