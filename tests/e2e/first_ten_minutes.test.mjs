// Issue 8's "done when": a student's first ten minutes, in Korean, at phone width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, python, runStepper, useSite } from './harness.mjs';

const site = useSite();

test("a student's first ten minutes, in Korean, on a phone", async () => {
  const { page, context, problems } = await site.open('#/serialize');
  await page.setViewportSize({ width: 390, height: 844 });
  await byTestId(page, 'lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko');

  // A dict with Korean strings: CPython's bytes.
  const literal = "{'이름': '김민수', '점수': [90, 85]}";
  await byTestId(page, 'literal-input').fill(literal);
  const hex = python(`import pickle; print(pickle.dumps(${literal}, 4).hex())`);
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  // The hex view goes 8 bytes a row on a phone.
  const firstRow = page.locator('[data-testid="pickle-hex"] .hex-row .hex').first();
  assert.equal(await firstRow.locator('.b').count(), 8);

  // Find the key '이름' by click: its line locks; opcode, length and payload differ.
  const line = page.locator('[data-testid="dis-listing"] [role="option"]', { hasText: "'이름'" });
  await line.click();
  await expectAttr(page, 'dis-listing', 'data-locked', 'true');
  const parts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="pickle-hex"] .hex .b.lit')].map((b) => [b.textContent, b.className]),
  );
  assert.deepEqual(parts.map(([b]) => b), ['8c', '06', 'ec', '9d', 'b4', 'eb', 'a6', '84']);
  assert.match(parts[0][1], /r-op/);
  assert.match(parts[1][1], /r-len/);
  assert.ok(parts.slice(2).every(([, c]) => /r-pay/.test(c)));
  // Hovering elsewhere does not steal a locked selection; Esc releases it.
  await page.locator('[data-testid="dis-listing"] [role="option"]').first().hover();
  await expectAttr(page, 'dis-listing', 'data-locked', 'true');
  await page.keyboard.press('Escape');
  await expectAttr(page, 'dis-listing', 'data-locked', 'false');
  // ... and by keyboard: the listbox's arrow keys move the selection.
  await page.locator('[data-testid="dis-listing"] [role="listbox"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#dis-1')?.getAttribute('aria-selected') === 'true');

  // To Compress and back: nothing lost.
  await byTestId(page, 'nav-compress').click();
  await byTestId(page, 'compress-input').waitFor();
  await byTestId(page, 'nav-serialize').click();
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  assert.equal(await byTestId(page, 'literal-input').inputValue(), literal);

  // The 8-byte-packet exercise, with a checked prediction, to b'flat'.
  await byTestId(page, 'nav-compress').click();
  await byTestId(page, 'exercise-load').click();
  await expectText(page, 'stream-source', '28');
  await byTestId(page, 'predict-call').fill('2');
  await byTestId(page, 'predict-unused').fill("b'.x'");
  await byTestId(page, 'predict-check').click();
  await expectAttr(page, 'predict-result', 'data-call', 'Some(true)');
  await expectAttr(page, 'predict-result', 'data-unused', 'Some(true)');
  await byTestId(page, 'receiver-finish').click();
  await expectAttr(page, 'receiver-result', 'data-messages', "b'sparse',b'flat'");

  // A max_length run, drained: every call returns at most 4 bytes, until the tail is empty.
  await byTestId(page, 'stream-clear').click();
  await byTestId(page, 'compress-input').fill('abcdefghijkl');
  await byTestId(page, 'compress-level').selectOption('0');
  await expectAttr(page, 'compress-hex', 'data-hex', python("import zlib; print(zlib.compress(b'abcdefghijkl', 0).hex())"));
  await byTestId(page, 'stepper-chunks').fill('');
  await byTestId(page, 'stepper-max-length').fill('4');
  await byTestId(page, 'stepper-drain').check();
  await runStepper(page);
  const outs = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="stepper-step"]')].map((s) => s.dataset.outHex),
  );
  const expected = JSON.parse(python(`
import json, zlib
s = zlib.compress(b'abcdefghijkl', 0)
d = zlib.decompressobj(15)
outs = [d.decompress(s, 4).hex()]
while d.unconsumed_tail:
    outs.append(d.decompress(d.unconsumed_tail, 4).hex())
outs.append(d.flush().hex())
print(json.dumps(outs))`));
  assert.deepEqual(outs, expected);
  await expectClean(problems);
  await context.close();
});
