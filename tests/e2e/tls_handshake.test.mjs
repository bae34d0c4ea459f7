// The TLS page's Handshake section: a full handshake by keyboard alone (and the
// moment kept in the URL across a reload), the Finished message opened, every
// scenario's alert as OpenSSL sends it, and the downloaded pcap decrypted by tshark
// with the page's NSS key log.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, mainThreadTasks, useSite } from './harness.mjs';

const site = useSite();

const progress = (page) =>
  page.evaluate(() => {
    const p = document.querySelector('[data-testid="hs-progress"]');
    return p ? [Number(p.dataset.shown), Number(p.dataset.total)] : null;
  });

/** Presses Tab until the focused element satisfies `pred` (keyboard only). */
async function tabUntil(page, pred, what) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(pred)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

const RSA_FLOW = [
  ['client', 'ClientHello'], ['server', 'ServerHello'], ['server', 'Certificate'],
  ['server', 'ServerHelloDone'], ['client', 'ClientKeyExchange'], ['client', 'ChangeCipherSpec'],
  ['client', 'Finished'], ['server', 'ChangeCipherSpec'], ['server', 'Finished'],
  ['client', 'ApplicationData'], ['server', 'ApplicationData'], ['client', 'Alert'], ['server', 'Alert'],
];

test('a full handshake by keyboard alone; Finished opened; a reload returns to the same step', async () => {
  const { page, problems } = await site.open('#/tls');
  await tabUntil(page, () => document.activeElement?.dataset.testid === 'hs-next', 'hs-next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="hs-progress"]')?.dataset.total) > 1);
  assert.deepEqual(await progress(page), [1, RSA_FLOW.length]);
  // The arrow keys on the stepper's group step on, one record at a time.
  for (let shown = 2; shown <= RSA_FLOW.length; shown++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="hs-message"]').length === n, shown);
  }
  const flow = await page.$$eval('[data-testid="hs-message"]', (els) => els.map((e) => [e.dataset.from, e.dataset.type]));
  assert.deepEqual(flow, RSA_FLOW);
  // Each arrow carries its record as sent: a TLS 1.2 header whose length is the rest.
  for (const hex of await page.$$eval('[data-testid="hs-message"]', (els) => els.map((e) => e.dataset.hex))) {
    assert.match(hex, /^(14|15|16|17)0303[0-9a-f]{4}/);
    assert.equal(hex.length / 2 - 5, parseInt(hex.slice(6, 10), 16));
  }
  await expectAttr(page, 'hs-alert', 'data-alert', 'close_notify');
  // The key schedule: every secret known to both sides by now.
  const secrets = await page.$$eval('[data-testid="hs-secret"]', (els) => els.map((e) => [e.dataset.label, e.dataset.client, e.dataset.server]));
  assert.ok(secrets.some(([l]) => l === 'master_secret'));
  assert.ok(secrets.every(([, c, s]) => c === 'true' && s === 'true'), JSON.stringify(secrets));

  // Tab to the client's Finished arrow and open it with Enter.
  await tabUntil(page, () => {
    const a = document.activeElement;
    return a?.dataset.testid === 'hs-message' && a.dataset.type === 'Finished' && a.dataset.from === 'client';
  }, 'the client Finished arrow');
  await page.keyboard.press('Enter');
  await expectAttr(page, 'hs-inspect', 'data-type', 'Finished');
  const inspected = await byTestId(page, 'hs-inspect').textContent();
  assert.match(inspected, /verify_data/);
  assert.match(inspected, /nonce_explicit/);
  assert.equal(await byTestId(page, 'hs-note').count(), 0, 'Finished has no course-note correction');

  // The moment is in the URL: a reload comes back to the last step.
  assert.match(page.url(), /hs_step=13/);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 13);
  assert.deepEqual(await progress(page), [13, 13]);
  await expectClean(problems);
});

const ALERTS = {
  normal: ['close_notify', 'client'],
  'tamper-record': ['bad_record_mac', 'server'],
  'mitm-certificate': ['unknown_ca', 'client'],
  'expired-certificate': ['certificate_expired', 'client'],
  'no-shared-suite': ['handshake_failure', 'server'],
  resumption: ['close_notify', 'client'],
};

test("every scenario ends with OpenSSL's alert, for every suite", async () => {
  const { page, problems } = await site.open('#/tls');
  const suites = await byTestId(page, 'hs-suite').locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(suites, [
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  ]);
  const scenarios = await byTestId(page, 'hs-scenario').locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(scenarios, Object.keys(ALERTS));
  for (const suite of suites) {
    await byTestId(page, 'hs-suite').selectOption(suite);
    for (const [scenario, [alert, from]] of Object.entries(ALERTS)) {
      await byTestId(page, 'hs-scenario').selectOption(scenario);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 0);
      await byTestId(page, 'hs-run').click();
      await expectAttr(page, 'hs-alert', 'data-alert', alert);
      await expectAttr(page, 'hs-alert', 'data-from', from);
      const types = await page.$$eval('[data-testid="hs-message"]', (els) => els.map((e) => e.dataset.type));
      if (suite.includes('ECDHE') && scenario === 'normal') assert.ok(types.includes('ServerKeyExchange'));
      if (scenario === 'resumption') assert.equal(types.filter((t) => t === 'ClientHello').length, 2);
    }
  }
  await expectClean(problems);
});

