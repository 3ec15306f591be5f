// Trunk's post_build hook: finishes the staged site in order. The app's wasm is built and cut in two
// first (Trunk builds only the engine's module for embedding sites), then the programme catalogue is
// checked and written as the site's files, then the start page is rendered into index.html, then the
// page's inline scripts are hashed into its policy, and last the service worker gets the list of the
// finished files.

import * as appWasm from './app-wasm.mjs';
import * as catalog from './catalog.mjs';
import * as csp from './csp.mjs';
import * as offline from './offline.mjs';
import * as prerender from './prerender.mjs';
import { runStep, stagedDir } from './step.mjs';

const dir = stagedDir();
for (const [name, step] of [
  ['app-wasm', appWasm], ['catalog', catalog], ['prerender', prerender], ['csp', csp], ['offline', offline],
]) {
  runStep(name, step.run, dir);
}
