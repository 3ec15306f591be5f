// The pages' module: every page but the start page, and the assessment they show, come in a second wasm
// module (src/app/pages/view.rs, scripts/app-wasm.mjs). The start page is interactive without it, and
// asks for it only then, when the browser is idle, so that Start opens the first step at once; a page
// that needs it sooner waits on that one fetch, says so meanwhile, and focuses the page's heading when
// it is drawn; a deep link is marked ready only once its page is there; and when the module cannot be
// fetched the reader is told why, in their language, keeps their answers, and can try again.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SAVE_KEY, readExample } from './app.mjs';
import { APP_WASM, PHONE, holdBack, openApp, suite } from './support.mjs';

const PAGES = /-pages\.wasm$/;

const { site, watched } = suite('/pages/');

const asked = (watch) => watch.requests.filter(({ url }) => PAGES.test(url)).length;

/** What every test ends with: the pages' module was fetched once, and nothing went wrong. */
async function fetchedOnceCleanly(page, watch) {
  assert.equal(asked(watch), 1);
  assert.deepEqual(await watch.problems(page), []);
}

/** Records, page-side, when the app says it is interactive (`<html data-ready>`). */
async function recordReady(context) {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.hasAttribute('data-ready')) {
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
}

test('the start page is interactive without the pages\' module, which is fetched once at idle after it', async (t) => {
  const { context, watch } = await watched(t, { serviceWorkers: 'block' });
  await recordReady(context);
  const release = await holdBack(context, PAGES);
  const asking = context.waitForEvent('request', (r) => PAGES.test(r.url()));
  const page = await openApp(context, site.url);
  await asking;
  // Start pressed while the module is still on its way: the frame says so, in place of the page, and
  // the step waits on the same fetch rather than asking again.
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  release();
  const heading = page.getByRole('heading', { level: 1, name: 'Your route and status' });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  assert.equal(await page.locator('.page-loading').count(), 0);
  const [ready, fetched] = await page.evaluate(() => [window.__readyAt,
    performance.getEntriesByType('resource').find((e) => /-pages\.wasm$/.test(e.name))?.startTime]);
  assert.ok(ready > 0 && fetched >= ready, `asked for at ${fetched} ms, before the start page was ready at ${ready} ms`);
  // The steps beside the page come with it.
  const steps = page.getByRole('navigation', { name: 'Steps of the check' });
  await steps.waitFor();

  // Later pages and the start page again need nothing more.
  await steps.getByRole('link', { name: 'Result', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  await page.getByRole('link', { name: 'Transfer Check' }).click();
  await page.getByRole('heading', { level: 1, name: 'Transfer Check' }).waitFor();
  await fetchedOnceCleanly(page, watch);
});

test('once the module has come at idle, Start opens the first step with no wait', async (t) => {
  const { context, watch } = await watched(t, { serviceWorkers: 'block' });
  const arrived = context.waitForEvent('requestfinished', (r) => PAGES.test(r.url()));
  const page = await openApp(context, site.url);
  await arrived;
  // Whatever the module still needs to start, it has had the time a reader takes to find the button.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__loadingShown = false;
    new MutationObserver(() => {
      if (document.querySelector('.page-loading')) window.__loadingShown = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your route and status' }).waitFor();
  assert.equal(await page.evaluate(() => window.__loadingShown), false, 'Start made the reader wait');
  await fetchedOnceCleanly(page, watch);
});

test('a deep link asks for the pages\' module at once, and is ready only once its page is drawn', async (t) => {
  const { context, watch } = await watched(t, { serviceWorkers: 'block' });
  const releasePages = await holdBack(context, PAGES);
  const releaseApp = await holdBack(context, APP_WASM);
  const page = await context.newPage();
  const early = page.waitForRequest(PAGES);
  await page.goto(`${site.url}#/timeline`, { waitUntil: 'commit' });
  // Asked for beside the start page's wasm, while that is still on its way, not after it.
  await early;
  releaseApp();
  // The app mounts, but until the page's code is here the prerendered frame stays, saying so.
  await page.waitForFunction(() => document.querySelector('#app')?.children.length > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')), false);
  assert.ok(await page.locator('.prerender__loading').first().isVisible());
  releasePages();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Your timeline' }).isVisible(),
    'the page is drawn when the app says it is ready');
  assert.equal(asked(watch), 1, 'the loader takes the module the page asked for early');
  assert.deepEqual(await watch.problems(page), []);
});

test('back on the start page before the pages\' module arrives, that page stays as it is', async (t) => {
  const { context, watch } = await watched(t, { serviceWorkers: 'block' });
  const release = await holdBack(context, PAGES);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.locator('.page-loading').waitFor();
  await page.getByRole('link', { name: 'Transfer Check' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Transfer Check' });
  await heading.waitFor();
  await heading.evaluate((h) => { h.dataset.mark = 'kept'; });
  const arrived = page.waitForResponse(PAGES);
  release();
  await arrived;
  await page.waitForTimeout(300);
  assert.equal(await heading.getAttribute('data-mark'), 'kept', 'the start page was rebuilt');
  // The module is here now: a step opens at once.
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your route and status' }).waitFor();
  await fetchedOnceCleanly(page, watch);
});

test('when the pages\' module cannot be fetched the reader is told, keeps their answers and can try again', async (t) => {
  const { context, watch } = await watched(t, {
    serviceWorkers: 'block', viewport: PHONE,
  });
  await context.route(PAGES, (route) => route.abort('internetdisconnected'));
  // A returning Chinese reader with saved answers.
  const saved = JSON.stringify(readExample('international-ects'));
  await context.addInitScript(([key, value]) => {
    try {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('transfer-check.lang', 'zh-CN');
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    } catch { /* a document without storage (about:blank) */ }
  }, [SAVE_KEY, saved]);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: '从上次离开处继续' }).click();
  const failed = page.locator('.page-failed');
  await failed.getByRole('heading', { level: 1, name: '无法载入此页' }).waitFor();
  assert.match(await failed.innerText(), /您的回答不会丢失。请确认本设备已联网，然后重试/);
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  // The header still works: the language can be switched, and the message follows.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();

  // Once the network is back, trying again draws the page, with the answers as they were.
  await context.unroute(PAGES);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  assert.match(await page.locator('main').innerText(), /Principles of Microeconomics/);
  // The failed fetches are the only complaints on the console.
  const expected = [/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/,
    /^console error: TypeError: Failed to fetch\n/];
  const problems = await watch.problems(page);
  assert.ok(problems.length > 0);
  assert.deepEqual(problems.filter((p) => !expected.some((e) => e.test(p))), []);
});