test('the downloaded pcap decrypts in tshark with the key log; the page never freezes', async () => {
  const { page, problems } = await site.open('#/tls');
  await byTestId(page, 'hs-suite').selectOption('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
  // The session is made in the worker; the page only draws it: no main-thread task
  // over 50 ms from the click to the last record on the page. Run to end plays a record
  // per frame (kit::use_paced), the section's panels a frame apart: drawn in one task,
  // a whole session took 50-61 ms here.
  // Two frames: whatever opening the lab started has finished.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const tasks = await mainThreadTasks(site.browser(), page, async () => {
    await byTestId(page, 'hs-run').click();
    await expectAttr(page, 'hs-alert', 'data-alert', 'close_notify');
    await page.waitForSelector('[data-testid="hs-recompute-what"]');
  });
  assert.ok(tasks.length > 10, `the trace saw the drawing (${tasks.length} tasks)`);
  const long = tasks.filter((t) => t.cpu > 50);
  assert.deepEqual(long, [], 'no main-thread task over 50 ms while the handshake is made and drawn');
  const keylog = await byTestId(page, 'hs-keylog').getAttribute('data-text');
  assert.match(keylog, /^CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}\n$/);
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'hs-pcap').click()]);
  assert.match(download.suggestedFilename(), /\.pcap$/);
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelab-hs-'));
  try {
    const pcap = path.join(dir, 'session.pcap');
    await download.saveAs(pcap);
    assert.equal(readFileSync(pcap).readUInt32LE(0), 0xa1b2c3d4, 'a pcap file');
    writeFileSync(path.join(dir, 'keylog.txt'), keylog);
    const follow = execFileSync('tshark', [
      '-r', pcap, '-o', `tls.keylog_file:${path.join(dir, 'keylog.txt')}`, '-q', '-z', 'follow,tls,ascii,0',
    ], { encoding: 'utf8' });
    assert.match(follow, /GET \/ HTTP\/1\.1/);
    assert.match(follow, /HTTP\/1\.1 200 OK/);
    // Without the key log tshark sees only ciphertext.
    const blind = execFileSync('tshark', ['-r', pcap, '-q', '-z', 'follow,tls,ascii,0'], { encoding: 'utf8' });
    assert.doesNotMatch(blind, /GET \/ HTTP/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await expectClean(problems);
});

test('seeded replay repeats the bytes; fresh random mode does not', async () => {
  const { page, problems } = await site.open('#/tls');
  const hello = () => page.locator('[data-testid="hs-message"]').first().getAttribute('data-hex');
  const runOnce = async () => {
    if ((await byTestId(page, 'hs-reset').getAttribute('aria-disabled')) !== 'true') await byTestId(page, 'hs-reset').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 0);
    await byTestId(page, 'hs-next').click();
    await page.locator('[data-testid="hs-message"]').first().waitFor({ state: 'attached' });
    return hello();
  };
  await byTestId(page, 'hs-next').click();
  await page.locator('[data-testid="hs-message"]').first().waitFor({ state: 'attached' });
  const seeded = await hello();
  await byTestId(page, 'hs-seed').fill('7');
  await byTestId(page, 'hs-seed').press('Enter');
  await byTestId(page, 'hs-seed').blur();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 0);
  const seven = await runOnce();
  assert.notEqual(seven, seeded, 'another seed, another ClientHello random');
  await byTestId(page, 'hs-seed').fill('2026');
  await byTestId(page, 'hs-seed').blur();
  // The new seed has taken (it resets the session) before Reset or Next is pressed.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 0);
  assert.equal(await runOnce(), seeded, 'the same seed, the same bytes');
  await byTestId(page, 'hs-fresh').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="hs-message"]').length === 0);
  await byTestId(page, 'hs-next').click();
  await page.locator('[data-testid="hs-message"]').first().waitFor({ state: 'attached' });
  assert.notEqual(await hello(), seeded, 'fresh randomness');
  await expectClean(problems);
});

