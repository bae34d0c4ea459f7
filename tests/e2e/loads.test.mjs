// Unpickling in the page: bad hex is an error (not a crash), good bytes give
// repr(), and a pickle that would run code is flagged, never executed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, expectText, FIXTURES, python, useSite } from './harness.mjs';

const site = useSite();
const MALICIOUS = JSON.parse(readFileSync(path.join(FIXTURES, 'pickle.json'), 'utf8')).malicious;

test('malformed hex shows an error and the page keeps working', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  await byTestId(page, 'loads-input').fill('80 04 zz');
  const error = python(
    "try: bytes.fromhex('80 04 zz')\nexcept ValueError as e: print(f'ValueError: {e}')",
  );
  await expectText(page, 'loads-error', error.replace(/^ValueError: /, ''));
  const good = python("import pickle; print(pickle.dumps({'a': [1, 2.5]}, 4).hex())");
  await byTestId(page, 'loads-input').fill(good);
  await expectText(page, 'loads-repr', "{'a': [1, 2.5]}");
  await byTestId(page, 'loads-error').waitFor({ state: 'detached' });
  await expectClean(problems);
  await context.close();
});

test('the stepper runs one opcode per step, as many as pickletools.genops finds', async () => {
  const { page, context, problems } = await site.open('#/serialize');
  const hex = python("import pickle; print(pickle.dumps({'a': 1}, 2).hex())");
  const count = Number(
    python(`import pickletools; print(len(list(pickletools.genops(bytes.fromhex('${hex}')))))`),
  );
  await byTestId(page, 'loads-input').fill(hex);
  await expectText(page, 'loads-repr', "{'a': 1}");
  // The session has exactly one step per opcode pickletools finds.
  await expectAttr(page, 'stepper-progress', 'data-total', String(count));
  const shown = (n) => expectAttr(page, 'stepper-progress', 'data-shown', String(n));
  for (let i = 1; i <= count; i++) {
    await byTestId(page, 'stepper-next').click();
    await shown(i);
  }
  await expectAttr(page, 'stepper-next', 'aria-disabled', 'true');
  await byTestId(page, 'stepper-next').click({ force: true }); // at the end: nothing changes
  await shown(count);
  await byTestId(page, 'stepper-back').click();
  await shown(count - 1);
  await expectAttr(page, 'stepper-next', 'aria-disabled', 'false');
  await byTestId(page, 'stepper-run').click();
  await shown(count);
  await byTestId(page, 'stepper-reset').click();
  await shown(0);
  await expectAttr(page, 'stepper-back', 'aria-disabled', 'true');
  await expectClean(problems);
  await context.close();
});

for (const bad of MALICIOUS) {
  test(`a malicious pickle is flagged, not run: ${bad.name}`, async () => {
    const { page, context, problems } = await site.open('#/serialize');
    await byTestId(page, 'loads-input').fill(bad.hex);
    await byTestId(page, 'loads-danger').waitFor({ state: 'visible' });
    await expectClean(problems);
    await context.close();
  });
}
