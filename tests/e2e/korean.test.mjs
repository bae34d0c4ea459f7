// Every page read in Korean: no English prose outside code and Python's output.
// The test switches to Korean, visits every route, reveals what it can (literals
// that fail in each way, the loads panel, the compress stepper, a gzip anatomy,
// every button), and reads each text node and accessible text not inside code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, useSite } from './harness.mjs';

const site = useSite();

/** Routes, and what to type where to reveal each page's outputs. */
const ROUTES = {
  '#/': [],
  '#/serialize': [
    // Every way JSON loses something (JsonLoss), then every kind of error.
    ['literal-input', "{'a': (1, 2.5, None), 1: 'k', 2.5: 'f', True: 'b', None: 'n', 'big': 12345678901234567890, 'inf': 1e400}"],
    ['literal-input', "{'b': b'x', 's': {1, 2}, 'f': frozenset({1})}"],
    ['literal-input', "{(1, 2): 3}"],
    ['literal-input', '[1, 2'],
    ['literal-input', '[1 2]'],
    ['literal-input', "float('inf')"],
    ['literal-input', 'x'],
    ['literal-input', "'a' + 'b'"],
    ['literal-input', "f'{x}'"],
    ['literal-input', '1j'],
    ['literal-input', '{[]: 1}'],
    ['literal-input', "int('x')"],
    ['literal-input', "[1, 'two', (3.0, None), {'k': b'v'}]"],
    ['loads-input', '80 04 zz'],
    ['loads-input', '80 04 95'],
    ['loads-input', "8004950b000000000000008c016194"],
  ],
  '#/compress': [
    ['compress-input', 'hello hello hello hello'],
    ['compress-mode', 'hex'],
    ['compress-input', '00 zz'],
    ['compress-mode', 'text'],
    ['stream-input', '1f8b0800000000000003'],
    ['stream-input', '78 9c 4b 4c 4a 06 00'],
    ['stream-input', '78 9c ff'],
    ['stream-input', 'zz'],
    ['stepper-chunks', '8,x'],
    ['stepper-max-length', '-1'],
  ],
  '#/sockets': [
    ['sock-program', "import socket\ndef f():\n    pass\n"],
    ['sock-hosts', '10.0.0.2 server.lab\n10.0.0 bad.lab\n'],
    ['sock-hosts', '10.0.0.2\n'],
    ['sock-hosts', '10.0.0.2 server.lab\n'],
  ],
  '#/tls': [['cert-host', 'my shop'], ['cert-host', 'wirelab.example'], ['toy-p', '60'], ['toy-p', ''], ['toy-p', '61']],
  '#/exercises': [],
  // One exercise per track, with answers that fail in telling ways (then every
  // button: the check, a hint).
  '#/exercises?ex=serialize.protocol0-text': [
    ['ex-prediction', '80'],
    ['ex-answer', '8004950b000000000000005d94288c0161944b01652e'],
  ],
  '#/exercises?ex=compress.second-message': [['ex-answer', '2e789c4bcb492c0100041601a8']],
  '#/exercises?ex=sockets.addr-in-use': [],
  '#/exercises?ex=tls.reject-cert': [['ex-answer', 'cert = other.pem']],
  '#/exercises?ex=serialize.memo': [['ex-answer', "['ab', 'ab']"]],
  '#/about': [],
  '#/no-such-page': [],
};

/** A gzip member with FNAME, MTIME, XFL, OS set: every header field's meaning. */
const GZIP_HEX =
  '1f8b080800f1536502ff68656c6c6f2e74787400f348cdc9c9d751c840a21401aceb2ee414000000';

/** Buttons that are not the page's content (toggles, nav) or leave the page. */
const SKIP_BUTTON = /toggle|nav-|copy|download/;