test('recompute it yourself: the master secret from the key log matches, a wrong one does not', async () => {
  const { page, problems } = await site.open('#/tls');
  await byTestId(page, 'hs-run').click();
  await page.waitForSelector('[data-testid="hs-recompute-input"]');
  const keylog = await byTestId(page, 'hs-keylog').getAttribute('data-text');
  const [, , master] = keylog.trim().split('\n')[0].split(' ');
  assert.equal(master.length, 96);
  // The page's key schedule shows the same value (no spoiler: both are on the page).
  const row = await page.$eval('[data-testid="hs-secret"][data-label="master_secret"] td', (td) => td.textContent);
  assert.equal(row, master);
  assert.equal(await byTestId(page, 'hs-recompute-what').inputValue(), 'master_secret');
  assert.match(await page.locator('pre:has(code)').filter({ hasText: 'master secret' }).first().textContent(), /hmac\.new/);
  await byTestId(page, 'hs-recompute-input').fill(master.toUpperCase());
  await expectAttr(page, 'hs-recompute-result', 'data-result', 'match');
  const wrong = master.slice(0, -1) + (master.endsWith('0') ? '1' : '0');
  await byTestId(page, 'hs-recompute-input').fill(wrong);
  await expectAttr(page, 'hs-recompute-result', 'data-result', 'mismatch');
  await byTestId(page, 'hs-recompute-input').fill('zz');
  await expectAttr(page, 'hs-recompute-result', 'data-result', 'invalid');
  // Another value: the client's verify_data is not the master secret.
  await byTestId(page, 'hs-recompute-what').selectOption('client_verify_data');
  await byTestId(page, 'hs-recompute-input').fill(master);
  await expectAttr(page, 'hs-recompute-result', 'data-result', 'mismatch');
  await expectClean(problems);
});

test('the length leak: compressed, the right guess alone has the shortest record; uncompressed, all are equal', async () => {
  const { page, problems } = await site.open('#/tls');
  // Nothing is sent (and no worker fetched) before the learner asks.
  assert.equal(await byTestId(page, 'hs-leak-row').count(), 0);
  await byTestId(page, 'hs-leak-run').click();
  const rows = () => page.$$eval('[data-testid="hs-leak-row"]', (els) => els.map((e) => [e.dataset.guess, Number(e.dataset.recordLen), e.dataset.shortest]));
  await expectAttr(page, 'hs-leak-verdict', 'data-found', 'token=7391');
  const secret = await byTestId(page, 'hs-leak-secret').inputValue();
  const on = await rows();
  assert.equal(on.length, 5);
  const right = on.find(([g]) => g === secret);
  assert.equal(right[2], 'true');
  for (const [g, len] of on) if (g !== secret) assert.ok(len > right[1], `${g}: ${len} vs ${right[1]}`);
  // Another secret: the leak follows it.
  await byTestId(page, 'hs-leak-secret').fill('token=4817');
  await expectAttr(page, 'hs-leak-verdict', 'data-found', 'token=4817');
  // Compression off: every record is the same length, and nothing is found.
  await byTestId(page, 'hs-leak-compress').uncheck();
  await expectAttr(page, 'hs-leak-verdict', 'data-found', '');
  const off = await rows();
  assert.equal(new Set(off.map(([, len]) => len)).size, 1, JSON.stringify(off));
  assert.ok(off.every(([, , s]) => s === 'false'));
  await expectClean(problems);
});

test('TLS 1.3 beside TLS 1.2: one round trip against two, the certificate encrypted', async () => {
  const { page, problems } = await site.open('#/tls');
  await expectAttr(page, 'hs-tls13-flow', 'data-round-trips', '1');
  await expectAttr(page, 'hs-tls12-flow', 'data-round-trips', '2');
  const tls13 = await byTestId(page, 'hs-tls13-flow').textContent();
  assert.match(tls13, /\{Certificate\}/);
  assert.match(tls13, /\{CertificateVerify\}/);
  assert.equal(await page.locator('[data-testid="hs-tls13-flow"] svg .arrow').count(), 8);
  assert.equal(await page.locator('[data-testid="hs-tls13-flow"] svg .arrow.encrypted').count(), 6);
  await expectClean(problems);
});

test('opening the TLS lab never freezes the page: its sections come a frame apart', async () => {
  const { page, problems } = await site.open('#/');
  // The lab's bundle is fetched, compiled off the main thread, started, mounted a frame
  // later, and its sections drawn one per frame (kit::use_staged): no task over 50 ms
  // (in one task it took 80-140 ms).
  const tasks = await mainThreadTasks(site.browser(), page, async () => {
    await byTestId(page, 'nav-tls').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="hs-tls13-flow"]') && !document.querySelector('[data-testid="lab-loading"]'),
    );
  });
  assert.ok(tasks.length > 4, `the trace saw the lab open (${tasks.length} tasks)`);
  const long = tasks.filter((t) => t.cpu > 50);
  assert.deepEqual(long, [], 'no main-thread task over 50 ms while the TLS lab opens');
  await expectClean(problems);
});
