// Moves the wasm's preload to just after the style sheet in the built index.html. Trunk appends it at
// the end of <head>, where Chromium asks for it only once the module script has arrived: on a slow
// phone connection that started the largest file of the first load half a second late.
//
// Run by scripts/post-build.mjs.
// Usage: node scripts/preload.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIfMain } from './step.mjs';

const WASM_PRELOAD = /<link\b(?=[^>]*\brel="?preload"?[\s>])(?=[^>]*\.wasm)[^>]*>/i;
const STYLE_SHEET = /<link\b(?=[^>]*\brel="?stylesheet"?[\s>])[^>]*>/i;

/** `html` with its wasm preload moved to just after its (first) style sheet. */
export function withEarlyWasm(html) {
  const preload = html.match(WASM_PRELOAD)?.[0];
  if (!preload) throw new Error('no preload of the wasm to move');
  const rest = html.replace(preload, '');
  if (!STYLE_SHEET.test(rest)) throw new Error('no style sheet to put the wasm preload after');
  return rest.replace(STYLE_SHEET, (sheet) => `${sheet}${preload}`);
}

/** Moves the wasm preload of the index.html of the site in `dir`. */
export function run(dir) {
  const file = join(dir, 'index.html');
  writeFileSync(file, withEarlyWasm(readFileSync(file, 'utf8')));
  console.log('preload: the wasm is asked for right after the style sheet');
}

runIfMain(import.meta.url, 'preload', run);