/** Finds English prose in the page, in its language's reading order. */
function englishRuns() {
  const SKIP = 'code, pre, kbd, samp, script, style, noscript, textarea, [translate="no"], .code, [lang="en"]';
  // Names a Korean course keeps in English (docs/GLOSSARY.md), and Python's.
  const KEEP = new Set(
    ('wirelab pickle pickles pickletools json zlib gzip deflate tls ssl mac python cpython rust yew ' +
      'trunk webassembly wasm javascript unix macintosh chromium openssl wireshark github ' +
      'adler crc huffman none true false int float str bytes bytearray list tuple dict set frozenset ' +
      'bool complex object').split(' '),
  );
  const PHRASES = [/\bNot (Before|After)\b/g];
  const english = (word) => {
    const w = word.replace(/^[\s"'“”‘’«»(\[{<…,.:;!?-]+|[\s"'“”‘’«»)\]}>…,.:;!?-]+$/g, '');
    if (!/^[A-Za-z][a-z]+$/.test(w)) return false; // code, numbers, Hangul, acronyms
    return !KEEP.has(w.toLowerCase());
  };
  const runs = [];
  const check = (text, where) => {
    let t = text;
    for (const p of PHRASES) t = t.replace(p, ' ');
    const words = t.split(/\s+/).filter(Boolean);
    let run = [];
    for (const w of [...words, '']) {
      if (w && english(w)) run.push(w);
      else {
        if (run.length >= 2) runs.push(`${where}: "${run.join(' ')}" in ${JSON.stringify(text.trim().slice(0, 120))}`);
        run = [];
      }
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(SKIP)) continue;
    check(n.textContent, el.tagName.toLowerCase());
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (el.closest(SKIP)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v) check(v, `${el.tagName.toLowerCase()}[${a}]`);
    }
  }
  check(document.title, 'title');
  return runs;
}

async function toKorean(page) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'ko') {
    await byTestId(page, 'lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
  }
}

/** Types `value` into the element with `testid` (a select is selected), if present. */
async function enter(page, testid, value) {
  const el = byTestId(page, testid).first();
  if ((await el.count()) === 0 || !(await el.isEnabled().catch(() => false))) return false;
  const tag = await el.evaluate((e) => e.tagName);
  if (tag === 'SELECT') await el.selectOption(value).catch(() => {});
  else await el.fill(value);
  return true;
}

/** Clicks each enabled content button once (re-reading the list after each click). */
async function clickEveryButton(page, read) {
  const seen = new Set();
  for (let round = 0; round < 60; round++) {
    const buttons = page.locator('main button:not([disabled]):not([aria-disabled="true"])');
    const count = await buttons.count();
    let clicked = false;
    for (let i = 0; i < count; i++) {
      const b = buttons.nth(i);
      const key = `${await b.getAttribute('data-testid')}|${(await b.textContent()).trim()}`;
      if (seen.has(key) || SKIP_BUTTON.test(key) || !(await b.isVisible())) continue;
      seen.add(key);
      if (!(await b.click({ timeout: 2_000 }).then(() => true, () => false))) continue;
      await read(`button ${key}`);
      clicked = true;
      break;
    }
    if (!clicked) return;
  }
}

