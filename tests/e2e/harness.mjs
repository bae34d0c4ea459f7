// The e2e harness: Debian's Chromium driven by playwright-core (no browser
// download), the built site served under a sub-path, and a watch on everything
// that must not happen: console errors, uncaught exceptions, CSP violations and
// requests that leave the origin.
//
// The data-testid contract with the UI: lang-toggle, theme-toggle, nav-serialize,
// nav-compress, nav-sockets, nav-tls, nav-exercises, nav-about, literal-input,
// literal-error, protocol-select (options "0".."5"), pickle-hex (data-hex),
// dis-listing, json-output, json-error, loads-input, loads-repr, loads-error, loads-use-above,
// loads-danger; every stepper (the kit's controls): stepper-reset, stepper-back,
// stepper-next, stepper-run (aria-disabled when they would change nothing),
// stepper-progress (data-shown, data-total); the Compress lab: compress-mode, compress-input,
// compress-level, compress-wbits, compress-hex (data-hex), compress-ratio, anatomy,
// anatomy-tokens, anatomy-check, anatomy-error, stream-input, stepper-wbits,
// stepper-chunks, stepper-max-length,
// stepper-step (data-eof, data-unused-hex, data-tail-hex, data-out-hex, data-out-len,
// data-tail-len; reading the bomb also data-total, data-held), stepper-python,
// stepper-error, stepper-found, exercise-load, bomb-load, bomb-result, bomb-watch
// (puts the stepper on the bomb, focus to stepper-max-length), bomb-download
// (bomb.zlib), stream-unbomb, stepper-bomb-intro, stepper-bomb-note; the TLS lab's
// Keys panel: key-bits (options "1024".."4096"), key-generate, key-cancel,
// key-progress (data-tried, data-tests, data-primes), key-result (data-n,
// data-e, data-d, data-p, data-q: lowercase big-endian hex), key-error; the Sockets
// lab: sock-program, sock-run, sock-output (data-stdout, data-error: the traceback's
// last line or empty), sock-example-<key> (gaierror, refused, timeout, bind, order,
// echo), sock-caught (data-matched, data-clause-line), sock-timeline, sock-stopped,
// sock-failed, sock-net, sock-hosts, sock-hosts-error, sock-hosts-reset; the key
// roles: role-message, role-flip-ciphertext, role-flip-signature (checkboxes),
// role-run, role-result (data-decrypted, empty when decryption failed;
// data-verified), role-error; the textbook-RSA toy: toy-p, toy-q, toy-e, toy-m,
// toy-result (data-n, data-d, data-c, data-back), toy-error; the Certificates
// panel: cert-host, cert-host-error, cert-make, cert-error, cert-clock (a range
// whose value is a Unix time), cert-verify (data-result: ok or the alert's RFC 5246
// name), cert-hash-computed, cert-hash-opened, cert-ca-pem and cert-server-pem
// (data-pem), cert-hex, cert-fields, cert-text, cert-bad-expired,
// cert-bad-not-yet-valid, cert-bad-wrong-host, cert-bad-unknown-ca,
// cert-bad-tampered, cert-bad-leaf-as-ca (data-result); the TLS lab's Handshake section: hs-suite (options: IANA suite names), hs-scenario
// (normal, tamper-record, mitm-certificate, expired-certificate, no-shared-suite,
// resumption), hs-seed, hs-fresh, hs-mode, the kit's stepper as hs-reset, hs-back,
// hs-next, hs-run, hs-progress (data-shown, data-total); hs-diagram, one hs-message
// per record shown (data-from client|server, data-type, data-hex: the record as sent),
// hs-inspect (data-type), hs-explain, hs-note, hs-hex, hs-fields, hs-secret
// (data-label, data-client, data-server: "true" once that side knows it), hs-record,
// hs-alert (data-alert: RFC 5246 name, data-from), hs-eve, hs-keylog (data-text),
// hs-pcap (downloads a .pcap), hs-error, hs-recompute-what (select: master_secret,
// client_write_key, client_verify_data, pre_master_secret (RSA key exchange),
// client_record_mac (the CBC suite)), hs-recompute-note (beside those two),
// hs-recompute-input, hs-recompute-result
// (data-result match|mismatch|invalid), "send your own message": hs-send-source
// (select: http, pickle, json), hs-send-compress (checkbox: zlib.compress first),
// hs-send-missing (nothing carried from Serialize; a link to it), hs-send-error,
// hs-send-lengths (data-plain, data-sent, data-record: the whole record's bytes),
// hs-send-plain (data-side client|server, data-hex: what that end wrote or read),
// hs-send-rejected (the server read nothing), hs-send-eve (data-record-len), the length leak: hs-leak-secret, hs-leak-guesses
// (one per line), hs-leak-compress (checkbox), hs-leak-run (nothing is computed before),
// hs-leak-row (data-guess,
// data-record-len, data-shortest "true" on the only shortest record), hs-leak-verdict
// (data-found: that guess, or empty), hs-leak-error, hs-tls12-flow and hs-tls13-flow
// (figures: data-arrows, data-round-trips); the Exercises
// page: ex-progress (data-passed, data-total), ex-export, ex-import (a file input),
// ex-reset, ex-list, ex-item (data-id, data-passed), ex-open (data-id: the open
// exercise), ex-prediction, ex-lab (the link to the lab in the exercise's state),
// ex-answer, ex-check, ex-result (data-result pass|fail, data-why: the Why key),
// ex-hint.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = process.env.WIRELAB_DIST ?? path.join(ROOT, 'dist');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

