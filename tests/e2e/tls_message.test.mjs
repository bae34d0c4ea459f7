// "Send your own message" in the TLS lab: the Serialize lab's value travels as the
// client's application data, as CPython's pickle (or JSON) and, compressed first, as
// CPython's zlib.compress of it; the record Eve sees is the message plus the suite's
// overhead; without a carried value the page says so and links to Serialize.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, python, useSite } from './harness.mjs';

const site = useSite();

const LITERAL = "{'msg': 'hello hello hello hello', 'n': [1, 2, 3], 'ok': True}";

/** Runs the session to its end and returns the client's application_data record (hex). */
async function runSession(page) {
  await byTestId(page, 'hs-run').click();
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid="hs-progress"]');
    return p && Number(p.dataset.total) > 1 && p.dataset.shown === p.dataset.total;
  });
  return page.$eval('[data-testid="hs-message"][data-from="client"][data-type="ApplicationData"]', (e) => e.dataset.hex);
}

const plain = (page, side) =>
  page.$eval(`[data-testid="hs-send-plain"][data-side="${side}"]`, (e) => e.dataset.hex);

test('the Serialize lab pickle, then zlib.compress of it, is the client record, as CPython makes them', async () => {
  const { page, problems } = await site.open('#/serialize');
  await byTestId(page, 'literal-input').fill(LITERAL);
  await byTestId(page, 'protocol-select').selectOption('4');
  const pickle = python(`import pickle; print(pickle.dumps(${LITERAL}, 4).hex())`);
  await expectAttr(page, 'pickle-hex', 'data-hex', pickle);
  await byTestId(page, 'nav-tls').click();
  assert.equal(await byTestId(page, 'hs-send-source').inputValue(), 'http');
  await byTestId(page, 'hs-send-source').selectOption('pickle');
  const len = pickle.length / 2;
  await expectAttr(page, 'hs-send-lengths', 'data-sent', String(len));
  // The default suite is AES-GCM: header 5 + explicit nonce 8 + message + tag 16.
  await expectAttr(page, 'hs-send-lengths', 'data-record', String(5 + 8 + len + 16));
  const record = await runSession(page);
  assert.equal(record.length / 2, 5 + 8 + len + 16);
  assert.equal(await plain(page, 'client'), pickle);
  assert.equal(await plain(page, 'server'), pickle);
  await expectAttr(page, 'hs-send-eve', 'data-record-len', String(record.length / 2));
  assert.match(page.url(), /hs_send=pickle/);

  // Compressed first (zlib.compress(payload), then sendall): CPython's bytes.
  await byTestId(page, 'hs-send-compress').check();
  const zipped = python(`import pickle, zlib; print(zlib.compress(pickle.dumps(${LITERAL}, 4)).hex())`);
  await expectAttr(page, 'hs-send-lengths', 'data-sent', String(zipped.length / 2));
  await expectAttr(page, 'hs-send-lengths', 'data-plain', String(len));
  const zrecord = await runSession(page);
  assert.equal(zrecord.length / 2, 5 + 8 + zipped.length / 2 + 16);
  assert.equal(await plain(page, 'client'), zipped);
  assert.equal(await plain(page, 'server'), zipped);
  assert.match(page.url(), /hs_zlib=true/);

  // The JSON, uncompressed: json.dumps(value).encode().
  await byTestId(page, 'hs-send-compress').uncheck();
  await byTestId(page, 'hs-send-source').selectOption('json');
  const json = python(`import json; print(json.dumps(${LITERAL}).encode().hex())`);
  await runSession(page);
  assert.equal(await plain(page, 'client'), json);
  await expectClean(problems);
});

test('without a value from the Serialize lab, pickle says so and links there; HTTP still runs', async () => {
  const { page, problems } = await site.open('#/tls');
  await byTestId(page, 'hs-send-source').selectOption('pickle');
  const missing = byTestId(page, 'hs-send-missing');
  await missing.waitFor();
  assert.match(await missing.locator('a').getAttribute('href'), /#\/serialize$/);
  await byTestId(page, 'hs-send-source').selectOption('http');
  await runSession(page);
  const http = Buffer.from('GET / HTTP/1.1\r\nHost: wirelab.test\r\n\r\n').toString('hex');
  assert.equal(await plain(page, 'client'), http);
  await expectClean(problems);
});

test('recompute: python3 opens the pre-master secret and makes the CBC record MAC from the page', async () => {
  const { page, problems } = await site.open('#/tls');
  await byTestId(page, 'hs-suite').selectOption('TLS_RSA_WITH_AES_128_CBC_SHA256');
  await runSession(page);
  const options = await page.$$eval('[data-testid="hs-recompute-what"] option', (els) => els.map((e) => e.value));
  assert.deepEqual(options, ['master_secret', 'client_write_key', 'client_verify_data', 'pre_master_secret', 'client_record_mac']);
  const pms = await page.$eval('[data-testid="hs-secret"][data-label="pre_master_secret"] td', (td) => td.textContent);
  for (const [what, marker, want] of [['pre_master_secret', 'pow(', pms], ['client_record_mac', 'hmac.new', null]]) {
    await byTestId(page, 'hs-recompute-what').selectOption(what);
    await byTestId(page, 'hs-recompute-note').waitFor();
    const code = await page.locator('pre:has(code)').filter({ hasText: marker }).first().textContent();
    const printed = python(code);
    if (want) assert.equal(printed, want);
    await byTestId(page, 'hs-recompute-input').fill(printed);
    await expectAttr(page, 'hs-recompute-result', 'data-result', 'match');
    await byTestId(page, 'hs-recompute-input').fill(printed.slice(0, -1) + (printed.endsWith('0') ? '1' : '0'));
    await expectAttr(page, 'hs-recompute-result', 'data-result', 'mismatch');
  }
  await expectClean(problems);
});
