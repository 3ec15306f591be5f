// Byte budgets for the first load of the release build (raw and brotli), and the built policy's shape.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { inlineScriptHashes } from '../../scripts/csp.mjs';

// What a first visit downloads: every file of the site (it has no lazy parts). Measured at 361.5 KiB
// (the engine with the planner and its holiday data, the CSCSE guide and its scan check, the
// interface, both languages and the text of the Measures and rulings); the budget leaves ~5% until
// the first load is split.
const BUDGET_BROTLI = 380 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

test('the first load fits its budget', () => {
  let raw = 0;
  let compressed = 0;
  const rows = [];
  for (const file of files('dist')) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    const br = brotli(bytes);
    compressed += br;
    rows.push(`${file}: ${bytes.length} B raw, ${br} B brotli`);
  }
  console.log([...rows, `total: ${raw} B raw, ${compressed} B brotli`].join('\n'));
  assert.ok(compressed <= BUDGET_BROTLI, `first load ${compressed} B brotli > ${BUDGET_BROTLI} B`);
});

test('the built page allows exactly its own inline scripts', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const policy = html.match(/http-equiv="?Content-Security-Policy"?[^>]*content="([^"]*)"/i)?.[1]
    ?? html.match(/content="([^"]*)"[^>]*http-equiv="?Content-Security-Policy/i)?.[1];
  assert.ok(policy, 'no Content-Security-Policy meta element');
  const directives = Object.fromEntries(
    policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]),
  );
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  const hashes = directives['script-src'].filter((s) => s.startsWith("'sha256-"));
  assert.deepEqual(hashes, inlineScriptHashes(html));
  assert.ok(!directives['script-src'].includes("'unsafe-inline'"));
});