// As root Chromium needs --no-sandbox; the rest keep it off the closed network.
// playwright-core gives each launch a fresh, empty user-data-dir.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Every auto-wait of a test gives up after this long (never a fixed sleep). */
export const WAIT_MS = 20_000;

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves `root` (default: the built dist/) under /wirelab/. */
export function serveSite(root = DIST) {
  assert.ok(
    existsSync(path.join(root, 'index.html')),
    `${root}/index.html is missing: run \`trunk build --release\` first (scripts/test does)`,
  );
  return serve(root);
}

/**
 * Opens `url` in a fresh context and records what must not happen. Returns the
 * page, `problems()`, the list of recorded problems (empty when all is well), and
 * `requests()`, every URL the page and its workers asked for. The service worker
 * (sw.js) is blocked unless `serviceWorkers: 'allow'`: a page test sees what the page
 * itself fetches, not the offline cache filling in the background
 * (offline.test.mjs tests that).
 */
export async function openPage(browser, url, { serviceWorkers = 'block' } = {}) {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const seen = [];
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(msg.text())) {
      seen.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => seen.push(`uncaught: ${err.message}`));
  // Nothing may leave the origin: record it, and stop it before it goes out.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (/^https?:/.test(target) && new URL(target).origin !== origin) {
      seen.push(`off-origin request: ${target}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  await page.goto(url);
  const problems = async () => {
    const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    return [...seen, ...csp.map((v) => `CSP violation: ${v}`)];
  };
  return { page, context, problems, requests: () => [...requested] };
}

/** Waits until the Yew app has rendered into <body> and, on a lab with a bundle of its
 * own (src/ui/lazy), until that bundle has mounted the lab (or said it could not). */
export async function appReady(page) {
  await page.locator('[data-testid="nav-serialize"]').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="lab-loading"]'));
}

/**
 * Runs `action` while Chromium traces the page and returns the page's main-thread
 * tasks as `{ cpu, wall }` in ms. `cpu` is the thread's own time: what our code and the
 * page's style and layout cost, which a busy 2-core machine (the worker computing
 * beside it, the test runner) does not inflate the way it inflates `wall`, the
 * Long Tasks API's measure. The 50 ms rule is checked on `cpu`.
 */
export async function mainThreadTasks(browser, page, action) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelab-trace-'));
  const file = path.join(dir, 'trace.json');
  await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  try {
    await action();
  } finally {
    await browser.stopTracing();
  }
  try {
    const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
    const main = new Set(
      events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    return events
      .filter((e) => e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
      .map((e) => ({ cpu: Math.round(e.tdur / 1000), wall: Math.round(e.dur / 1000) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The element with `data-testid`. */
export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** What CPython says: runs `code` in python3 (the reference, 3.11) and returns stdout. */
export function python(code) {
  return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).replace(/\n$/, '');
}

/**
 * Registers before/after hooks that serve dist/ and launch Chromium once for a
 * test file; returns a function opening the lab (`#/route`) ready to use.
 */
export function useSite() {
  let browser;
  let server;
  before(async () => {
    server = await serveSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: () => server.url,
    browser: () => browser,
    open: async (hash = '') => {
      const opened = await openPage(browser, server.url + hash);
      await appReady(opened.page);
      return opened;
    },
  };
}

/** Waits until `attr` of the element with `testid` equals `expected`; asserts it. */
export async function expectAttr(page, testid, attr, expected) {
  const sel = `[data-testid="${testid}"]`;
  await page
    .waitForFunction(([s, a, e]) => document.querySelector(s)?.getAttribute(a) === e, [sel, attr, expected])
    .catch(() => {});
  const actual = await page.evaluate(([s, a]) => document.querySelector(s)?.getAttribute(a), [sel, attr]);
  assert.equal(actual, expected, `${testid} ${attr}`);
}

/** Waits until the text of the element with `testid` contains `expected`; asserts it. */
export async function expectText(page, testid, expected) {
  const sel = `[data-testid="${testid}"]`;
  await page
    .waitForFunction(([s, e]) => document.querySelector(s)?.textContent.includes(e), [sel, expected])
    .catch(() => {});
  const actual = await page.evaluate((s) => document.querySelector(s)?.textContent ?? '(absent)', sel);
  assert.ok(actual.includes(expected), `${testid}: expected to contain ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Asserts the page recorded no console error, exception, CSP violation or off-origin request. */
export async function expectClean(problems) {
  assert.deepEqual(await problems(), []);
}

/**
 * Runs the stepper on the page to its end, once the session (traced in the Web
 * Worker) has arrived: waits for its calls, presses Run to end, waits for the last.
 */
export async function runStepper(page) {
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="stepper-progress"]')?.dataset.total) > 0);
  await page.locator('[data-testid="stepper-run"]').click();
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid="stepper-progress"]');
    return p && p.dataset.total !== '0' && p.dataset.shown === p.dataset.total;
  });
}
