// Writes into the built sw.js the list of the site's files and a version that changes with any of them,
// so that the service worker keeps exactly this build and a new build makes a new worker.
//
// Run by scripts/post-build.mjs, last (after every other change to the staged files).
// Usage: node scripts/offline.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runIfMain } from './step.mjs';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir) {
  const walk = (d) => readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
  });
  return walk(dir).sort();
}

/** The text of `sw` with its VERSION and FILES for the site in `dir`. */
export function withFiles(sw, dir) {
  // The engine's own module (engine/) is for sites that embed it; the app never loads it.
  const files = filesUnder(dir).filter((f) => f !== 'sw.js' && !f.startsWith('engine/'));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  // The page is asked for as the directory ('./'), not as index.html.
  const listed = ['./', ...files.filter((f) => f !== 'index.html')];
  const out = sw
    .replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
    .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(listed)};`);
  if (!out.includes(version) || out === sw) throw new Error('sw.js has no VERSION or FILES line to write');
  return { text: out, version, count: listed.length };
}

/** Writes the list and version into the sw.js of the site in `dir`. */
export function run(dir) {
  const file = join(dir, 'sw.js');
  const { text, version, count } = withFiles(readFileSync(file, 'utf8'), dir);
  writeFileSync(file, text);
  console.log(`offline: sw.js keeps ${count} files, version ${version}`);
}

runIfMain(import.meta.url, 'offline', run);
