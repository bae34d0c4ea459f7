// What a student needs in the first ten minutes (issue 8): nothing typed is lost
// between labs, on reload or in a shared link; json.loads as CPython; the 8-byte-packet
// exercise finished with a checked prediction; focus never drops to the page body.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, python, useSite } from './harness.mjs';

const site = useSite();

const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

test('the literal and protocol survive Serialize -> Compress -> Serialize, a reload and a shared link', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  const literal = "{'이름': '김', 'n': [1, 2]}";
  await byTestId(page, 'literal-input').fill(literal);
  await byTestId(page, 'protocol-select').selectOption('2');
  const hex = python(`import pickle; print(pickle.dumps(${literal}, 2).hex())`);
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  await byTestId(page, 'nav-compress').click();
  await byTestId(page, 'compress-mode').selectOption('pickle');
  // Compress carries the student's pickle, not the default example: python3 inflates
  // the page's stream back to exactly that pickle. (The deflate bytes themselves may
  // differ from CPython's on a few inputs: README, "compressed bytes are not unique".)
  await page.waitForFunction(async (want) => {
    const h = document.querySelector('[data-testid="compress-hex"]')?.dataset.hex;
    if (!h) return false;
    const bytes = new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
    const inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')));
    const out = new Uint8Array(await inflated.arrayBuffer().catch(() => new ArrayBuffer(0)));
    return [...out].map((b) => b.toString(16).padStart(2, '0')).join('') === want;
  }, hex);
  const zhex = await byTestId(page, 'compress-hex').getAttribute('data-hex');
  assert.equal(python(`import zlib; print(zlib.decompress(bytes.fromhex('${zhex}')).hex())`), hex);
  await byTestId(page, 'nav-serialize').click();
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  assert.equal(await byTestId(page, 'literal-input').inputValue(), literal);
  await page.reload();
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  // The URL is a link a teacher can share: a fresh browser opens the same example.
  const link = page.url();
  assert.match(link, /#\/serialize\?.*p=2/);
  const shared = await site.open(link.slice(link.indexOf('#')));
  await expectAttr(shared.page, 'pickle-hex', 'data-hex', hex);
  await expectClean(problems);
  await expectClean(shared.problems);
  await shared.context.close();
  await context.close();
});

test('an invalid literal keeps the last valid result on screen, dimmed', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  await byTestId(page, 'literal-input').fill('[1, 2]');
  const hex = python('import pickle; print(pickle.dumps([1, 2], 4).hex())');
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  await byTestId(page, 'literal-input').fill('[1, 2');
  await expectText(page, 'literal-error', "'[' was never closed");
  await expectAttr(page, 'serialize-results', 'data-stale', 'true');
  await expectAttr(page, 'pickle-hex', 'data-hex', hex);
  await byTestId(page, 'literal-input').fill('[1, 2, 3]');
  await expectAttr(page, 'serialize-results', 'data-stale', 'false');
  await expectClean(problems);
  await context.close();
});

for (const doc of ['{"a": [1, 2.5, null, true]}', '[1, 2', '{"a" 1}', 'NaN', '"\\ud800"', '  [] x']) {
  test(`json.loads ${doc} says what CPython says`, async () => {
    const { page, context, problems } = await site.open('#/serialize');
    const expected = python(`
import json, sys
try:
    print('ok', repr(json.loads(sys.argv[1])))
except Exception as e:
    print('err', type(e).__module__ + '.' + type(e).__qualname__ + ': ' + str(e))
`.replace('sys.argv[1]', JSON.stringify(doc)));
    await byTestId(page, 'json-loads-input').fill(doc);
    if (expected.startsWith('ok ')) {
      await expectText(page, 'json-loads-repr', expected.slice(3));
    } else {
      await expectText(page, 'json-loads-error', expected.slice(4));
    }
    await expectClean(problems);
    await context.close();
  });
}

test('pasting what print(pickle.dumps(x)) shows works like its hex', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  const printed = python("import pickle; print(pickle.dumps({'a': 1}, 4))");
  await byTestId(page, 'loads-input').fill(printed);
  await expectText(page, 'loads-repr', "{'a': 1}");
  await byTestId(page, 'loads-form').waitFor();
  await expectClean(problems);
  await context.close();
});

