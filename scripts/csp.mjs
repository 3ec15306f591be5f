// Keeps the page's Content-Security-Policy in step with the built HTML.
//
// The app is started by an inline module script (written by scripts/app-wasm.mjs) whose text depends on
// the hashed file names, so its hash changes with every code change. Run by scripts/post-build.mjs, this script hashes every inline
// script in the staged index.html and puts exactly those hashes into the meta policy's script-src.
//
// Usage: node scripts/csp.mjs [dist]   (default: $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIfMain } from './step.mjs';

/** The base64 sha256 source expression of every inline script in `html`, in page order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The attributes of one start tag, with where each sits in it (values may be quoted or not: Trunk's
 * minifier drops quotes and reorders attributes). */
function attributes(tag) {
  const found = [];
  const pattern = /([^\s=/<>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
  for (const m of tag.replace(/^<meta/i, '').matchAll(pattern)) {
    const raw = m[2] ?? '';
    const value = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    found.push({ name: m[1].toLowerCase(), value, text: m[0] });
  }
  return found;
}

/** `policy` with its script-src hash sources replaced by `hashes`. */
function withHashes(policy, hashes) {
  let sawScriptSrc = false;
  const result = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name.toLowerCase() !== 'script-src') return directive;
      sawScriptSrc = true;
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/i.test(s)), ...hashes].join(' ');
    })
    .join('; ');
  if (!sawScriptSrc) throw new Error('the page policy has no script-src directive');
  return result;
}

/** `html` with the meta policy's script-src hashes replaced by `hashes`. */
export function withScriptHashes(html, hashes) {
  let count = 0;
  const out = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    const attrs = attributes(tag);
    const equiv = attrs.find((a) => a.name === 'http-equiv');
    const content = attrs.find((a) => a.name === 'content');
    if (equiv?.value.toLowerCase() !== 'content-security-policy' || !content) return tag;
    count += 1;
    return tag.replace(content.text, `content="${withHashes(content.value, hashes)}"`);
  });
  if (count !== 1) throw new Error(`expected one Content-Security-Policy meta element, found ${count}`);
  return out;
}

/** Writes the hashes into the index.html of the site in `dir`. */
export function run(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const hashes = inlineScriptHashes(html);
  // No inline script means the page lost its start-up scripts: fail rather than ship a page that
  // cannot start under its own policy.
  if (hashes.length === 0) throw new Error(`no inline script found in ${file}`);
  writeFileSync(file, withScriptHashes(html, hashes));
  console.log(`csp: script-src allows ${hashes.join(' ')}`);
}

// Run directly (not imported by a test)?
runIfMain(import.meta.url, 'csp', run);
