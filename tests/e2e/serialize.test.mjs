// The Serialize lab against CPython: the pickle bytes, the disassembly and
// json.dumps the page shows are what python3 computes for the same literal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, python, useSite } from './harness.mjs';

const site = useSite();

const dumpsHex = (literal, protocol) =>
  python(`import pickle; print(pickle.dumps(${literal}, ${protocol}).hex())`);

async function serialize(page, literal, protocol) {
  await byTestId(page, 'literal-input').fill(literal);
  await byTestId(page, 'protocol-select').selectOption(String(protocol));
}

test("{'a': 1} pickles as CPython's pickle.dumps at protocols 2 and 4", async () => {
  const { page, context, problems } = await site.open('#/serialize');
  for (const protocol of [2, 4]) {
    await serialize(page, "{'a': 1}", protocol);
    await expectAttr(page, 'pickle-hex', 'data-hex', dumpsHex("{'a': 1}", protocol));
  }
  // The listing names the opcodes pickletools.dis names, in order.
  const dis = python(
    "import pickle, pickletools; pickletools.dis(pickle.dumps({'a': 1}, 4))",
  );
  const opcodes = [...dis.matchAll(/^\s*\d+: \S+\s+([A-Z_0-9]+)/gm)].map((m) => m[1]);
  assert.ok(opcodes.includes('SETITEM') && opcodes.at(-1) === 'STOP', dis);
  await expectText(page, 'dis-listing', 'STOP');
  const listing = await byTestId(page, 'dis-listing').textContent();
  let at = 0;
  for (const op of opcodes) {
    at = listing.indexOf(op, at);
    assert.ok(at >= 0, `dis-listing lacks ${op} in order:\n${listing}`);
  }
  await expectText(page, 'json-output', python("import json; print(json.dumps({'a': 1}))"));
  await expectClean(problems);
  await context.close();
});

test("json.dumps of a set shows Python's TypeError", async () => {
  const { page, context, problems } = await site.open('#/serialize');
  await serialize(page, '{1, 2}', 4);
  const error = python(
    'import json\ntry: json.dumps({1, 2})\nexcept TypeError as e: print(f"TypeError: {e}")',
  );
  await expectText(page, 'json-error', error);
  await expectClean(problems);
  await context.close();
});

test('a malformed literal shows the SyntaxError, and the page recovers', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  await serialize(page, '[1, 2', 4);
  await expectText(page, 'literal-error', "'[' was never closed");
  await byTestId(page, 'literal-input').fill('[1, 2]');
  await byTestId(page, 'literal-error').waitFor({ state: 'detached' });
  await expectAttr(page, 'pickle-hex', 'data-hex', dumpsHex('[1, 2]', 4));
  await expectClean(problems);
  await context.close();
});
