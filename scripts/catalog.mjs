// Writes the programme catalogue into the built site: catalog/index.json, the programmes to choose from,
// and one file per programme named after its content, read by the app when a student first chooses a
// programme and kept by the service worker for offline use. The catalogue is the folder `catalog/`, or
// the one $TRANSFER_CHECK_CATALOG names; one that does not pass its check stops the build with every
// problem as FILE:LINE:COLUMN (src/bin/catalog.rs), so a deployment never serves it.
//
// Run by scripts/post-build.mjs, before scripts/offline.mjs lists the site's files.
// Usage: node scripts/catalog.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIfMain } from './step.mjs';

/** The catalogue folder the site is built with. */
export const source = () => process.env.TRANSFER_CHECK_CATALOG ?? 'catalog';

/** The catalogue as the site serves it: `{ index, programmes: { id: programme } }`. */
export function read(dir = source()) {
  try {
    const out = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--offline', '--bin', 'catalog', '--', dir],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(out);
  } catch (error) {
    const problems = error.stderr?.toString().trim();
    throw new Error(`the catalogue ${dir} cannot be published:\n${problems || error.message}`);
  }
}

/** The files to write under catalog/: the index and each programme, named after its content. */
export function files({ index, programmes }) {
  const out = {};
  const named = index.programmes.map((entry) => {
    const text = JSON.stringify(programmes[entry.id]);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const file = `${entry.id}-${hash}.json`;
    out[file] = text;
    return { ...entry, file };
  });
  out['index.json'] = JSON.stringify({ ...index, programmes: named });
  return out;
}

/** Writes the catalogue into the site in `dir`. */
export function run(dir) {
  const catalog = read();
  const target = join(dir, 'catalog');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const written = files(catalog);
  for (const [name, text] of Object.entries(written)) writeFileSync(join(target, name), text);
  console.log(`catalog: ${source()} written as ${Object.keys(written).length} files`);
}

runIfMain(import.meta.url, 'catalog', run);
