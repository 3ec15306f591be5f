// The printed result: a report of at most two A4 pages per example, with the date, the policy's number
// and a line for the advisor's signature, and none of the screen's controls.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp, suite } from './support.mjs';

const { site, watched } = suite('/');

/** Pages in a PDF: its page objects (Chromium writes one `/Type /Page` per page). */
const pages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('each example prints as a report of at most two A4 pages', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  for (let i = 0; i < 5; i += 1) {
    await page.goto(`${site.url}#/`);
    await page.locator('.example__button').nth(i).click();
    // The example before is still there: the app asks before replacing it.
    if (i > 0) await page.getByRole('button', { name: 'Open the example as a new case', exact: true }).click();
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
    // On paper the course table is a table whose header row names the columns, a course a line.
    const table = page.locator('.course-table').first();
    if (await table.count()) {
      const header = await table.locator('thead').boundingBox();
      assert.ok(header && header.width > 200 && header.height > 5, `example ${i}: the printed courses have a header`);
      assert.match(await table.locator('thead').innerText(), /Course[\s\S]*Status/);
      const tops = await table.locator('tbody tr').first().locator('th, td').evaluateAll((cells) => cells
        .filter((cell) => cell.getClientRects().length > 0)
        .map((cell) => Math.round(cell.getBoundingClientRect().top)));
      assert.ok(tops.length >= 3, `example ${i}: a printed course shows its columns`);
      assert.equal(new Set(tops).size, 1, `example ${i}: a printed course is a line, not a card`);
      // In Chinese too, no column is squeezed to a character a line.
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: '简体中文', exact: true }).click();
      await page.emulateMedia({ media: 'print' });
      const heights = await table.locator('tbody tr').first().locator('td').evaluateAll((cells) => cells
        .filter((cell) => cell.getClientRects().length > 0)
        .map((cell) => cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight)));
      assert.ok(Math.max(...heights) < 2.5, `example ${i}: printed Chinese cells wrap to ${heights} lines`);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.emulateMedia({ media: 'print' });
    }
    const n = pages(await page.pdf({ format: 'A4' }));
    assert.ok(n >= 1 && n <= 2, `example ${i} prints on ${n} pages`);
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(await watch.problems(page), []);
});
