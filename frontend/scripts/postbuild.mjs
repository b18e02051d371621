// After `vite build`: print the first-load size (the entry chunk, everything it imports
// statically, their CSS, and index.html, gzipped), fail above the budget, and record the
// sources' hash in dist/source-hash.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, sourceHash } from './source-hash.mjs';

const BUDGET_BYTES = 1_500_000;
const DIST = join(ROOT, 'dist');
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

function firstLoadFiles() {
  const files = new Set(['index.html']);
  const visit = (key) => {
    const chunk = manifest[key];
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  return [...files];
}

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const rows = firstLoadFiles().map((file) => [file, gzipped(file)]);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
for (const [file, size] of rows.sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kb(size).padStart(10)}  ${file}`);
}
console.log(`First load: ${kb(total)} gzipped (${total} bytes; budget ${kb(BUDGET_BYTES)})`);

writeFileSync(join(DIST, 'source-hash.txt'), `${sourceHash()}\n`);

if (total > BUDGET_BYTES) {
  console.error(`First load is over the budget by ${kb(total - BUDGET_BYTES)}.`);
  process.exit(1);
}
