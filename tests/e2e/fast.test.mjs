// The first paint does not wait for the wasm: index.html carries the start page rendered at build time,
// in the reader's language, only its frame for a deep link, controls disabled until the app has mounted;
// the app then takes over without moving anything and sets <html data-ready>.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_WASM, PHONE, holdBack, suite } from './support.mjs';

const { site, watched } = suite('/app/');

/**
 * A page whose wasm is held back until `release()` is called, as on a slow connection: everything
 * the page shows meanwhile comes from index.html alone.
 */
async function heldBack(context) {
  const release = await holdBack(context, APP_WASM);
  const page = await context.newPage();
  return { page, release };
}

const box = (locator) => locator.boundingBox();

test('the start page paints from index.html alone, then the app takes over without a jump', async (t) => {
  const { context, watch } = await watched(t);
  const { page, release } = await heldBack(context);
  await page.goto(site.url, { waitUntil: 'domcontentloaded' });
  const h1 = page.getByRole('heading', { level: 1, name: 'Transfer Check' });
  await h1.waitFor();
  assert.equal(await page.getAttribute('html', 'data-ready'), null);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Controls that need the app are plainly not ready; the start link works as a link.
  const english = page.getByRole('button', { name: 'English' });
  assert.equal(await english.isDisabled(), true);
  assert.equal(await page.locator('[aria-busy="true"]:visible').count(), 1, 'the shown copy is announced as busy');
  const before = { h1: await box(h1), start: await box(page.getByRole('button', { name: 'Start now' })) };
  assert.equal(await page.getByText('转学资格自查', { exact: true }).first().isVisible(), false);

  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.prerender').count(), 0, 'the prerendered copies are gone');
  assert.deepEqual({ h1: await box(h1), start: await box(page.getByRole('button', { name: 'Start now' })) }, before);
  assert.equal(await english.isDisabled(), false);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.deepEqual(await watch.problems(page), []);
});

test('a returning Chinese reader gets the Chinese page first, at 360 px too', async (t) => {
  const { context, watch } = await watched(t, { viewport: PHONE });
  await context.addInitScript(() => {
    try {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('transfer-check.lang', 'zh-CN');
        sessionStorage.setItem('seeded', '1');
      }
    } catch { /* a document without storage (about:blank) */ }
  });
  const { page, release } = await heldBack(context);
  await page.goto(site.url, { waitUntil: 'domcontentloaded' });
  const h1 = page.getByRole('heading', { level: 1, name: '转学资格自查' });
  await h1.waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.title(), '转学资格自查');
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Transfer Check' }).isVisible(), false);
  const before = await box(h1);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.deepEqual(await box(h1), before);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(await watch.problems(page), []);
});

test('a deep link shows only the frame until its page is ready; a click before the app follows its link', async (t) => {
  const { context, watch } = await watched(t);
  const { page, release } = await heldBack(context);
  await page.goto(`${site.url}#/result`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Transfer Check' }).isVisible(), false,
    'no flash of the start page');
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();

  // The start link, followed before the app has loaded, leads to its page once it has.
  const second = await heldBack((await watched(t)).context);
  await second.page.goto(site.url, { waitUntil: 'domcontentloaded' });
  await second.page.getByRole('button', { name: 'Start now' }).click();
  assert.match(second.page.url(), /#\/about$/);
  await second.page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  second.release();
  await second.page.getByRole('heading', { level: 1, name: 'Your route and status' }).waitFor();
  assert.deepEqual(await watch.problems(page), []);
});

test('with saved answers the start page is not shown before the app can say "Continue"', async (t) => {
  // No service worker, so that the second visit's wasm comes from the network and can be held back.
  const { context, watch } = await watched(t, { serviceWorkers: 'block' });
  const first = await context.newPage();
  await first.goto(site.url);
  await first.locator('html[data-ready]').waitFor({ state: 'attached' });
  await first.getByRole('button', { name: 'Start now' }).click();
  await first.getByLabel('At a university outside China', { exact: true }).check();
  await first.close();
  const { page, release } = await heldBack(context);
  await page.goto(site.url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start now' }).isVisible(), false);
  release();
  await page.getByRole('button', { name: 'Continue where you left off' }).waitFor();
  assert.deepEqual(await watch.problems(page), []);
});
