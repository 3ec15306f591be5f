// Trunk's post_build hook: finishes the staged site in order. The start page is rendered into
// index.html first, then the page's inline scripts are hashed into its policy, and last the service
// worker gets the list of the finished files.

import * as csp from './csp.mjs';
import * as offline from './offline.mjs';
import * as prerender from './prerender.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
for (const [name, step] of [['prerender', prerender], ['csp', csp], ['offline', offline]]) {
  try {
    step.run(dir);
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  }
}
