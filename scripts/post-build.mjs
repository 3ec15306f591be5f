// Trunk's post_build hook: finishes the staged site in order. The start page is rendered into
// index.html first and the wasm's preload moved up its head, then the page's inline scripts are hashed
// into its policy, and last the service worker gets the list of the finished files.

import * as csp from './csp.mjs';
import * as offline from './offline.mjs';
import * as preload from './preload.mjs';
import * as prerender from './prerender.mjs';
import { runStep, stagedDir } from './step.mjs';

const dir = stagedDir();
for (const [name, step] of [['prerender', prerender], ['preload', preload], ['csp', csp], ['offline', offline]]) {
  runStep(name, step.run, dir);
}