test('the 8-byte-packet exercise: a checked prediction, then b"flat" as the book gets it', async () => {
  const { page, context, problems } = await site.open('#/compress');
  await byTestId(page, 'predict-call').fill('1');
  await byTestId(page, 'predict-unused').fill("b'.'");
  await byTestId(page, 'predict-check').click();
  await expectAttr(page, 'predict-result', 'data-call', 'Some(false)');
  await expectAttr(page, 'predict-result', 'data-unused', 'Some(false)');
  // What CPython says, typed as Python prints it.
  const [call, unused] = JSON.parse(python(`
import json, zlib
s = zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'
d = zlib.decompressobj()
for i in range(0, len(s), 8):
    d.decompress(s[i:i + 8])
    if d.eof:
        print(json.dumps([i // 8 + 1, repr(d.unused_data)]))
        break
`));
  await byTestId(page, 'predict-call').fill(String(call));
  await byTestId(page, 'predict-unused').fill(unused);
  await byTestId(page, 'predict-check').press('Enter');
  await expectAttr(page, 'predict-result', 'data-call', 'Some(true)');
  await expectAttr(page, 'predict-result', 'data-unused', 'Some(true)');
  await byTestId(page, 'receiver-finish').click();
  await expectAttr(page, 'receiver-result', 'data-messages', "b'sparse',b'flat'");
  const oneShot = python(`
import zlib
print(repr(zlib.decompress(zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.')))`);
  await expectAttr(page, 'receiver-result', 'data-decompress', oneShot);
  await expectClean(problems);
  await context.close();
});

test('buttons keep the keyboard focus: run to end, the bomb, malicious examples, use the bytes above', async () => {
  const { page, context, problems } = await site.open('#/compress');
  await byTestId(page, 'exercise-load').click();
  // The exercise's session comes from the worker: 4 packets and the flush.
  await expectAttr(page, 'stepper-progress', 'data-total', '5');
  await byTestId(page, 'stepper-run').focus();
  await page.keyboard.press('Enter');
  await expectAttr(page, 'stepper-progress', 'data-shown', '5');
  assert.equal(await focused(page), 'stepper-run');
  await byTestId(page, 'stepper-reset').focus();
  await page.keyboard.press('Enter');
  await expectAttr(page, 'stepper-progress', 'data-shown', '0');
  assert.equal(await focused(page), 'stepper-reset');
  await byTestId(page, 'bomb-load').focus();
  await page.keyboard.press('Enter');
  await byTestId(page, 'bomb-result').waitFor();
  assert.equal(await focused(page), 'bomb-load');
  await byTestId(page, 'nav-serialize').click();
  const malicious = page.locator('.loads-panel .danger-button').first();
  await malicious.focus();
  await page.keyboard.press('Enter');
  await byTestId(page, 'loads-danger').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('danger-button')), true);
  await byTestId(page, 'loads-use-above').focus();
  await page.keyboard.press('Enter');
  await expectText(page, 'loads-repr', "{'name': 'Kim'");
  assert.equal(await focused(page), 'loads-use-above');
  await expectClean(problems);
  await context.close();
});

test('two compressors: different valid bytes, the same data back', async () => {
  const { page, context, problems } = await site.open('#/compress');
  const text = 'GET /index.html HTTP/1.1 Host: example.com Accept: */* '.repeat(40);
  await byTestId(page, 'compress-input').fill(text);
  await byTestId(page, 'two-run').click();
  await byTestId(page, 'two-result').waitFor();
  const rows = await page.locator('[data-testid="two-row"]').evaluateAll((rs) => rs.map((r) => r.dataset.hex));
  assert.equal(rows.length, 2);
  const input = Buffer.from(text).toString('hex');
  for (const hex of rows) {
    assert.equal(python(`import zlib; print(zlib.decompress(bytes.fromhex('${hex}')).hex())`), input);
  }
  assert.equal(await byTestId(page, 'two-result').getAttribute('data-same'), String(rows[0] === rows[1]));
  await expectClean(problems);
  await context.close();
});
