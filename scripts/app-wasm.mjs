// Builds the app's wasm cut in two and puts it into the staged site: the module the start page needs,
// and the module of every other page, which the first of them to be opened fetches
// (src/app/pages/view.rs). The start page then waits for the first only. Trunk has no step between
// cargo and wasm-bindgen, where the cut must be made (wasm-bindgen drops the linker's relocations the
// cut reads), so this step runs the whole chain:
//
//   cargo (feature `split`; build.rs asks the linker to keep relocations)
//   → wasm-split-cli (the two modules, and the script that fetches the second)
//   → wasm-bindgen on the first (keeping the linker's exports, which the second imports)
//   → wasm-opt on each (release builds)
//
// The files are named with one hash of all of them, since each script names the other; then the
// page's head gets the wasm's preload (right after the style sheet, so that a phone asks for it
// before the scripts) and the script that starts the app. The wasm-opt flags are those Trunk is given
// for the engine's module (site/index.html), and the profile its `data-cargo-profile-release`.
//
// Run by scripts/post-build.mjs, first.
// Usage: node scripts/app-wasm.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIfMain } from './step.mjs';

const NAME = 'transfer-check';
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals',
  'reference-types', 'multivalue'];
// binaryen 132 from package.json, as Trunk uses for the engine's module (Debian's is too old).
const LOCAL_WASM_OPT = join('node_modules', '.bin', 'wasm-opt');
const WASM_OPT = ['-Oz', '--gufa', '--converge', '--strip-producers', ...FEATURES.map((f) => `--enable-${f}`)];

const exec = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20, ...options });

/** Builds the app's wasm with cargo and returns the path of the linker's output. */
function cargoBuild(release) {
  const out = exec('cargo', [
    'build', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME,
    '--features', 'split', '--message-format=json-render-diagnostics',
    ...(release ? ['--profile', 'wasm-release'] : []),
  ]);
  const wasm = out.split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === NAME)
    .flatMap((m) => m.filenames).find((f) => f.endsWith('.wasm'));
  if (!wasm) throw new Error(`cargo built no ${NAME}.wasm`);
  return wasm;
}

// The generated loader compiles the module as it streams in, which only works when the host says it is
// wasm, and takes any answer for the module. This stands in for it: an error answer is an error, and a
// host that serves the module under another type still works (as wasm-bindgen's own loader does).
const INSTANTIATE_CHECKED = `
async function instantiateChecked(pending, imports) {
    const response = await pending;
    if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
    if ((response.headers.get("Content-Type") ?? "").startsWith("application/wasm")) {
        return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
`;

/** The built files, under their final names, with the names each one uses of the others. */
export function named(files, hash) {
  const main = `${NAME}-${hash}`;
  const names = {
    glue: `${main}.js`,
    wasm: `${main}_bg.wasm`,
    loader: `${main}-split.js`,
    pages: `${main}-pages.wasm`,
  };
  const swap = (text, from, to) => {
    if (text.split(from).length !== 2) throw new Error(`expected ${from} once in a built script`);
    return text.replace(from, to);
  };
  return {
    names,
    files: {
      // Only the script's import: the wasm's imports keep the module name they were built with.
      [names.glue]: swap(files.glue, 'from "./__wasm_split.js"', `from "./${names.loader}"`),
      [names.wasm]: files.wasm,
      [names.loader]: swap(
        swap(
          swap(files.loader, `from "./${NAME}.js"`, `from "./${names.glue}"`),
          'new URL("./split_pages.wasm"',
          `new URL("./${names.pages}"`,
        ),
        'WebAssembly.instantiateStreaming(src, imports)',
        'instantiateChecked(src, imports)',
      ) + INSTANTIATE_CHECKED,
      [names.pages]: files.pages,
    },
  };
}

/** `html` with the wasm's preload right after its style sheet, the app's start at the end of its head,
 * and the other pages' module's address on <html> for the page's start-up script (a deep link asks for
 * it at once). */
export function withApp(html, names) {
  const sheet = /<link\b(?=[^>]*\brel="?stylesheet"?[\s>])[^>]*>/i;
  if (!sheet.test(html)) throw new Error('no style sheet to put the wasm preload after');
  if (!html.includes('</head>')) throw new Error('no </head> to put the app\'s start before');
  const preload = `<link rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin>`;
  const start = `<link rel="modulepreload" href="./${names.glue}"><link rel="modulepreload" href="./${names.loader}">`
    + `<script type="module">import init from './${names.glue}';`
    + `await init({ module_or_path: './${names.wasm}' });</script>`;
  if (!/<html\b/i.test(html)) throw new Error('no <html> element');
  return html
    .replace(/<html\b/i, `<html data-pages="./${names.pages}"`)
    .replace(sheet, (s) => `${s}${preload}`)
    .replace('</head>', `${start}</head>`);
}

/** Builds, cuts and stages the app's wasm in the site in `dir`. */
export function run(dir) {
  const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
  const work = mkdtempSync(join(tmpdir(), 'app-wasm-'));
  try {
    const linked = cargoBuild(release);
    const cut = join(work, 'cut');
    exec('wasm-split-cli', ['--target', 'web', '--out-name', NAME, linked, cut]);
    const bound = join(work, 'bound');
    exec('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-dir', bound, '--out-name', NAME, join(cut, `${NAME}.wasm`)]);
    const modules = { wasm: join(bound, `${NAME}_bg.wasm`), pages: join(cut, 'split_pages.wasm') };
    if (release) {
      const wasmOpt = existsSync(LOCAL_WASM_OPT) ? LOCAL_WASM_OPT : 'wasm-opt';
      for (const path of Object.values(modules)) exec(wasmOpt, [...WASM_OPT, path, '-o', path]);
    }
    const built = {
      glue: readFileSync(join(bound, `${NAME}.js`), 'utf8'),
      loader: readFileSync(join(cut, '__wasm_split.js'), 'utf8'),
      wasm: readFileSync(modules.wasm),
      pages: readFileSync(modules.pages),
    };
    // The hash is of the files as served, so that any change to what this step adds renames them too.
    const hash = createHash('sha256');
    for (const part of Object.values(named(built, '0'.repeat(16)).files)) hash.update(part);
    const { names, files } = named(built, hash.digest('hex').slice(0, 16));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const page = join(dir, 'index.html');
    writeFileSync(page, withApp(readFileSync(page, 'utf8'), names));
    const kb = (name) => `${Math.round(files[name].length / 1024)} KB`;
    console.log(`app-wasm: ${names.wasm} (${kb(names.wasm)}) and ${names.pages} (${kb(names.pages)})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, 'app-wasm', run);
