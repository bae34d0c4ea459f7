// Runs the full bench page (2.5 MB, RSA-2048, 5 runs) in headless Chromium and
// prints its table as Markdown, for README.md's "Benchmarks". Not a test.
// Usage: node tests/e2e/bench_numbers.mjs [DIST_DIR]   (after ./scripts/build)
import { launchBrowser, openPage, serveSite, DIST } from './harness.mjs';

const server = await serveSite(process.argv[2] ?? DIST);
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, `${server.url}bench/`);
  await page.locator('[data-testid="bench-run"]').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="bench-status"]')?.dataset.state === 'done',
    null,
    { timeout: 10 * 60_000 },
  );
  const rows = await page.$$eval('tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => (c.querySelector('[lang=en]') ?? c).textContent.trim())),
  );
  console.log(`${await browser.version()}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| what | ours (ms) | browser (ms) | ours / browser | details |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  const seen = await problems();
  if (seen.length) console.error('problems:', seen);
} finally {
  await browser.close();
  await server.close();
}