test('the detector finds English prose and skips code, Python output and kept names', async () => {
  const { page, context } = await site.open();
  await toKorean(page);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="planted"><p>이것은 this is english prose 입니다</p><code>code is never prose</code>
       <pre>zlib.error: Error -3 while decompressing data</pre><p lang="en">English quoted on purpose</p>
       <p>pickle.dumps는 JSON과 zlib, TLS 1.2를 씁니다: int, float, str</p>
       <button aria-label="Close the panel">x</button></div>`,
    );
  });
  const runs = await page.evaluate(englishRuns);
  assert.deepEqual(runs.map((r) => r.split(': ')[1].split(' in ')[0]), ['"this is english prose"', '"Close the panel"']);
  await context.close();
});

test('every page in Korean shows no English prose outside code and Python output', async () => {
  const { page, context } = await site.open();
  await toKorean(page);
  const found = new Set();
  const states = [];
  for (const [route, inputs] of Object.entries(ROUTES)) {
    await page.evaluate((h) => { location.hash = h; }, route);
    await page.waitForFunction((h) => location.hash === h || location.hash.startsWith(`${h}?`), route);
    await page.locator('main h1, main h2, h1').first().waitFor({ state: 'visible' });
    const read = async (state) => {
      states.push(`${route} ${state}`);
      for (const r of await page.evaluate(englishRuns)) {
        found.add(`${route} (${state}) ${r}`);
      }
    };
    await read('as opened');
    for (const [testid, value] of inputs) {
      if (await enter(page, testid, value)) await read(`${testid} = ${value}`);
    }
    if (route === '#/sockets') {
      // Each example's output (read once it has arrived from the worker), and a stop.
      const outcome = () => page.evaluate(() => {
        const o = document.querySelector('[data-testid="sock-output"]');
        return o ? `${o.dataset.stdout}|${o.dataset.error}` : '';
      });
      for (const ex of ['gaierror', 'refused', 'timeout', 'bind', 'order', 'echo', 'gaierror']) {
        const before = await outcome();
        await byTestId(page, `sock-example-${ex}`).click();
        await page.waitForFunction((b) => {
          const o = document.querySelector('[data-testid="sock-output"]');
          return o && `${o.dataset.stdout}|${o.dataset.error}` !== b;
        }, before);
        await read(`example ${ex}`);
      }
      await enter(page, 'sock-program', 'import socket\nwhile True:\n    pass\n');
      await byTestId(page, 'sock-run').click();
      await byTestId(page, 'sock-stopped').waitFor();
      await read('a stopped program');
    }
    if (route === '#/tls') {
      // A certificate with its verification and gallery; a key with its two roles.
      await byTestId(page, 'cert-make').click();
      await byTestId(page, 'cert-verify').waitFor({ state: 'visible', timeout: 60_000 });
      await read('certificates made');
      await enter(page, 'key-bits', '1024');
      await byTestId(page, 'key-generate').click();
      await byTestId(page, 'key-result').waitFor({ state: 'visible', timeout: 60_000 });
      await byTestId(page, 'role-flip-signature').check();
      await byTestId(page, 'role-run').click();
      await byTestId(page, 'role-result').waitFor({ state: 'visible', timeout: 60_000 });
      await read('key roles');
    }
    if (route.startsWith('#/exercises?ex=')) {
      // The check runs in the worker: read its verdict (a reason, or the explanation).
      await byTestId(page, 'ex-check').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="ex-result"]')?.dataset.result);
      await read('checked');
    }
    if (route === '#/compress') {
      await enter(page, 'stream-input', GZIP_HEX);
      await enter(page, 'stepper-wbits', '31');
      await read('gzip anatomy');
    }
    // A few entries of each field list (opcodes, stream parts): their explanations.
    const options = page.locator('main [role="option"]');
    const shown = Math.min(await options.count(), 8);
    for (let i = 0; i < shown; i++) {
      if (await options.nth(i).click({ timeout: 2_000 }).then(() => true, () => false)) await read(`option ${i}`);
    }
    await page.keyboard.press('Escape');
    await clickEveryButton(page, read);
  }
  if (process.env.WIRELAB_E2E_VERBOSE) console.log(states.join('\n'));
  assert.equal((await page.evaluate(() => document.documentElement.lang)), 'ko');
  // Every input the test types into exists, and the buttons were pressed.
  for (const id of ['literal-input', 'loads-input', 'compress-input', 'stream-input', 'stepper-chunks']) {
    assert.ok(states.some((s) => s.includes(` ${id} = `)), `never typed into ${id}`);
  }
  assert.ok(states.some((s) => s.includes(' option ')), 'no field list entry was picked');
  assert.ok(states.filter((s) => s.includes(' button ')).length >= 20, `few buttons pressed:\n${states.join('\n')}`);
  assert.deepEqual([...found], [], `English prose on the Korean pages:\n${[...found].join('\n')}`);
  await context.close();
});
