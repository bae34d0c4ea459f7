// The Exercises page: one exercise per lab completed by keyboard alone (checked by the
// engines in the Web Worker), a wrong answer failing with its reason, hints one at a
// time, the lab opened in the exercise's state, and the progress file exported,
// reset and imported again.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, useSite } from './harness.mjs';

const site = useSite();

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (keyboard only). */
async function tabTo(page, selector, key = 'Tab') {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Opens exercise `id` from the list and types the prediction and the answer. */
async function answer(page, id, prediction, text) {
  await tabTo(page, `[data-testid="ex-item"][data-id="${id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((i) => document.querySelector('[data-testid="ex-open"]')?.dataset.id === i, id);
  await tabTo(page, '[data-testid="ex-prediction"]');
  await page.keyboard.type(prediction);
  await tabTo(page, '[data-testid="ex-answer"]');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await tabTo(page, '[data-testid="ex-check"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="ex-result"]')?.dataset.result);
}

/** The timeout-order program, clauses in the right order. */
const TIMEOUT_FIRST = `import socket
s = socket.socket()
s.settimeout(2)
try:
    s.connect(('silent.lab', 7))
except socket.timeout:
    print('timed out')
except OSError as e:
    print('network error:', e)
`;

const RIGHT = [
  ['serialize.memo', '1', "['ab', 'ab']"],
  ['compress.adler32', '4', '0bf402e7'],
  ['sockets.timeout-order', 'OSError', TIMEOUT_FIRST],
  ['tls.host-name', 'subjectAltName', 'www.lab.example'],
];

test('one exercise per lab, by keyboard alone; a wrong answer fails with its reason', async () => {
  const { page, context, problems } = await site.open('#/exercises');
  await expectAttr(page, 'ex-progress', 'data-passed', '0');
  const total = Number(await byTestId(page, 'ex-progress').getAttribute('data-total'));
  assert.ok(total >= 16, `${total} exercises`);

  // A typical mistake: different strings are two objects, nothing comes from the memo.
  await answer(page, 'serialize.memo', '2', "['ab', 'ac']");
  await expectAttr(page, 'ex-result', 'data-result', 'fail');
  await expectAttr(page, 'ex-result', 'data-why', 'NoMemoGet');
  assert.ok((await byTestId(page, 'ex-result').textContent()).trim().length > 10);
  // Hints come one at a time.
  await tabTo(page, '[data-testid="ex-hint"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('ol.hints li').length === 1);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('ol.hints li').length === 2);

  for (const [n, [id, prediction, text]] of RIGHT.entries()) {
    await answer(page, id, prediction, text);
    await expectAttr(page, 'ex-result', 'data-result', 'pass');
    await expectAttr(page, 'ex-progress', 'data-passed', String(n + 1));
    const item = page.locator(`[data-testid="ex-item"][data-id="${id}"]`);
    assert.equal(await item.getAttribute('data-passed'), 'true');
  }
  await expectClean(problems);
  await context.close();
});

test('progress is exported, reset and imported again; a link opens one exercise and its lab', async () => {
  const { page, context, problems } = await site.open('#/exercises?ex=compress.adler32');
  await page.waitForFunction(() => document.querySelector('[data-testid="ex-open"]')?.dataset.id === 'compress.adler32');
  // A shared link opens the exercise with the keyboard on its title.
  await page.waitForFunction(() => document.activeElement?.id === 'ex-title');
  await byTestId(page, 'ex-answer').fill('0bf402e7');
  await byTestId(page, 'ex-check').click();
  await expectAttr(page, 'ex-result', 'data-result', 'pass');
  await expectAttr(page, 'ex-progress', 'data-passed', '1');

  // The progress buttons are above the exercise.
  await tabTo(page, '[data-testid="ex-export"]', 'Shift+Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = await download.path();
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.format, 'wirelab-exercises');
  assert.equal(saved.exercises['compress.adler32'].passed, true);
  assert.equal(saved.exercises['compress.adler32'].attempts, 1);

  await tabTo(page, '[data-testid="ex-reset"]');
  await page.keyboard.press('Enter');
  await expectAttr(page, 'ex-progress', 'data-passed', '0');
  await byTestId(page, 'ex-import').setInputFiles(file);
  await expectAttr(page, 'ex-progress', 'data-passed', '1');
  // A file that is not progress is refused, and nothing changes.
  await byTestId(page, 'ex-import').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "other"}') });
  await page.locator('.error-text').first().waitFor();
  await expectAttr(page, 'ex-progress', 'data-passed', '1');
  // Progress survives a reload (localStorage).
  await page.reload();
  await expectAttr(page, 'ex-progress', 'data-passed', '1');

  // The lab link opens the Serialize lab with the exercise's literal.
  await page.evaluate(() => { location.hash = '#/exercises?ex=serialize.memo'; });
  await page.waitForFunction(() => document.querySelector('[data-testid="ex-open"]')?.dataset.id === 'serialize.memo');
  await byTestId(page, 'ex-lab').click();
  await page.waitForFunction(() => location.hash.startsWith('#/serialize?'));
  await page.waitForFunction(() => document.querySelector('[data-testid="literal-input"]')?.value === "['ab', 'ab']");
  await expectClean(problems);
  await context.close();
});
