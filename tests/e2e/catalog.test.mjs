// The receiving programme chosen from the university's published list (the site's catalogue, built from
// catalog/): found by search in either language, its figures filled in from it and shown with where they
// come from, not typed over; another programme or the typed figures whenever the student wants; a case
// whose programme this site's list does not hold keeps every answer and says so.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, axeViolationsQuick, openApp, suite } from './support.mjs';
import { comparable, heading, openCase as openCaseAt, overflow, readExample, savedCase } from './app.mjs';

const { site, watched } = suite('/');

const PROGRAMME = 'The programme you want to join';

async function onProgrammePage(t, options = {}) {
  const { context, watch } = await watched(t, options);
  const page = await openApp(context, site.url);
  await page.goto(`${site.url}#/programme`);
  await heading(page, PROGRAMME);
  return { page, watch };
}

for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
  test(`a programme is found by search and chosen, its figures then from the list (${viewport.width} px)`, async (t) => {
    const { page, watch } = await onProgrammePage(t, { viewport });
    const search = page.getByLabel('Search by major, college or major code', { exact: true });
    await page.getByText('3 programmes', { exact: true }).waitFor();
    await search.fill('计算机');
    await page.getByText('1 programme', { exact: true }).waitFor();
    await search.fill('astronomy');
    await page.getByText(/^No programme matches/).waitFor();
    await search.fill('computer');
    await page.getByRole('button', { name: 'Choose Computer Science and Technology, 2026 cohort' }).click();

    await page.getByRole('heading', { name: 'Computer Science and Technology, 2026 cohort' }).waitFor();
    const main = await page.locator('main').innerText();
    assert.match(main, /From Lakeside University of Science and Technology: .*published on 2026-09-01\./);
    assert.match(main, /Total credits needed to graduate\s+160/);
    assert.equal(await page.getByLabel('Total credits needed to graduate', { exact: true }).count(), 0,
      'the list\'s figures are not typed over');
    const saved = await savedCase(page);
    assert.deepEqual(saved.program.catalog, { programme: 'cs-2026', published_on: '2026-09-01' });
    assert.equal(saved.program.total_graduation_credits, 160);
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    assert.deepEqual(await axeViolationsQuick(page), []);

    // In Chinese too, and after a reload the programme is read again from the list.
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await page.getByRole('heading', { name: '计算机科学与技术（2026 级）' }).waitFor();
    assert.match(await page.locator('main').innerText(), /来自湖滨理工大学：/);
    await page.reload();
    await page.getByRole('heading', { name: '计算机科学与技术（2026 级）' }).waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();

    // Another programme: the list again, and the figures to type if it is not there.
    await page.getByRole('button', { name: 'Choose another programme', exact: true }).click();
    const total = page.getByLabel('Total credits needed to graduate', { exact: true });
    assert.equal(await total.inputValue(), '160', 'the figures stay, to be typed over');
    await page.getByRole('button', { name: 'My programme is not listed', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-program-total_graduation_credits');
    await total.fill('150');
    const after = await savedCase(page);
    assert.equal(after.program.catalog, undefined);
    assert.equal(after.program.total_graduation_credits, 150);
    assert.deepEqual(await watch.problems(page), []);
  });
}

test('a case whose programme is not in this site\'s list keeps every answer and says so', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = readExample('mainland-undergraduate');
  c.program.catalog = { programme: 'history-2019', published_on: '2019-09-01' };
  await openCaseAt(page, site.url, c, '#/programme');
  await heading(page, PROGRAMME);
  await page.getByText(/The programme your answers name \(history-2019\) is not in this site's list/).waitFor();
  const total = page.getByLabel('Total credits needed to graduate', { exact: true });
  assert.equal(await total.inputValue(), String(c.program.total_graduation_credits));
  assert.deepEqual((await savedCase(page)).program.catalog, c.program.catalog, 'nothing is lost');
  assert.deepEqual(await watch.problems(page), []);
});

for (const [chosenIn, said] of [
  ['2025-09-01', /The university has published its programmes again since you chose yours \(2026-09-01 is the new list\)/],
  ['2027-09-01', /Your answers were made with a newer list of programmes than this site has \(2026-09-01\)/],
]) {
  test(`a case made with another publication (${chosenIn}) says so and keeps every answer`, async (t) => {
    const { context, watch } = await watched(t);
    const page = await openApp(context, site.url);
    const c = readExample('mainland-undergraduate');
    c.program.catalog = { programme: 'cs-2026', published_on: chosenIn };
    c.program.total_graduation_credits = 150;
    await openCaseAt(page, site.url, c, '#/programme');
    await heading(page, PROGRAMME);
    await page.getByText(said).waitFor();
    // The list's figures are used, and the file's stay as they were until the student chooses again.
    assert.match(await page.locator('main').innerText(), /Total credits needed to graduate\s+160/);
    const saved = await savedCase(page);
    assert.deepEqual(saved.program.catalog, c.program.catalog, 'nothing is lost');
    assert.equal(saved.program.total_graduation_credits, 150);
    assert.deepEqual(comparable(saved).courses, comparable(c).courses);
    assert.deepEqual(await watch.problems(page), []);
  });
}

for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
  test(`what is left to take lists the programme's uncovered courses, core first (${viewport.width} px)`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    // Before a programme is chosen, the page says how to get one.
    await page.goto(`${site.url}#/left`);
    await heading(page, 'What is left to take');
    await page.getByText(/^Choose your programme from the university's list/).waitFor();

    await page.goto(`${site.url}#/`);
    await openCaseAt(page, site.url, readExample('mainland-undergraduate'), '#/programme');
    await heading(page, PROGRAMME);
    await page.getByRole('button', { name: 'Choose Computer Science and Technology, 2026 cohort' }).click();
    await page.getByRole('heading', { name: 'Computer Science and Technology, 2026 cohort' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'What is left to take', exact: true }).click();
    await heading(page, 'What is left to take');
    const rows = page.locator('.left-table tbody tr');
    const count = await rows.count();
    assert.ok(count >= 10, `${count} courses listed`);
    const natures = await rows.locator('td:nth-child(4)').allInnerTexts();
    const firstOther = natures.findIndex((n) => !/core course/.test(n));
    assert.ok(firstOther > 0, 'core courses come first');
    assert.ok(natures.slice(firstOther).every((n) => !/core course/.test(n)), 'and only first');
    assert.match(await page.locator('main').innerText(), /electives are chosen among them/);
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    assert.deepEqual(await axeViolationsQuick(page), []);
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await heading(page, '尚需修读的课程');
    assert.match(await rows.first().innerText(), /核心课程/);
    assert.equal(await overflow(page), 0);
    assert.deepEqual(await watch.problems(page), []);
  });
}
