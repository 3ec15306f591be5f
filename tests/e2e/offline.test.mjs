// Offline: after one visit the service worker keeps the site, so that with the network gone a reload and
// a new tab open the app, a citation's text and an example; a new version waits until the user chooses
// it, keeps their answers, and leaves only its own cache behind.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandCitation } from './app.mjs';
import { atEnd, kept, openApp, serveSite, suite } from './support.mjs';

// Each test serves its own site (the last one a copy of dist/ that it changes), so the file serves none.
const { watched } = suite(null);

/** The built site (or `root`) served under `base` until test `t` ends. */
async function serveFor(t, base, root) {
  const site = await serveSite(base, root);
  atEnd(t, () => site.close());
  return site;
}


test('after one visit the app, a citation and an example open with the network gone', async (t) => {
  const site = await serveFor(t, '/offline/');
  const { context, watch } = await watched(t, {}, site.url);
  const page = await openApp(context, site.url);
  await kept(page);

  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 1, name: 'Transfer Check' }).waitFor();
  // An example, fetched for the first time while offline, comes from the kept files.
  await page.getByRole('button', { name: 'Load the example: International student, ECTS' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  // So does the text of the Measures behind a citation.
  const id = await expandCitation(page);
  const citation = page.locator('details.citation[open]').filter({ hasText: id }).first();
  await citation.locator('blockquote').waitFor();
  assert.ok((await citation.locator('blockquote').innerText()).length > 20);

  // A new tab, still offline.
  const other = await openApp(context, `${site.url}#/result`);
  await other.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(await watch.problems(page), []);
});

test('a citation opened offline before any visit kept it says so, and opens once online', async (t) => {
  const site = await serveFor(t, '/');
  const { context } = await watched(t, { serviceWorkers: 'block' }, site.url);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: 'Load the example: Mainland undergraduate' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  await context.setOffline(true);
  const id = await expandCitation(page);
  const citation = page.getByRole('list', { name: 'Conditions met', exact: true })
    .locator('details.citation').filter({ has: page.locator('summary', { hasText: id }) }).first();
  await citation.getByText('The text could not be loaded: this device is offline', { exact: false }).waitFor();
  await context.setOffline(false);
  // Closed and opened again, online, it fetches the text.
  await citation.locator('summary').click();
  await citation.locator('summary').click();
  await citation.locator('blockquote').waitFor();
});

test('a new version waits for the user, keeps the answers, and removes the old cache', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'transfer-check-site-'));
  atEnd(t, () => rmSync(root, { recursive: true, force: true }));
  cpSync('dist', root, { recursive: true });
  const site = await serveFor(t, '/', root);
  const { context, watch } = await watched(t, {}, site.url);
  const page = await openApp(context, site.url);
  await kept(page);
  const first = await page.evaluate(() => caches.keys());
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your route and status' }).waitFor();
  const outside = page.getByLabel('At a university outside China', { exact: true });
  await outside.check();

  // Deploy a new version: another sw.js (its file list's version changes with any file).
  const sw = join(root, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const notice = page.getByText('A new version of Transfer Check is ready.', { exact: false });
  await notice.waitFor();
  // Nothing switched on its own: the page and the answer are as they were.
  assert.equal(await outside.isChecked(), true);
  await page.getByRole('button', { name: 'Switch to the new version' }).click();
  await page.waitForEvent('load');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.equal(await outside.isChecked(), true, 'answers kept');
  const now = await page.evaluate(() => caches.keys());
  assert.equal(now.length, 1);
  assert.notDeepEqual(now, first);
  assert.match(now[0], /-next$/);
  assert.deepEqual(await watch.problems(page), []);
});
