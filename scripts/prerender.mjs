// Writes the start page of each language, rendered by the app's own components (src/bin/prerender.rs),
// into the built index.html, so that a visitor sees it before the wasm has arrived; and, onto <html>, the
// page title of each language and the app's storage keys, for the start-up script to read before the
// first paint.
//
// Run by scripts/post-build.mjs, before scripts/csp.mjs.
// Usage: node scripts/prerender.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIfMain } from './step.mjs';

/** The pages and titles the app renders at build time: `{ pages: { en, "zh-CN" }, titles: {...} }`. */
export function render() {
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--offline', '--bin', 'prerender'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out);
}

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** `html` with the prerendered pages before the app's mount point, and the titles and storage keys the
 * start-up script reads on <html>. */
export function withPrerender(html, { pages, titles, keys }) {
  const mount = /<div id="?app"?><\/div>/;
  if (!mount.test(html)) throw new Error('no <div id="app"></div> to put the pages before');
  const copies = Object.entries(pages)
    .map(([tag, page]) => {
      const id = `prerender-${tag.split('-')[0]}`;
      return `<div class="prerender" id="${id}" aria-busy="true">${page}</div>`;
    })
    .join('');
  const root = /<html\b([^>]*)>/i;
  if (!root.test(html)) throw new Error('no <html> element');
  return html
    .replace(mount, (m) => `${copies}${m}`)
    .replace(root, (_, attrs) => `<html${attrs} data-titles='${escapeAttribute(JSON.stringify(titles))}'`
      + ` data-keys='${escapeAttribute(JSON.stringify(keys))}'>`);
}

/** Prerenders the index.html of the site in `dir`. */
export function run(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (/class="?prerender/.test(html)) throw new Error(`${file} is already prerendered`);
  const rendered = render();
  writeFileSync(file, withPrerender(html, rendered));
  console.log(`prerender: start page written in ${Object.keys(rendered.pages).join(', ')}`);
}

runIfMain(import.meta.url, 'prerender', run);
