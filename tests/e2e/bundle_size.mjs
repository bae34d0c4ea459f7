// Prints the gzip size (level 9) of what a visitor downloads, in two budgets, and
// fails when either is passed or when the TLS engine is in the first load:
// - first load: index.html and the app's .wasm, .js and .css;
// - the Web Worker (wirelab-worker.js + its wasm), fetched only when the page first
//   asks for a heavy job (an RSA key, the bomb, the chart of a large input).
// The bench page (DIST_DIR/bench/, its own wasm) is in neither, nor is the service
// worker (sw.js: registered once the app runs, it never delays the first render);
// its size is printed.
// Usage: node bundle_size.mjs DIST_DIR BUDGET_KB [WORKER_BUDGET_KB]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', budgetKb = '350', workerBudgetKb = budgetKb] = process.argv.slice(2);

/** Text only the TLS engine's code carries (crate paths in its panic locations). */
export const TLS_MARKERS = ['crypto-primes', 'crypto-bigint'];

const isWorker = (f) => path.basename(f).startsWith('wirelab-worker');
const SERVICE_WORKER = 'sw.js';
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => /\.(wasm|js|css|html)$/.test(f) && statSync(path.join(dist, f)).isFile())
  .filter((f) => !f.startsWith(`bench${path.sep}`))
  .filter((f) => !f.endsWith('.html') || f === 'index.html')
  .filter((f) => f !== SERVICE_WORKER)
  .sort();
const firstLoad = files.filter((f) => !isWorker(f));
const worker = files.filter(isWorker);

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
try {
  const sw = readFileSync(path.join(dist, SERVICE_WORKER));
  console.log(`service worker (${SERVICE_WORKER}, after the first render): ${(gzipSync(sw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
} catch {
  fail(`bundle size: no ${SERVICE_WORKER} in ${dist}: the site would not work offline`);
}

// The TLS engine lives in the worker only: its marker must be there (so the check
// means something) and absent from every first-load wasm.
const wasmText = (group) => group.filter((f) => f.endsWith('.wasm')).map((f) => readFileSync(path.join(dist, f)).toString('latin1'));
const inWorker = TLS_MARKERS.filter((m) => wasmText(worker).some((t) => t.includes(m)));
const inFirst = TLS_MARKERS.filter((m) => wasmText(firstLoad).some((t) => t.includes(m)));
if (inWorker.length === 0) fail(`TLS engine: none of ${TLS_MARKERS.join(', ')} found in the worker's wasm: the check is blind`);
if (inFirst.length > 0) fail(`TLS engine: ${inFirst.join(', ')} found in the first-load wasm`);
if (inWorker.length > 0 && inFirst.length === 0) {
  console.log(`TLS engine: in the worker's wasm (${inWorker.join(', ')}), not in the first load`);
}
if (failed) process.exit(1);
