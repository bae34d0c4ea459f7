// Prints the gzip size of what a visitor downloads (the .wasm, .js and .css files
// of dist/, gzip level 9) and fails when the total passes the budget.
// Usage: node bundle_size.mjs DIST_DIR BUDGET_KB
// The bench page (DIST_DIR/bench/, its own wasm) is not part of the app's download.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', budgetKb = '350'] = process.argv.slice(2);
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => /\.(wasm|js|css)$/.test(f) && statSync(path.join(dist, f)).isFile())
  .filter((f) => !f.startsWith(`bench${path.sep}`))
  .sort();
if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error(`bundle size: no .wasm in ${dist}: build first`);
  process.exit(1);
}
let total = 0;
for (const f of files) {
  const raw = readFileSync(path.join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB gzip  ${(raw.length / 1024).toFixed(1).padStart(8)} KB raw  ${f}`);
}
const kb = total / 1024;
console.log(`bundle size: ${kb.toFixed(1)} KB gzip (wasm + js + css), budget ${budgetKb} KB`);
if (kb > Number(budgetKb)) {
  console.error(`bundle size: over budget by ${(kb - budgetKb).toFixed(1)} KB`);
  process.exit(1);
}
