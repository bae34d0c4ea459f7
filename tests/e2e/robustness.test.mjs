// Learners paste garbage on purpose: whatever goes into the Serialize lab, the page
// answers with an error or a result and keeps working (a wasm panic would kill it).
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, python, useSite } from './harness.mjs';

const site = useSite();

const dumpsHex = (literal, protocol) =>
  python(`import pickle; print(pickle.dumps(${literal}, ${protocol}).hex())`);

// Still alive: a fresh literal still pickles as CPython does.
async function stillWorks(page) {
  await byTestId(page, 'literal-input').fill("{'a': 1}");
  await expectAttr(page, 'pickle-hex', 'data-hex', dumpsHex("{'a': 1}", 4));
}

test('the deepest nesting Python accepts pickles, one level more is its SyntaxError', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  const deep = '['.repeat(200) + ']'.repeat(200);
  await byTestId(page, 'literal-input').fill(deep);
  // eval() so the literal is compiled alone, as the lab parses it.
  const expected = python(`import pickle; print(pickle.dumps(eval('${deep}'), 4).hex())`);
  await expectAttr(page, 'pickle-hex', 'data-hex', expected);
  await byTestId(page, 'literal-input').fill('['.repeat(201) + ']'.repeat(201));
  await expectText(page, 'literal-error', 'too many nested parentheses');
  await byTestId(page, 'literal-input').fill('('.repeat(5000));
  await expectText(page, 'literal-error', 'too many nested parentheses');
  await stillWorks(page);
  await expectClean(problems);
  await context.close();
});

test('garbage literals give errors and the page keeps working', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  for (const junk of ['\u0000\uffff', "'\\ud800'", "b'\\xZZ'", '1j', "float('inf')", ']]]', "'''", '0777']) {
    await byTestId(page, 'literal-input').fill(junk);
    await byTestId(page, 'literal-error').waitFor();
  }
  await stillWorks(page);
  await expectClean(problems);
  await context.close();
});

test('hostile pickles (deep marks, huge lengths, truncation) give errors, not a dead page', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  const hostile = [
    '80' + '04' + '28'.repeat(20000) + '2e', // 20000 MARKs then STOP
    '80048e' + 'ff'.repeat(8) + '2e', // BINBYTES8 claiming 2^64-1 bytes
    '800495',
  ];
  for (const hex of hostile) {
    await byTestId(page, 'loads-input').fill(hex);
    await byTestId(page, 'loads-error').waitFor();
  }
  // 30000 empty lists on the stack: CPython's C unpickler returns the top one.
  await byTestId(page, 'loads-input').fill('8004' + '5d'.repeat(30000) + '2e');
  await expectText(page, 'loads-repr', '[]');
  await byTestId(page, 'loads-input').fill(dumpsHex('[1, 2]', 4));
  await expectText(page, 'loads-repr', '[1, 2]');
  await stillWorks(page);
  await expectClean(problems);
  await context.close();
});
