// The Keys panel beyond the key: the key's two roles run in the Web Worker with the
// generated key (encrypt/decrypt, sign/verify, a flipped bit breaks each), and the
// textbook-RSA toy (Wikipedia's worked example: 65^17 mod 3233 = 2790, back to 65).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, useSite, WAIT_MS } from './harness.mjs';

const site = useSite();

test('the generated key encrypts, decrypts, signs and verifies; a flipped bit breaks each', async () => {
  const { page, context, problems } = await site.open('#/tls');
  await byTestId(page, 'key-bits').selectOption('1024');
  await byTestId(page, 'key-generate').click();
  await byTestId(page, 'key-result').waitFor({ state: 'visible', timeout: 6 * WAIT_MS });
  await byTestId(page, 'role-message').fill('meet me at noon');
  await byTestId(page, 'role-run').click();
  await expectAttr(page, 'role-result', 'data-decrypted', 'meet me at noon');
  await expectAttr(page, 'role-result', 'data-verified', 'true');
  await byTestId(page, 'role-flip-ciphertext').check();
  await expectAttr(page, 'role-result', 'data-decrypted', '');
  await expectAttr(page, 'role-result', 'data-verified', 'true');
  await byTestId(page, 'role-flip-ciphertext').uncheck();
  await byTestId(page, 'role-flip-signature').check();
  await expectAttr(page, 'role-result', 'data-verified', 'false');
  await expectAttr(page, 'role-result', 'data-decrypted', 'meet me at noon');
  await expectClean(problems);
  await context.close();
});

test('textbook RSA: c = m^e mod n step by step, and bad numbers are refused', async () => {
  const { page, context, problems } = await site.open('#/tls');
  await expectAttr(page, 'toy-result', 'data-n', '3233');
  await expectAttr(page, 'toy-result', 'data-d', '2753');
  await expectAttr(page, 'toy-result', 'data-c', '2790');
  await expectAttr(page, 'toy-result', 'data-back', '65');
  assert.equal(await byTestId(page, 'toy-result').locator('tr').count(), 1 + 5, 'a row per bit of 17 = 0b10001');
  await byTestId(page, 'toy-p').fill('60');
  await byTestId(page, 'toy-error').waitFor({ state: 'visible' });
  assert.match(await byTestId(page, 'toy-error').textContent(), /60 is not a prime/);
  await byTestId(page, 'toy-p').fill('61');
  await byTestId(page, 'toy-m').fill('4000');
  assert.match(await byTestId(page, 'toy-error').textContent(), /smaller than n = 3233/);
  await expectClean(problems);
  await context.close();
});
