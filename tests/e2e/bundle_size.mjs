// Prints the gzip size (level 9) of what a visitor downloads, in two budgets, and
// fails when either is passed or when the TLS engine is in the first load:
// - first load: index.html and the app's .wasm, .js and .css;
// - the Web Worker (wirelab-worker.js + its wasm), fetched only when the page first
//   asks for a heavy job (the bomb, the chart of a large input, a program), and the
//   TLS Web Worker (wirelab-worker-tls.js + its wasm), fetched on the first TLS job
//   (an RSA key, a certificate, a handshake): each has the worker budget;
// - each lab bundle (wirelab-lab-<slug>.js + its wasm, src/ui/lazy), fetched when its
//   lab is first opened: the first-load budget applies to each (what a visitor who
//   opens that lab first downloads on top of the first load).
// The bench page (DIST_DIR/bench/, its own wasm) is in none. The service worker
// (sw.js) counts in the first load; its size is also printed.
// Usage: node bundle_size.mjs DIST_DIR BUDGET_KB [WORKER_BUDGET_KB]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', budgetKb = '350', workerBudgetKb = budgetKb] = process.argv.slice(2);

/** Text only the TLS engine's code carries (crate paths in its panic locations). */
export const TLS_MARKERS = ['crypto-primes', 'crypto-bigint'];

const isWorker = (f) => path.basename(f).startsWith('wirelab-worker');
const isTlsWorker = (f) => path.basename(f).startsWith('wirelab-worker-tls');
const labOf = (f) => /^wirelab-lab-([a-z]+)[._]/.exec(path.basename(f))?.[1];
const SERVICE_WORKER = 'sw.js';
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => /\.(wasm|js|css|html)$/.test(f) && statSync(path.join(dist, f)).isFile())
  .filter((f) => !f.startsWith(`bench${path.sep}`))
  .filter((f) => !f.endsWith('.html') || f === 'index.html')
    .sort();
const firstLoad = files.filter((f) => !isWorker(f) && !labOf(f));
const worker = files.filter((f) => isWorker(f) && !isTlsWorker(f));
const tlsWorker = files.filter(isTlsWorker);
const labs = [...new Set(files.map(labOf).filter(Boolean))].sort();

let failed = false;
const fail = (message) => {
  console.error(message);
  failed = true;
};

function report(title, group, budget) {
  if (!group.some((f) => f.endsWith('.wasm'))) {
    fail(`bundle size: no .wasm for the ${title} in ${dist}: build first`);
    return;
  }
  let total = 0;
  for (const f of group) {
    const raw = readFileSync(path.join(dist, f));
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB gzip  ${(raw.length / 1024).toFixed(1).padStart(8)} KB raw  ${f}`);
  }
  const kb = total / 1024;
  console.log(`${title}: ${kb.toFixed(1)} KB gzip, budget ${budget} KB`);
  if (kb > Number(budget)) fail(`${title}: over budget by ${(kb - budget).toFixed(1)} KB`);
}

report('first load (index.html + app wasm, js, css)', firstLoad, budgetKb);
report('worker (wirelab-worker wasm + js, fetched on the first heavy job)', worker, workerBudgetKb);
report('TLS worker (wirelab-worker-tls wasm + js, fetched on the first TLS job)', tlsWorker, workerBudgetKb);
if (labs.length === 0) fail(`bundle size: no lab bundle (wirelab-lab-*) in ${dist}`);
for (const lab of labs) {
  report(`lab bundle "${lab}" (fetched when the lab is first opened)`, files.filter((f) => labOf(f) === lab), budgetKb);
}
try {
  const sw = readFileSync(path.join(dist, SERVICE_WORKER));
  console.log(`service worker (${SERVICE_WORKER}, counted in the first load): ${(gzipSync(sw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
} catch {
  fail(`bundle size: no ${SERVICE_WORKER} in ${dist}: the site would not work offline`);
}

// The TLS engine lives in the TLS worker only: its marker must be there (so the check
// means something) and absent from the pages' wasm and the general worker's.
const wasmText = (group) => group.filter((f) => f.endsWith('.wasm')).map((f) => readFileSync(path.join(dist, f)).toString('latin1'));
const inWorker = TLS_MARKERS.filter((m) => wasmText(tlsWorker).some((t) => t.includes(m)));
const pageWasm = [...firstLoad, ...files.filter(labOf), ...worker];
const inFirst = TLS_MARKERS.filter((m) => wasmText(pageWasm).some((t) => t.includes(m)));
if (inWorker.length === 0) fail(`TLS engine: none of ${TLS_MARKERS.join(', ')} found in the TLS worker's wasm: the check is blind`);
if (inFirst.length > 0) fail(`TLS engine: ${inFirst.join(', ')} found in a page's wasm (first load, a lab bundle) or the general worker's`);
if (inWorker.length > 0 && inFirst.length === 0) {
  console.log(`TLS engine: in the TLS worker's wasm (${inWorker.join(', ')}), nowhere else`);
}
if (failed) process.exit(1);
