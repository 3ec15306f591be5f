// The build's own step for the app's wasm (scripts/app-wasm.mjs): how it names the cut modules and ties
// their scripts together, and that the built site holds what those scripts ask for.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { named, withApp } from '../../scripts/app-wasm.mjs';
import { files as catalogFiles, read as readCatalog } from '../../scripts/catalog.mjs';

// The parts of wasm-bindgen's and wasm-split-cli's output that the step rewrites, as they write them.
const GLUE = 'import * as import1 from "./__wasm_split.js"\nconst imports = { "./__wasm_split.js": import1 };\n';
const LOADER = 'import { initSync } from "./transfer-check.js";\n'
  + 'const src = fetch(new URL("./split_pages.wasm", import.meta.url));\n'
  + 'return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n';

test('the scripts name each other by their hashed names, and the wasm keeps its import\'s name', () => {
  const { names, files } = named({ glue: GLUE, loader: LOADER, wasm: 'w', pages: 'p' }, '0123456789abcdef');
  assert.deepEqual(names, {
    glue: 'transfer-check-0123456789abcdef.js',
    wasm: 'transfer-check-0123456789abcdef_bg.wasm',
    loader: 'transfer-check-0123456789abcdef-split.js',
    pages: 'transfer-check-0123456789abcdef-pages.wasm',
  });
  const glue = files[names.glue];
  assert.match(glue, /from "\.\/transfer-check-0123456789abcdef-split\.js"/);
  assert.match(glue, /"\.\/__wasm_split\.js": import1/, 'the import object keeps the name the wasm asks for');
  const loader = files[names.loader];
  assert.match(loader, /from "\.\/transfer-check-0123456789abcdef\.js"/);
  assert.match(loader, /new URL\("\.\/transfer-check-0123456789abcdef-pages\.wasm"/);
  assert.match(loader, /instantiateChecked\(src, imports\)/);
  assert.match(loader, /async function instantiateChecked/);
  assert.equal(files[names.pages], 'p');
});

test('output the step does not recognise stops the build, naming what it expected', () => {
  const changed = LOADER.replace('split_pages', 'split_other');
  assert.throws(() => named({ glue: GLUE, loader: changed, wasm: '', pages: '' }, 'x'), /split_pages\.wasm/);
  assert.throws(() => withApp('<html><head></head>', { wasm: 'w', glue: 'g', loader: 'l', pages: 'p' }),
    /style sheet/);
});

test('the page asks for the start page\'s wasm after its style sheet and names the pages\' module', () => {
  const names = { glue: 'g.js', wasm: 'g_bg.wasm', loader: 'g-split.js', pages: 'g-pages.wasm' };
  const html = withApp('<html lang="en"><head><link rel="stylesheet" href="s.css"><script>boot</script></head></html>', names);
  assert.match(html, /^<html data-pages="\.\/g-pages\.wasm" lang="en">/);
  assert.match(html, /href="s\.css"><link rel="preload" href="\.\/g_bg\.wasm" as="fetch" type="application\/wasm" crossorigin><script>boot/);
  assert.match(html, /<script type="module">import init from '\.\/g\.js';await init\(\{ module_or_path: '\.\/g_bg\.wasm' \}\);<\/script><\/head>/);
});

test('the built site holds every file its scripts ask for', () => {
  const files = readdirSync('dist');
  const loader = files.find((f) => f.endsWith('-split.js'));
  assert.ok(loader, files.join(', '));
  const stem = loader.slice(0, -'-split.js'.length);
  for (const f of [`${stem}.js`, `${stem}_bg.wasm`, `${stem}-pages.wasm`]) assert.ok(files.includes(f), f);
  assert.match(readFileSync(join('dist', `${stem}.js`), 'utf8'), new RegExp(`from "\\./${loader}"`));
  assert.match(readFileSync(join('dist', loader), 'utf8'), new RegExp(`new URL\\("\\./${stem}-pages\\.wasm"`));
  assert.match(readFileSync(join('dist', 'index.html'), 'utf8'), new RegExp(`data-pages="?\\./${stem}-pages\\.wasm`));
  assert.ok(!existsSync(join('dist', '__wasm_split.js')));
  // Both scripts parse (the loader carries text the step adds).
  for (const f of [`${stem}.js`, loader]) execFileSync(process.execPath, ['--check', join('dist', f)]);
});

test('the catalogue is written as an index and one file per programme, named after its content', () => {
  const written = catalogFiles(readCatalog('catalog'));
  const index = JSON.parse(written['index.json']);
  assert.equal(index.publication.published_on, '2026-09-01');
  assert.deepEqual(index.programmes.map((p) => p.id), ['cs-2026', 'econ-2026', 'se-master-2026']);
  for (const entry of index.programmes) {
    assert.match(entry.file, new RegExp(`^${entry.id}-[0-9a-f]{12}\\.json$`));
    const programme = JSON.parse(written[entry.file]);
    assert.equal(programme.id, entry.id);
    assert.ok(programme.courses.length >= 10);
  }
  // The built site holds them, and the service worker keeps them for offline use.
  const built = readdirSync(join('dist', 'catalog')).sort();
  assert.deepEqual(built, Object.keys(written).sort());
  const sw = readFileSync(join('dist', 'sw.js'), 'utf8');
  for (const name of built) assert.ok(sw.includes(`"catalog/${name}"`), `sw.js keeps catalog/${name}`);
});

test('a catalogue with Chinese headers and a GB18030 file is read by the build as written', () => {
  const out = join('target', 'catalog-zh');
  rmSync(out, { recursive: true, force: true });
  execFileSync('node', ['scripts/catalog.mjs', out], {
    env: { ...process.env, TRANSFER_CHECK_CATALOG: 'tests/fixtures/catalog-zh' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const index = JSON.parse(readFileSync(join(out, 'catalog', 'index.json'), 'utf8'));
  assert.deepEqual(index.programmes.map((p) => [p.id, p.major.zh]), [['math-2026', '数学与应用数学']]);
  const programme = JSON.parse(readFileSync(join(out, 'catalog', index.programmes[0].file), 'utf8'));
  const first = programme.courses[0];
  // courses.csv is GB18030: its Chinese title arrives as written.
  assert.deepEqual([first.code, first.title.zh, first.title.en], ['MA101', '数学分析（一）', 'Mathematical Analysis I']);
  assert.equal(first.kind, 'theory', '理论 read as theory');
});

test('a catalogue that does not pass its check stops the build, naming file, line and column', () => {
  const out = join('target', 'catalog-refused');
  let failure;
  try {
    execFileSync('node', ['scripts/catalog.mjs', out], {
      env: { ...process.env, TRANSFER_CHECK_CATALOG: 'tests/fixtures/catalog-broken' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    failure = error;
  }
  assert.ok(failure, 'the step succeeded');
  assert.equal(failure.status, 1);
  const said = failure.stderr.toString();
  for (const line of readFileSync('tests/fixtures/catalog-broken/expected-errors.txt', 'utf8').trim().split('\n')) {
    assert.ok(said.includes(line), `the build says ${line}\n${said}`);
  }
  assert.equal(existsSync(join(out, 'catalog')), false, 'nothing of it is written');
});
