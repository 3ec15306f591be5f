// What every browser test needs: the built site served on loopback, the system Chromium driven by
// Playwright, and a watch on everything the page does that it must not (console errors, Content-Security-
// Policy violations, requests to another origin). A test file gets all three from `suite()`, and each
// context it opens is closed when its test ends, passed or failed, so that a failure cannot leave a
// context open to hang or trouble the tests after it.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/serve.mjs';

export const ARTIFACTS = 'test-results';

// Without the background-networking flags Chromium tries to reach Google's hosts on a closed network.
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

/** WCAG 2.2 A and AA, and everything they build on. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ (or `root`) under `base` (a sub-path proves the relative asset URLs). */
export function serveSite(base = '/', root = 'dist') {
  return startServer({ root, base });
}

// Ten seconds instead of Playwright's thirty for anything the app should show at once, so that a missing
// element fails its test quickly.
const QUICK = 10_000;

/**
 * The set-up of a file of browser tests. Before the file's first test the built site is served under
 * `base` (none when `base` is null) and Chromium is launched; after its last test both are closed.
 *
 * Returns `site` (its `url` is there once the tests run) and `watched(t, options, url)`: a watched
 * context (see `watchedContext`) on `url` (the site's unless given), closed when test `t` ends, whether
 * it passed or not. Its pages wait ten seconds for anything by default.
 */
export function suite(base = '/') {
  const site = {};
  let browser;
  before(async () => {
    if (base !== null) Object.assign(site, await serveSite(base));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await site.close?.();
  });
  async function watched(t, options = {}, url = site.url) {
    const w = await watchedContext(browser, url, { timeout: QUICK, ...options });
    atEnd(t, () => w.context.close());
    return w;
  }
  return { site, watched };
}

const endings = new WeakMap();

/**
 * Runs `close` when test `t` has ended, however it ended. What a test opened last is closed first, as
 * nested `finally` blocks would close it; every `close` runs even if one before it fails.
 */
export function atEnd(t, close) {
  let stack = endings.get(t);
  if (!stack) {
    stack = [];
    endings.set(t, stack);
    t.after(async () => {
      const failures = [];
      while (stack.length > 0) {
        try {
          await stack.pop()();
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw failures[0];
    });
  }
  stack.push(close);
}

/**
 * A fresh browser context whose pages are watched. `problems()` lists console errors, uncaught errors,
 * CSP violations and requests that left the site's origin; `requests` lists every URL asked for.
 * `timeout` (ms), when given, is how long the context's pages wait for anything by default.
 */
export async function watchedContext(browser, siteUrl, { timeout, ...options } = {}) {
  const origin = new URL(siteUrl).origin;
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  if (timeout !== undefined) context.setDefaultTimeout(timeout);
  const watch = { requests: [], errors: [], violations: [] };
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  context.on('request', (request) => watch.requests.push({
    url: request.url(), method: request.method(), body: request.postData(), at: Date.now(),
  }));
  context.on('page', (page) => observe(page, watch));
  watch.offOrigin = () =>
    watch.requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== origin);
  watch.problems = async (page) => {
    const violations = page ? await page.evaluate(() => window.__cspViolations ?? []) : [];
    return [
      ...watch.errors,
      ...violations.map((v) => `CSP violation: ${v}`),
      ...watch.offOrigin().map(({ url }) => `request to another origin: ${url}`),
    ];
  };
  return { context, watch };
}

function observe(page, watch) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
}

/** The start page's wasm (not the other pages' module). */
export const APP_WASM = /_bg\.wasm$/;

/**
 * Holds every request of `context` for a file matching `pattern` until the returned `release()` is
 * called, as on a slow connection.
 */
export async function holdBack(context, pattern) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Opens the app and waits until it has mounted (`<html data-ready>`) and rendered its heading. */
export async function openApp(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
  return page;
}

/** axe-core violations of WCAG 2.2 AA on the page as it is now, one line each. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * The same scan as `axeViolations`, about twice as fast, for tests that scan many states: axe runs
 * in the page itself (axe-core's "legacy" mode) instead of per frame with a separate page to merge the
 * frames' results, and only violations are collected. The app has no frames, so the two agree.
 */
export async function axeViolationsQuick(page) {
  const result = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Saves a full-page screenshot as a test artefact. */
export async function screenshot(page, name) {
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * Waits until the service worker controls `page` and has stored the site. Its install downloads every
 * file, so a test that counts the page's requests waits for it first.
 */
export async function kept(page) {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const names = await caches.keys();
    return names.some((n) => n.startsWith('transfer-check-'));
  });
  await page.evaluate(() => navigator.serviceWorker.ready);
}
