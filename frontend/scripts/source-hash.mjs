// The hash of the build's inputs (listed in source-hash.json), recorded in dist/source-hash.txt.
// tests/frontend/test_dist_current.py recomputes it the same way: for each file, in order of its
// path relative to frontend/ (POSIX separators), "<path>\0<sha256 of its bytes>\n" is fed to one
// SHA-256.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Tools' caches (e.g. a node_modules/.vite left by a test run) are not sources.
function walk(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (!statSync(path).isDirectory()) return [path];
    return name === 'node_modules' ? [] : walk(path);
  });
}

export function sourceFiles() {
  const spec = JSON.parse(readFileSync(join(ROOT, 'source-hash.json'), 'utf8'));
  const files = spec.files.map((name) => join(ROOT, name));
  for (const directory of spec.directories) {
    if (existsSync(join(ROOT, directory))) files.push(...walk(join(ROOT, directory)));
  }
  return files
    .map((path) => relative(ROOT, path).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function sourceHash() {
  const digest = createHash('sha256');
  for (const path of sourceFiles()) {
    const fileDigest = createHash('sha256').update(readFileSync(join(ROOT, path))).digest('hex');
    digest.update(`${path}\0${fileDigest}\n`);
  }
  return digest.digest('hex');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(sourceHash());
}
