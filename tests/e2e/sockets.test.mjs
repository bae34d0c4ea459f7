// The Sockets lab: a program typed into sock-program, run with sock-run (in the Web
// Worker), and what sock-output says (data-stdout, data-error) against CPython: live
// python3 for loopback programs, the recordings in tests/fixtures/socket_errors.json
// (CPython 3.11.7 on Linux) for the simulated hosts; one run by keyboard alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, expectAttr, expectClean, FIXTURES, useSite } from './harness.mjs';

const site = useSite();
const RECORDED = JSON.parse(readFileSync(path.join(FIXTURES, 'socket_errors.json'), 'utf8')).cases;

/** The traceback's last line CPython recorded for `name` (`socket.gaierror: [Errno -2] ...`). */
function recorded(name) {
  const c = RECORDED.find((x) => x.case === name);
  const cls = c.raised.replace(/^builtins\./, '');
  return `${cls}: ${c.str}`;
}

/** What python3 prints for `program`: stdout, and the traceback's last line (or ''). */
function cpython(program) {
  const r = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  return { stdout: r.stdout, error: r.status === 0 ? '' : lines[lines.length - 1] };
}

/** Types `program`, presses Run, and checks sock-output against `expected`. */
async function runAndCheck(page, program, expected) {
  await byTestId(page, 'sock-program').fill(program);
  await byTestId(page, 'sock-run').click();
  await expectAttr(page, 'sock-output', 'data-stdout', expected.stdout);
  await expectAttr(page, 'sock-output', 'data-error', expected.error);
}

test('loopback programs print what python3 prints', async () => {
  const { page, context, problems } = await site.open('#/sockets');
  const programs = [
    // A closed port: RST, ConnectionRefusedError.
    "import socket\nprint('connecting')\ns = socket.socket()\ns.connect(('127.0.0.1', 1))\n",
    // Bind twice: OSError 98.
    "import socket\na = socket.socket()\na.bind(('127.0.0.1', 47651))\nb = socket.socket()\nb.bind(('127.0.0.1', 47651))\n",
    // A server and a client on this host, and the except clause that takes a refusal.
    "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 47652))\nsrv.listen()\n" +
      "c = socket.create_connection(('127.0.0.1', 47652))\nconn, addr = srv.accept()\nc.sendall(b'ping')\n" +
      "print(conn.recv(10))\nconn.close()\nprint(c.recv(10))\ntry:\n    socket.create_connection(('127.0.0.1', 1))\n" +
      "except socket.timeout:\n    print('timeout')\nexcept OSError as e:\n    print('refused', e.errno, e)\n",
    // A socket used after close.
    "import socket\ns = socket.socket()\ns.close()\ns.send(b'x')\n",
  ];
  for (const program of programs) {
    const expected = cpython(program);
    assert.notEqual(expected.stdout + expected.error, '', program);
    await runAndCheck(page, program, expected);
  }
  await expectClean(problems);
  await context.close();
});

test('the simulated hosts raise what CPython recorded', async () => {
  const { page, context, problems } = await site.open('#/sockets');
  await runAndCheck(page, "import socket\nsocket.getaddrinfo('nowhere.lab', 80)\n", {
    stdout: '',
    error: recorded('getaddrinfo of an unknown name'),
  });
  // The silent host and a timeout: TimeoutError('timed out'), with the silence on the timeline.
  await runAndCheck(page, "import socket\ns = socket.socket()\ns.settimeout(0.5)\nprint('before')\ns.connect(('silent.lab', 7))\n", {
    stdout: 'before\n',
    error: recorded('recv with a 0.2 s timeout and a silent peer'),
  });
  await byTestId(page, 'sock-timeline').locator('li.silence').waitFor();
  await runAndCheck(page, "import socket\nsocket.socket().connect(('server.lab', 70000))\n", {
    stdout: '',
    error: recorded('connect with port 70000'),
  });
  await expectClean(problems);
  await context.close();
});

test('the except-order trap: the clause that took the timeout, and its class chain', async () => {
  const { page, context, problems } = await site.open('#/sockets');
  await byTestId(page, 'sock-example-order').click();
  await expectAttr(page, 'sock-output', 'data-stdout', 'caught by OSError: timed out\n');
  await expectAttr(page, 'sock-output', 'data-error', '');
  await expectAttr(page, 'sock-caught', 'data-matched', 'OSError');
  const chain = await byTestId(page, 'sock-caught').locator('ol.chain li').allTextContents();
  assert.deepEqual(chain, ['TimeoutError', 'OSError', 'Exception', 'BaseException']);
  const marked = await byTestId(page, 'sock-caught').locator('ol.chain li.match').allTextContents();
  assert.deepEqual(marked, ['OSError']);
  assert.equal(await byTestId(page, 'sock-caught').locator('.clause.shadowed').count(), 1);
  // The example stays in the URL: a reload shows the same program.
  await page.reload();
  await byTestId(page, 'sock-program').waitFor();
  assert.match(await byTestId(page, 'sock-program').inputValue(), /except socket\.timeout as e:/);
  await expectClean(problems);
  await context.close();
});

test('an edited DNS table travels with the run; a bad line is named', async () => {
  const { page, context, problems } = await site.open('#/sockets');
  await byTestId(page, 'sock-hosts').fill('10.0.0.2 server.lab www.lab\n');
  await runAndCheck(page, "import socket\nprint(socket.gethostbyname('www.lab'))\nsocket.gethostbyname('slow.lab')\n", {
    stdout: '10.0.0.2\n',
    error: recorded('getaddrinfo of an unknown name'),
  });
  await byTestId(page, 'sock-hosts').fill('10.0.0.2 server.lab\n10.0.0 www.lab\n');
  await byTestId(page, 'sock-hosts-error').waitFor();
  assert.equal(await byTestId(page, 'sock-run').isDisabled(), true);
  await byTestId(page, 'sock-hosts-reset').click();
  await byTestId(page, 'sock-hosts-error').waitFor({ state: 'detached' });
  // A program outside the subset names its line, and prints nothing.
  await byTestId(page, 'sock-program').fill('import socket\n\ndef f():\n    pass\n');
  await byTestId(page, 'sock-run').click();
  await byTestId(page, 'sock-stopped').waitFor();
  assert.match(await byTestId(page, 'sock-stopped').textContent(), /\b3\b/);
  await expectClean(problems);
  await context.close();
});

/** Presses Tab until the element with `testid` has focus (keyboard only). */
async function tabTo(page, testid) {
  for (let i = 0; i < 200; i++) {
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (at === testid) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${testid}`);
}

test('a run by keyboard alone: Tab, type, Tab to Run, Enter; then Ctrl+Enter', async () => {
  const { page, context, problems } = await site.open('#/sockets');
  await tabTo(page, 'sock-program');
  await page.keyboard.press('Control+A');
  await page.keyboard.type("import socket\ns = socket.socket()\ns.connect(('server.lab', 79))\n");
  await tabTo(page, 'sock-run');
  await page.keyboard.press('Enter');
  await expectAttr(page, 'sock-output', 'data-error', '');
  await expectAttr(page, 'sock-output', 'data-stdout', '');
  // Port 79 accepts then resets: the first recv raises ConnectionResetError.
  await tabTo(page, 'sock-program');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('s.recv(10)\n');
  await page.keyboard.press('Control+Enter');
  await expectAttr(page, 'sock-output', 'data-error', 'ConnectionResetError: [Errno 104] Connection reset by peer');
  await expectClean(problems);
  await context.close();
});
