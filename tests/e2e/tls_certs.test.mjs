// The TLS page's Certificates panel: a CA and a server certificate made in the Web
// Worker for the host typed, verified `ok`; the clock dragged past Not After gives
// certificate_expired and back before Not Before bad_certificate; another host name
// bad_certificate; the PEMs the page shows pass `openssl verify`; the gallery's bad
// certificates each earn their alert. Every wait is on DOM state, never a sleep.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, useSite, WAIT_MS } from './harness.mjs';

const site = useSite();
const HOST = 'shop.wirelab.example';

/** Runs `openssl verify ARGS` in `dir`: [success, what it printed]. */
function opensslVerify(dir, args) {
  try {
    return [true, execFileSync('openssl', ['verify', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' })];
  } catch (e) {
    return [false, `${e.stdout}${e.stderr}`];
  }
}

test('a certificate made for a host verifies, expires on the clock, and passes openssl verify', async () => {
  const { page, context, problems } = await site.open('#/tls');
  await byTestId(page, 'cert-host').fill(HOST);
  await byTestId(page, 'cert-make').click();
  await byTestId(page, 'cert-verify').waitFor({ state: 'visible', timeout: 6 * WAIT_MS });
  await expectAttr(page, 'cert-verify', 'data-result', 'ok');
  // The signature step shows the two hashes, and they agree.
  const computed = await byTestId(page, 'cert-hash-computed').textContent();
  assert.match(computed, /^[0-9a-f]{64}$/);
  assert.equal(await byTestId(page, 'cert-hash-opened').textContent(), computed);

  // The PEMs the page shows pass openssl verify, for this host, at this time.
  const caPem = await byTestId(page, 'cert-ca-pem').getAttribute('data-pem');
  const serverPem = await byTestId(page, 'cert-server-pem').getAttribute('data-pem');
  assert.match(caPem, /^-----BEGIN CERTIFICATE-----\n/);
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelab-certs-'));
  writeFileSync(path.join(dir, 'ca.pem'), caPem);
  writeFileSync(path.join(dir, 'server.pem'), serverPem);
  const [ok, said] = opensslVerify(dir, ['-verify_hostname', HOST, '-CAfile', 'ca.pem', 'server.pem']);
  assert.ok(ok, said);
  assert.match(said, /server\.pem: OK/);
  const [wrongOk, wrongSaid] = opensslVerify(dir, ['-verify_hostname', 'evil.example', '-CAfile', 'ca.pem', 'server.pem']);
  assert.ok(!wrongOk, 'openssl refuses another host name');
  assert.match(wrongSaid, /hostname mismatch/);

  // The clock: dragged to its end, past Not After: expired. To its start, before Not Before.
  const clock = byTestId(page, 'cert-clock');
  assert.equal(await clock.getAttribute('type'), 'range');
  const [min, max, value] = await Promise.all(['min', 'max', 'value'].map((a) => clock.evaluate((e, a) => Number(e[a]), a)));
  assert.ok(min < value && value < max, 'the clock starts at the time of making');
  const box = await clock.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expectAttr(page, 'cert-verify', 'data-result', 'certificate_expired');
  assert.equal(await clock.evaluate((e) => Number(e.value)), max);
  await clock.focus();
  await page.keyboard.press('Home');
  await expectAttr(page, 'cert-verify', 'data-result', 'bad_certificate');
  // openssl agrees at those times.
  assert.match(opensslVerify(dir, ['-attime', String(max), '-CAfile', 'ca.pem', 'server.pem'])[1], /certificate has expired/);
  assert.match(opensslVerify(dir, ['-attime', String(min), '-CAfile', 'ca.pem', 'server.pem'])[1], /certificate is not yet valid/);
  await clock.fill(String(value));
  await expectAttr(page, 'cert-verify', 'data-result', 'ok');

  // Another host name typed: the same certificate is for another name.
  await byTestId(page, 'cert-host').fill('evil.example');
  await expectAttr(page, 'cert-verify', 'data-result', 'bad_certificate');
  await byTestId(page, 'cert-host').fill(HOST);
  await expectAttr(page, 'cert-verify', 'data-result', 'ok');

  // The gallery: each bad certificate and the alert OpenSSL's client sends for it.
  const gallery = {
    expired: 'certificate_expired',
    'not-yet-valid': 'bad_certificate',
    'wrong-host': 'bad_certificate',
    'unknown-ca': 'unknown_ca',
    tampered: 'decrypt_error',
    'leaf-as-ca': 'unknown_ca',
  };
  for (const [slug, alert] of Object.entries(gallery)) {
    assert.equal(await byTestId(page, `cert-bad-${slug}`).getAttribute('data-result'), alert, slug);
  }

  // The field list lights up the subject's bytes.
  await page.locator('[data-testid="cert-fields"] [role="option"]', { hasText: `subject CN = ${HOST}` }).click();
  assert.ok((await page.locator('[data-testid="cert-hex"] .b.lit').count()) > HOST.length);
  await expectClean(problems);
  await context.close();
});

test('a host name a certificate cannot hold is refused before anything is made', async () => {
  const { page, context, problems } = await site.open('#/tls');
  await byTestId(page, 'cert-host').fill('my shop');
  await byTestId(page, 'cert-host-error').waitFor({ state: 'visible' });
  assert.match(await byTestId(page, 'cert-host-error').textContent(), /not ' '/);
  assert.equal(await byTestId(page, 'cert-make').isEnabled(), false);
  await byTestId(page, 'cert-host').fill('my-shop.example');
  await byTestId(page, 'cert-host-error').waitFor({ state: 'detached' });
  assert.equal(await byTestId(page, 'cert-make').isEnabled(), true);
  await expectClean(problems);
  await context.close();
});
