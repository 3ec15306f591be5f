// How fast the built site is where users feel it, in headless Chromium on this machine. Not part of the
// test command (the figures depend on the machine); rerun it after a change and compare.
//
// For the app and for a static twin of its start page (the same HTML and style sheet, no script), on a
// desktop profile and on Lighthouse's mobile profile (1.6 Mbps down, 150 ms round trip, CPU 4x slower),
// every file served brotli-compressed and every run a first visit: the median over N runs of first
// contentful paint and of the time to <html data-ready>; the bytes of the first load; the time from
// Start to the first step; the time a keystroke in a course's grade takes to update the page with
// 200 courses; and, with 50 cases on the device, the time to list them and to compare four.
//
// With --write, it also writes the figures, with what was measured and on what, as a Markdown page
// (docs/performance.md unless a path follows the flag), replacing the page's previous figures.
//
// Usage: node scripts/bench-browser.mjs [--runs 7] [--root dist] [--write [docs/performance.md]]
//   (build first: trunk build --release)

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Where the section of docs/performance.md that scripts/bench-assess.mjs writes begins. */
const ASSESS_BEGIN = '<!-- assess: written by scripts/bench-assess.mjs --write -->';
import { cpus, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', '7'));
const ROOT = option('root', 'dist');
const WRITE = (() => {
  const at = process.argv.indexOf('--write');
  if (at < 0) return null;
  const path = process.argv[at + 1];
  return path === undefined || path.startsWith('--') ? 'docs/performance.md' : path;
})();

const PROFILES = {
  desktop: { label: 'desktop', viewport: { width: 1280, height: 900 }, network: null, cpu: 1 },
  mobile: {
    label: 'mobile (1.6 Mbps, 150 ms, CPU 4x)',
    viewport: { width: 412, height: 823 },
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpu: 4,
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The start page with no script: what a static copy of the same page would paint. */
function twin() {
  return readFileSync(join(ROOT, 'index.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/gi, '')
    .replace(/<html\b/i, '<html data-boot="start-en"');
}

async function visit(browser, url, profile, { ready }) {
  const context = await browser.newContext({ viewport: profile.viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await cdp.send('Network.enable');
  // Each response's bytes, by when its request was sent: the first load is what was asked for before
  // the app was interactive (the other pages' module follows at idle).
  const sentAt = new Map();
  const received = [];
  cdp.on('Network.requestWillBeSent', (e) => { sentAt.set(e.requestId, e.wallTime * 1000); });
  cdp.on('Network.loadingFinished', (e) => { received.push({ id: e.requestId, bytes: e.encodedDataLength }); });
  await page.addInitScript(() => {
    // Observed from the document itself: the init script runs before <html> exists.
    new MutationObserver((_, observer) => {
      if (document.documentElement?.hasAttribute('data-ready')) {
        window.__ready = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const timings = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: window.__ready ?? null,
    readyAt: performance.timeOrigin + (window.__ready ?? Infinity),
  }));
  const { readyAt, ...shown } = timings;
  const bytes = received.filter((r) => (sentAt.get(r.id) ?? Infinity) <= readyAt)
    .reduce((sum, r) => sum + r.bytes, 0);
  const start = ready ? await startToStep(page) : null;
  await context.close();
  return { ...shown, bytes, start };
}

/**
 * Milliseconds from pressing Start to the first step's heading, after a reader's look at the start page
 * (two seconds from the moment it is interactive, in which the other pages' module comes at idle).
 */
async function startToStep(page) {
  await page.waitForTimeout(2_000);
  const button = page.getByRole('button', { name: 'Start now' });
  const heading = page.getByRole('heading', { level: 1, name: 'Your route and status' });
  const began = Date.now();
  await button.click();
  await heading.waitFor({ timeout: 120_000 });
  return Date.now() - began;
}

/** A case of 200 courses, from the mainland example's courses (percentage grades) repeated. */
function longCase() {
  const c = JSON.parse(readFileSync('examples/mainland-undergraduate.json', 'utf8'));
  const courses = [];
  for (let i = 0; courses.length < 200; i += 1) {
    const course = structuredClone(c.courses[i % c.courses.length]);
    course.title = `${course.title} ${Math.floor(i / c.courses.length) + 1}`;
    courses.push(course);
  }
  c.courses = courses;
  return c;
}

/** Milliseconds from each keydown in a course's grade to the page's update (its DOM changed), median. */
async function keystrokes(browser, url) {
  const context = await browser.newContext({ viewport: PROFILES.desktop.viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('#case-file').setInputFiles({
    name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longCase())),
  });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.goto(`${url}#/courses`);
  const change = page.getByRole('button', { name: /^Change course 1: / });
  await change.click();
  const editor = page.getByRole('region', { name: /^Course 1:/ });
  const grade = editor.getByLabel('Grade', { exact: true });
  await grade.focus();
  await page.evaluate(() => {
    window.__latency = [];
    let start = null;
    // From a digit's keydown to the first change of the page it causes (the grade, the row's outcome,
    // the totals): the time the app takes to re-assess and re-render.
    document.addEventListener('keydown', (e) => { if (/^\d$/.test(e.key)) start = performance.now(); }, true);
    new MutationObserver(() => {
      if (start !== null) {
        window.__latency.push(performance.now() - start);
        start = null;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(30);
    await page.keyboard.type(String(i % 10));
    await page.waitForTimeout(30);
  }
  const latency = await page.evaluate(() => window.__latency);
  await context.close();
  return { median: median(latency), samples: latency.length };
}

/** How many cases the cases page is measured with: an advisor's term of applicants. */
const DESK_CASES = 50;

/** A file of `DESK_CASES` cases, the examples in turn, for "Open a file of cases". */
function deskFile() {
  const names = ['mainland-undergraduate', 'international-ects', 'revoked-institution', 'masters', 'doctoral'];
  const cases = Array.from({ length: DESK_CASES }, (_, i) => ({
    name: `Applicant ${i + 1}`,
    case: JSON.parse(readFileSync(`examples/${names[i % names.length]}.json`, 'utf8')),
  }));
  return JSON.stringify({ format: 'transfer-check/cases', version: 1, cases });
}

/** Milliseconds from following the header's "Cases" link to the last of `DESK_CASES` cases listed,
 * each read and assessed, median of 5; and from ticking two to four of them to cases side by side. */
async function desk(browser, url) {
  const context = await browser.newContext({ viewport: PROFILES.desktop.viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}#/cases`);
  await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor();
  await page.getByLabel('Open a file of cases', { exact: true }).setInputFiles({
    name: 'term.json', mimeType: 'application/json', buffer: Buffer.from(deskFile()),
  });
  const last = page.getByRole('heading', { name: `Applicant ${DESK_CASES}`, exact: true });
  await last.waitFor();
  const list = [];
  for (let i = 0; i < 5; i += 1) {
    await page.goto(`${url}#/about`);
    await page.getByRole('heading', { level: 1, name: 'Your route and status' }).waitFor();
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('banner').getByRole('link', { name: 'Cases', exact: true }).click();
    await last.waitFor();
    list.push(await page.evaluate(() => performance.now()) - start);
  }
  for (let i = 1; i <= 4; i += 1) await page.getByLabel(`Compare “Applicant ${i}”`, { exact: true }).check();
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Compare the chosen cases', exact: true }).click();
  await page.getByRole('table', { name: 'The chosen cases side by side' }).waitFor();
  const side = await page.evaluate(() => performance.now()) - start;
  await context.close();
  return { list: median(list), side };
}

/** The build measured: the commit, and whether the tree had changes of its own. */
function build() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit \`${git('rev-parse', '--short=7', 'HEAD')}\`${changed ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'a build outside git';
  }
}

/** 1234567 as "1,234,567". */
const grouped = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The page docs/performance.md: what is measured and how, the build and machine, then the figures. */
function page({ measured, runs, profiles, keys, cases }) {
  const rows = profiles.map((p) => `| ${p.label} | ${grouped(p.fcp)} ms | ${grouped(p.ready)} ms | ${grouped(p.twinFcp)} ms `
    + `| ${(p.fcp / p.twinFcp).toFixed(2)} | ${(p.ready / p.twinFcp).toFixed(2)} | ${grouped(p.bytes)} B | ${grouped(p.start)} ms |`);
  return `<!-- Written by scripts/bench-browser.mjs --write: change the script, not this page. -->
# Performance

Measured on ${measured.build} (${measured.date}), on a machine with ${measured.machine}, in headless
Chromium ${measured.chromium}: median of ${runs} first visits for each profile and site.

How fast the built site is where users feel it. The release build is served from loopback with every file
brotli-compressed, and every visit is a first visit (a new browser context, no service worker). For the app
and for a static twin of its start page (the same HTML and style sheet, no script): the first contentful
paint; for the app, the time until it is interactive (\`<html data-ready>\`, set once the app has taken over
from the prerendered page); the bytes of the first load as the browser received them, headers included (what
was asked for before the app was interactive: the other pages' module follows at idle); and the time from
pressing Start, two seconds after the app was interactive, to the first step's heading.
Then, with a case of 200 courses, the time from a keystroke in a course's grade to the page's update; and with
${DESK_CASES} cases on the device, the time to list them, each read and assessed, and to compare four. The
desktop profile is 1280 x 900 without throttling; the mobile one is 412 x 823 on Lighthouse's mobile profile
(1.6 Mbps down, 150 ms round trip, CPU 4x slower). Figures depend on the machine and vary between runs:
compare two builds by measuring them back to back on one machine.

To measure again and rewrite this page:

\`\`\`sh
trunk build --release
node scripts/bench-browser.mjs --runs 9 --write docs/performance.md
\`\`\`

## First visit

| profile | app first paint | app interactive (\`data-ready\`) | static twin's first paint | paint / twin | interactive / twin's paint | first load (brotli) | Start to the first step |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Typing

| keystroke in a course's grade to the page's update, 200 courses, desktop | samples |
|---|---|
| ${keys.median.toFixed(1)} ms | ${keys.samples} |

## Cases on this device

| ${DESK_CASES} cases: "Cases" in the header to the last one listed, desktop (median of 5) | four of them side by side |
|---|---|
| ${grouped(cases.list)} ms | ${grouped(cases.side)} ms |
`;
}

/** A copy of the built site whose index.html is the twin. */
function twinSite() {
  const dir = mkdtempSync(join(tmpdir(), 'transfer-check-twin-'));
  cpSync(ROOT, dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), twin());
  return dir;
}

async function main() {
  const twinDir = twinSite();
  const site = await startServer({ root: ROOT, base: '/', brotli: true });
  const still = await startServer({ root: twinDir, base: '/', brotli: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  const profiles = [];
  try {
    for (const [name, profile] of Object.entries(PROFILES)) {
      const app = [];
      const static_ = [];
      for (let i = 0; i < RUNS; i += 1) {
        app.push(await visit(browser, site.url, profile, { ready: true }));
        static_.push(await visit(browser, still.url, profile, { ready: false }));
      }
      const fcp = median(app.map((r) => r.fcp));
      const ready = median(app.map((r) => r.ready));
      const twinFcp = median(static_.map((r) => r.fcp));
      const bytes = median(app.map((r) => r.bytes));
      const start = median(app.map((r) => r.start));
      profiles.push({ label: profile.label, fcp, ready, twinFcp, bytes, start });
      rows.push({
        profile: name,
        'app FCP ms': fcp.toFixed(0),
        'app data-ready ms': ready.toFixed(0),
        'twin FCP ms': twinFcp.toFixed(0),
        'FCP / twin FCP': (fcp / twinFcp).toFixed(2),
        'ready / twin FCP': (ready / twinFcp).toFixed(2),
        'first load B (br)': median(app.map((r) => r.bytes)).toFixed(0),
        'Start to step 1 ms': start.toFixed(0),
      });
    }
    console.log(`Median of ${RUNS} first visits each:`);
    console.table(rows);
    const keys = await keystrokes(browser, site.url);
    console.log(`Keystroke in a course's grade to page update, 200 courses (desktop, median of ${keys.samples}): ${keys.median.toFixed(1)} ms`);
    const cases = await desk(browser, site.url);
    console.log(`${DESK_CASES} cases listed: ${cases.list.toFixed(0)} ms; four side by side: ${cases.side.toFixed(0)} ms`);
    if (WRITE) {
      const measured = {
        build: build(),
        date: new Date().toISOString().slice(0, 10),
        machine: `${cpus().length} cores, ${type()}`,
        chromium: browser.version().split('.')[0],
      };
      // The `assess` command's section is another script's (scripts/bench-assess.mjs): kept as it is.
      const previous = existsSync(WRITE) ? readFileSync(WRITE, 'utf8') : '';
      const kept = previous.indexOf(ASSESS_BEGIN) >= 0 ? previous.slice(previous.indexOf(ASSESS_BEGIN)) : '';
      writeFileSync(WRITE, page({ measured, runs: RUNS, profiles, keys, cases }) + (kept ? `\n${kept}` : ''));
      console.log(`Written to ${WRITE}`);
    }
  } finally {
    await browser.close();
    await site.close();
    await still.close();
    rmSync(twinDir, { recursive: true, force: true });
  }
}

await main();
