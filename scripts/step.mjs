// How each of the build's last steps runs, from scripts/post-build.mjs or alone from the command line
// (`node scripts/<step>.mjs [dist]`, default $TRUNK_STAGING_DIR): a failure names its step and stops
// the build.

import { pathToFileURL } from 'node:url';

/** The staged site's folder: the command line's, Trunk's staging folder, or dist/. */
export const stagedDir = () => process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';

/** Runs one step over `dir`; on failure says which step and why, and exits with 1. */
export function runStep(name, run, dir) {
  try {
    run(dir);
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  }
}

/** Runs the step when its module is the script node was started with. */
export function runIfMain(moduleUrl, name, run) {
  if (moduleUrl === pathToFileURL(process.argv[1] ?? '').href) runStep(name, run, stagedDir());
}
