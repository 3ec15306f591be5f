// Presentation mode for a screen in a meeting: large type, the page alone (no overview, no result so far,
// no messages naming a file), the language switch kept; leaving it, by its button or Escape, returns to
// the same page at the same place. Keyboard alone; axe-clean at 1280 and 360 px in both languages.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, PHONE, axeViolationsQuick, openApp, suite } from './support.mjs';
import { heading, openCase, overflow, readExample } from './app.mjs';

const { site, watched } = suite('/');

/** The top of `element` relative to the window, in CSS pixels. */
const top = (element) => element.evaluate((e) => e.getBoundingClientRect().top);

/** The reader's place: the first block of the main column that starts in view (a heading, a paragraph,
 * an item), as a handle. */
function readingPlace(page) {
  return page.evaluateHandle(() => [...document.querySelectorAll('main h1, main h2, main h3, main p, main li, main tr, main .form-group')]
    .find((e) => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0; }));
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`presentation mode shows the page alone in large type and leaves it where it was (${viewport.width} px)`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await openCase(page, site.url, readExample('masters'), '#/result');
    await heading(page, 'Your result');
    const notices = page.getByText('Opened case.json.');
    await notices.waitFor();
    const size = () => page.locator('main p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const normal = await size();

    // By keyboard: the button is in the header, after the product's name. Focus is brought there first
    // (the page scrolls to it), then the reader scrolls down the page.
    const present = page.getByRole('button', { name: 'Present', exact: true });
    await present.focus();
    await page.getByRole('heading', { name: 'What to do next' }).evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - 300));
    const place = await readingPlace(page);
    const before = await top(place);
    await page.keyboard.press('Enter');
    const end = page.getByRole('button', { name: 'End presentation', exact: true });
    await end.waitFor();
    assert.ok(await size() >= normal * 1.3, `large type: ${await size()} px against ${normal} px`);
    assert.equal(await page.getByRole('navigation', { name: 'Steps of the check' }).count(), 0, 'no overview');
    assert.equal(await page.locator('.sidebar').count(), 0, 'no result so far');
    assert.equal(await notices.count(), 0, 'no message naming a file');
    assert.equal(await page.locator('.site-footer').isVisible(), false);
    assert.ok(Math.abs((await top(place)) - before) <= 2, 'the same place on entering');
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    assert.deepEqual(await axeViolationsQuick(page), []);

    // The language switch is kept, and presenting goes on in the other language.
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await page.getByRole('button', { name: '退出演示', exact: true }).waitFor();
    await heading(page, '自查结果');
    assert.equal(await overflow(page), 0, 'no sideways scroll (Chinese)');
    assert.deepEqual(await axeViolationsQuick(page), []);
    await page.getByRole('button', { name: 'English', exact: true }).click();

    // Escape leaves it, on the same page at the same place (where the reader scrolled to).
    await page.getByRole('heading', { name: 'What to do next' }).evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - 300));
    const there = await readingPlace(page);
    const here = await top(there);
    await page.keyboard.press('Escape');
    await present.waitFor();
    assert.ok(await page.getByRole('navigation', { name: 'Steps of the check' }).isVisible(), 'the overview is back');
    assert.ok(Math.abs((await top(there)) - here) <= 2, 'the same place on leaving');
    assert.equal(new URL(page.url()).hash, '#/result');
    assert.ok(Math.abs(await size() - normal) < 0.5);
    assert.deepEqual(await watch.problems(page), []);
  });
}
