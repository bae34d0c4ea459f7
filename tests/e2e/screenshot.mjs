// Takes docs/screenshot.png of the built site (the Serialize lab with an example),
// for the README. Usage: node tests/e2e/screenshot.mjs [OUT.png]
import path from 'node:path';
import { appReady, byTestId, launchBrowser, ROOT, serveSite } from './harness.mjs';

const out = process.argv[2] ?? path.join(ROOT, 'docs/screenshot.png');
const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(server.url + '#/serialize');
  await appReady(page);
  await byTestId(page, 'literal-input').fill("{'name': 'Kim', 'scores': [90, 85]}");
  await byTestId(page, 'protocol-select').selectOption('2');
  await byTestId(page, 'dis-listing').waitFor({ state: 'visible' });
  await byTestId(page, 'literal-input').blur();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
