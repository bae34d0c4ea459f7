// The Compress lab against CPython's zlib: the classic 8-byte-packet exercise done
// by keyboard alone, a pasted stream's anatomy, a wrong wbits' exact error, the bomb
// read max_length at a time in the stepper, and the page at phone width.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, python, useSite , runStepper } from './harness.mjs';

const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Presses Tab until the element with `testid` has focus (keyboard only). */
async function tabTo(page, testid) {
  for (let i = 0; i < 300; i++) {
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (at === testid) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${testid}`);
}

const stepCount = (page) => page.locator('[data-testid="stepper-step"]').count();

test('the 8-byte-packet exercise, by keyboard alone, finds where the first message ends', async () => {
  const { page, context, problems } = await site.open('#/compress');
  // What Python says: the first call after which d.unused_data is not empty.
  const [index, unusedHex, outHex] = JSON.parse(
    python(`
import json, zlib
s = zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'
d = zlib.decompressobj()
for i in range(0, len(s), 8):
    out = d.decompress(s[i:i + 8])
    if d.unused_data:
        print(json.dumps([i // 8, d.unused_data.hex(), out.hex()]))
        break
`),
  );
  await tabTo(page, 'exercise-load');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="stepper-chunks"]')?.value === '8,8,8,8',
  );
  // The session is traced in the worker: wait for its calls before stepping.
  await page.waitForFunction(() => document.querySelector('[data-testid="stepper-progress"]')?.dataset.total === '5');
  await tabTo(page, 'stepper-next');
  for (let i = 0; i <= index; i++) {
    // Enter and Space both press a button.
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="stepper-step"]').length === n,
      i + 1,
    );
    const unused = await page
      .locator('[data-testid="stepper-step"]')
      .nth(i)
      .getAttribute('data-unused-hex');
    assert.equal(unused === '', i < index, `step ${i + 1}: unused_data ${unused}`);
  }
  const step = page.locator('[data-testid="stepper-step"]').nth(index);
  assert.equal(await step.getAttribute('data-unused-hex'), unusedHex);
  assert.equal(await step.getAttribute('data-out-hex'), outHex);
  assert.equal(await step.getAttribute('data-eof'), 'True');
  await byTestId(page, 'stepper-found').waitFor({ state: 'visible' });
  // Back and reset, by keyboard too: the controls answer the arrow keys and Home.
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="stepper-step"]').length === n,
    index,
  );
  await page.keyboard.press('Home');
  await page.waitForFunction(() => !document.querySelector('[data-testid="stepper-step"]'));
  assert.equal(await stepCount(page), 0);
  await expectClean(problems);
  await context.close();
});

test("a pasted stream's anatomy: one block, a copy, and the Adler-32 python computes", async () => {
  const { page, context, problems } = await site.open('#/compress');
  const [hex, adler] = JSON.parse(
    python(
      "import json, zlib; d = b'hello hello hello'; print(json.dumps([zlib.compress(d).hex(), zlib.adler32(d)]))",
    ),
  );
  await byTestId(page, 'stream-input').fill(hex);
  await expectAttr(page, 'anatomy', 'data-blocks', '1');
  await expectText(page, 'anatomy-check', `0x${adler.toString(16).padStart(8, '0')}`);
  // zlib 1.2.13 (lazy matching) sends 'hello h' as literals, then one copy of
  // 10 bytes from 6 back (`wirelab zlib inspect` lists the same tokens).
  const match = page.locator('[data-testid="anatomy-tokens"] .tok.match').first();
  assert.equal(await match.getAttribute('data-length'), '10');
  assert.equal(await match.getAttribute('data-distance'), '6');
  assert.equal(await match.textContent(), 'ello hello');
  await expectClean(problems);
  await context.close();
});

test("a gzip stream read with wbits=15 gives Python's zlib.error", async () => {
  const { page, context, problems } = await site.open('#/compress');
  const hex = python("import zlib; print(zlib.compress(b'abc', 6, 31).hex())");
  const error = python(`
import zlib
try: zlib.decompressobj(15).decompress(bytes.fromhex('${hex}'))
except zlib.error as e: print(f'zlib.error: {e}')
`);
  await byTestId(page, 'stream-input').fill(hex);
  await byTestId(page, 'stepper-wbits').selectOption('15');
  await runStepper(page);
  await expectText(page, 'stepper-error', error);
  await expectText(page, 'anatomy-error', error);
  // Read as gzip, the same bytes are fine.
  await byTestId(page, 'stepper-wbits').selectOption('31');
  await runStepper(page);
  await page.waitForFunction(() => !document.querySelector('[data-testid="stepper-error"]'));
  await expectAttr(page, 'stepper-step', 'data-out-hex', '616263');
  await expectClean(problems);
  await context.close();
});

test('the bomb is counted, capped, and explained', async () => {
  const { page, context, problems } = await site.open('#/compress');
  await byTestId(page, 'bomb-load').click();
  await expectAttr(page, 'bomb-result', 'data-shown', String(1 << 20));
  await expectText(page, 'bomb-result', 'max_length');
  await expectClean(problems);
  await context.close();
});

test('the bomb in the stepper: max_length bytes a call, eof False, and the Python prints the same', async () => {
  const { page, context, problems } = await site.open('#/compress');
  await byTestId(page, 'bomb-watch').click();
  // Focus moves to the stepper's max_length box: the next thing to read or change.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'stepper-max-length');
  assert.equal(await byTestId(page, 'stepper-max-length').inputValue(), '65536');
  // The stream is not in the URL (1 MB): only its source is.
  const url = page.url();
  assert.ok(url.includes('src=bomb') && url.length < 2000, url);
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="stepper-progress"]')?.dataset.total) > 0);
  const total = Number(await byTestId(page, 'stepper-progress').getAttribute('data-total'));
  assert.equal(total, 32, 'a few dozen calls are drawn');
  await expectText(page, 'stepper-bomb-note', '16,384');
  for (let i = 1; i <= 3; i++) {
    await byTestId(page, 'stepper-next').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="stepper-step"]').length === n, i);
  }
  const steps = await page.locator('[data-testid="stepper-step"]').evaluateAll((els) =>
    els.map((e) => ({ ...e.dataset })),
  );
  let tail = Infinity;
  steps.forEach((s, i) => {
    assert.equal(s.outLen, '65536', `call ${i + 1}`);
    assert.equal(s.eof, 'False');
    assert.equal(s.total, String(65536 * (i + 1)));
    assert.ok(Number(s.tailLen) > 1_000_000 && Number(s.tailLen) < tail, `tail ${s.tailLen}`);
    assert.ok(Number(s.held) <= 65536 + 1_100_000, `held ${s.held}`);
    tail = Number(s.tailLen);
  });
  // The page's Python on the page's bomb.zlib prints what the stepper shows.
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelab-bomb-'));
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'bomb-download').click()]);
  await download.saveAs(path.join(dir, 'bomb.zlib'));
  const code = await byTestId(page, 'stepper-python').textContent();
  const printed = execFileSync('python3', ['-c', code], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
  rmSync(dir, { recursive: true });
  assert.equal(printed.length, total);
  steps.forEach((s, i) => {
    const [len, , tailLen, eof, sum] = printed[i].split(' ');
    assert.deepEqual([len, tailLen, eof, sum], [s.outLen, s.tailLen, s.eof, s.total], printed[i]);
  });
  // max_length is editable as before: a new session, 1024 bytes a call.
  await byTestId(page, 'stepper-max-length').fill('1024');
  await page.waitForFunction(() => document.querySelector('[data-testid="stepper-progress"]')?.dataset.shown === '0');
  await byTestId(page, 'stepper-next').click();
  await expectAttr(page, 'stepper-step', 'data-out-len', '1024');
  // And back to the learner's own stream.
  await byTestId(page, 'stream-unbomb').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="stepper-bomb-intro"]'));
  assert.ok(!page.url().includes('src=bomb'));
  await expectClean(problems);
  await context.close();
});

/** Tables that overflow the viewport outside a horizontal scroll box, and the page's own overflow. */
async function clipped(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const bad = [];
    for (const table of document.querySelectorAll('table')) {
      const fits = table.getBoundingClientRect().right <= width + 0.5;
      let box = table.parentElement;
      while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      const scrolls = box && box !== document.documentElement && box.getBoundingClientRect().right <= width + 0.5;
      if (!fits && !scrolls) bad.push(table.className || table.querySelector('caption, th')?.textContent);
    }
    if (document.documentElement.scrollWidth > width) bad.push(`document ${document.documentElement.scrollWidth} > ${width}`);
    return bad;
  });
}

/** Boxes that scroll sideways but cannot be reached by keyboard (axe's rule). */
async function unreachableScrollers(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  return page.evaluate(() =>
    window.axe
      .run(document, { runOnly: ['scrollable-region-focusable'] })
      .then((r) => r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))),
  );
}

test('at phone width the anatomy tables and the stepper fit or scroll in a box, in English and Korean', async () => {
  const { page, context, problems } = await site.open('#/compress');
  await page.setViewportSize({ width: 375, height: 740 });
  await byTestId(page, 'anatomy').waitFor({ state: 'visible' });
  await page.locator('table.fields').first().waitFor({ state: 'visible' });
  await byTestId(page, 'two-run').click();
  await byTestId(page, 'two-result').waitFor({ state: 'visible' });
  await runStepper(page);
  for (const lang of ['en', 'ko']) {
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
      await byTestId(page, 'lang-toggle').click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    // The sizes, the two compressors, the header's and the trailer's fields.
    assert.ok((await page.locator('table').count()) >= 4);
    assert.deepEqual(await clipped(page), [], lang);
    assert.deepEqual(await unreachableScrollers(page), [], lang);
  }
  // The bomb's calls too.
  await byTestId(page, 'bomb-watch').click();
  await runStepper(page);
  assert.deepEqual(await clipped(page), []);
  await expectClean(problems);
  await context.close();
});
