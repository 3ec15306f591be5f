// The printed result: a report of at most two A4 pages per example, with the date, the policy's number
// and a line for the advisor's signature, and none of the screen's controls.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openApp, serveSite, watchedContext } from './support.mjs';

let browser;
let site;

before(async () => {
  site = await serveSite('/');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Pages in a PDF: its page objects (Chromium writes one `/Type /Page` per page). */
const pages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('each example prints as a report of at most two A4 pages', async () => {
  const { context, watch } = await watchedContext(browser, site.url);
  const page = await openApp(context, site.url);
  for (let i = 0; i < 5; i += 1) {
    await page.goto(`${site.url}#/`);
    await page.locator('.example__button').nth(i).click();
    // The example before is still there: the app asks before replacing it.
    if (i > 0) await page.getByRole('button', { name: 'Replace my answers with the example', exact: true }).click();
    await page.getByRole('heading', { name: 'Your result' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('body').innerText();
    assert.match(text, /Transfer self-assessment report/);
    assert.match(text, /Prepared on \d{4}-\d{2}-\d{2}/);
    assert.match(text, /\[2023\] \(T\) Appraisal No\. 046/);
    assert.match(text, /Advisor's signature/);
    assert.match(text, /Your answers/);
    for (const control of ['Print or save as PDF', 'Create a share link', 'Skip to main content']) {
      assert.ok(!text.includes(control), `"${control}" is printed`);
    }
    const n = pages(await page.pdf({ format: 'A4' }));
    assert.ok(n >= 1 && n <= 2, `example ${i} prints on ${n} pages`);
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(await watch.problems(page), []);
  await context.close();
});
