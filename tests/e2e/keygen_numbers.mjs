// Times RSA key generation as a learner meets it: the TLS page's Keys panel, the key
// made in the Web Worker, from the click to the key on the page. Prints each time
// and the median, for README.md's "Benchmarks". Not a test. Keys vary a lot (where
// the primes fall), so it also prints the time per primality test (the search's
// counters are in key-result), which does not depend on luck.
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
  const perTest = [];
  for (let i = 0; i < Number(keys); i++) {
    const t0 = await page.evaluate(() => performance.now());
    const before = await page.evaluate(() => document.querySelector('[data-testid="key-result"]')?.dataset.n ?? '');
    await page.locator(sel('key-generate')).click();
    // A new key: key-result back with another n (a fast search may never show progress).
    await page.waitForFunction(
      (prev) => { const n = document.querySelector('[data-testid="key-result"]')?.dataset.n; return n && n !== prev; },
      before,
      { timeout: 120_000 },
    );
    const ms = (await page.evaluate(() => performance.now())) - t0;
    times.push(Math.round(ms));
    const tests = Number((await page.locator(sel("key-result")).textContent()).match(/(\d+) primality tests/)?.[1]);
    if (i > 0 && tests > 0) perTest.push(ms / tests); // the first key also waits for the worker to load

  }
  const sorted = [...times].sort((a, b) => a - b);
  const per = [...perTest].sort((a, b) => a - b);
  console.log(`RSA-${bits} in the worker, ${times.length} keys, ms from click to key: ${times.join(' ')}`);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms; per primality test: median ${per[Math.floor(per.length / 2)].toFixed(2)} ms (${await browser.version()})`);
  const seen = await problems();
  if (seen.length) console.error('problems:', seen);
} finally {
  await browser.close();
  await server.close();
}
