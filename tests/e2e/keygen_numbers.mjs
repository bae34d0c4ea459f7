// Times RSA key generation as a learner meets it: the TLS page's Keys panel, the key
// made in the Web Worker, from the click to the key on the page. Prints each time
// and the median, for README.md's "Benchmarks". Not a test.
// Usage: node tests/e2e/keygen_numbers.mjs [KEYS] [BITS] [DIST_DIR]   (after trunk build --release)
import { launchBrowser, openPage, serveSite, DIST } from './harness.mjs';

const [keys = '15', bits = '2048', dist = DIST] = process.argv.slice(2);
const server = await serveSite(dist);
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, `${server.url}#/tls`);
  const sel = (id) => `[data-testid="${id}"]`;
  await page.locator(sel('key-bits')).selectOption(bits);
  const times = [];
  for (let i = 0; i < Number(keys); i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.locator(sel('key-generate')).click();
    await page.locator(sel('key-progress')).waitFor({ state: 'visible' });
    await page.locator(sel('key-result')).waitFor({ state: 'visible', timeout: 120_000 });
    times.push(Math.round((await page.evaluate(() => performance.now())) - t0));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`RSA-${bits} in the worker, ${times.length} keys, ms from click to key: ${times.join(' ')}`);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms (${await browser.version()})`);
  const seen = await problems();
  if (seen.length) console.error('problems:', seen);
} finally {
  await browser.close();
  await server.close();
}
