// How long the `assess` command takes over many case files, with and without the programme catalogue.
//
// Writes N case files (10,000 unless --cases says otherwise) into a temporary folder: the examples in
// turn, and as many cases again that chose the sample catalogue's Computer Science programme, their
// courses matched by code with knowledge points ticked. Then runs the release `assess` over all of them,
// once without `--catalog`, once with `--catalog catalog` and once with `--summary`, best of --runs (3),
// output discarded, and prints the wall-clock times. With --write, the figures replace the section of
// docs/performance.md that this script owns (scripts/bench-browser.mjs keeps it when it rewrites the
// page).
//
// Usage: node scripts/bench-assess.mjs [--cases 10000] [--runs 3] [--write [docs/performance.md]]

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, type } from 'node:os';
import { join } from 'node:path';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const CASES = option('--cases', 10_000);
const RUNS = option('--runs', 3);
const WRITE = (() => {
  const at = process.argv.indexOf('--write');
  if (at < 0) return null;
  const path = process.argv[at + 1];
  return path === undefined || path.startsWith('--') ? 'docs/performance.md' : path;
})();

/** The section of docs/performance.md this script writes, between these two lines. */
export const BEGIN = '<!-- assess: written by scripts/bench-assess.mjs --write -->';
export const END = '<!-- /assess -->';

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')));

/** The mainland example in the sample's Computer Science programme, its courses matched by code. */
function inCatalogue() {
  const c = structuredClone(examples.find((e) => e.applicant?.route === 'mainland'));
  c.program.catalog = { programme: 'cs-2026', published_on: '2026-09-01' };
  const codes = [['CS101', ['kp1', 'kp2', 'kp3']], ['MA101', []], ['CS102', []], ['CS201', ['kp1', 'kp3', 'kp4']]];
  c.courses.forEach((k, i) => {
    const [code, covered] = codes[i % codes.length];
    if (k.match) k.match = { ...k.match, code, covered };
  });
  return c;
}

function write(dir) {
  const matched = inCatalogue();
  const files = [];
  for (let i = 0; i < CASES; i += 1) {
    const c = i % 2 === 0 ? examples[(i / 2) % examples.length] : matched;
    const file = join(dir, `case-${String(i).padStart(5, '0')}.json`);
    writeFileSync(file, JSON.stringify(c));
    files.push(file);
  }
  return files;
}

function time(args) {
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    const r = spawnSync('target/release/assess', args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`assess ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${r.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

execFileSync('cargo', ['build', '--release', '--locked', '--bin', 'assess'], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'assess-bench-'));
try {
  const files = write(dir);
  const today = ['--today', '2026-12-01', '--compact'];
  const plain = time([...today, ...files]);
  const withCatalog = time([...today, '--catalog', 'catalog', ...files]);
  const summary = time([...today, '--summary', ...files]);
  const check = time(['--catalog', 'catalog', '--check']);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`assess over ${CASES} case files: ${s(plain)}; with --catalog catalog: ${s(withCatalog)}; --summary: ${s(summary)}; --check alone: ${check.toFixed(0)} ms`);
  if (WRITE) {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    const section = `${BEGIN}
## The \`assess\` command

Measured on commit \`${rev}\` (${new Date().toISOString().slice(0, 10)}), ${cpus().length} cores, ${type()}: the
release build over ${CASES.toLocaleString('en')} case files (the examples in turn, and as many that chose the sample
catalogue's Computer Science programme with their courses matched by code), JSON Lines to nowhere, best of ${RUNS}
runs, the files shared among every core. \`node scripts/bench-assess.mjs --write\` measures again.

| run | wall-clock time |
|---|---|
| \`assess FILES\` | ${s(plain)} |
| \`assess --catalog catalog FILES\` | ${s(withCatalog)} |
| \`assess --summary FILES\` | ${s(summary)} |
| \`assess --catalog catalog --check\` | ${check.toFixed(0)} ms |
${END}`;
    const old = readFileSync(WRITE, 'utf8');
    const from = old.indexOf(BEGIN);
    const to = old.indexOf(END);
    const next = from >= 0 && to > from
      ? old.slice(0, from) + section + old.slice(to + END.length)
      : `${old.trimEnd()}\n\n${section}\n`;
    writeFileSync(WRITE, next);
    console.log(`Written to ${WRITE}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
