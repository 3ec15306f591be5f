// The course table's own controls: a transcript opened as a CSV file (semicolon-separated, Chinese
// header, decimal commas), and Duplicate and Remove keeping the rows and what was typed in them in step.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, PHONE, openApp, suite } from './support.mjs';
import { openCase, openSave, overflow, readExample } from './app.mjs';

const { site, watched } = suite('/courses/');

const rows = (page) => page.locator('table.course-table tbody tr');
const savedCourses = (page) =>
  page.evaluate(openSave).then((raw) => JSON.parse(raw).case.courses);

test('a CSV file with a Chinese header adds its courses, problems named by line', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, `${site.url}#/courses`);
  const csv = '\ufeff课程名称;学分;成绩;学时;完成日期;对应课程;对应学时;重合率\r\n'
    + '高等数学;4,5;88;72;2025/1/10;微积分;72;80%\r\n'
    + '线性代数;3;九十;48;2025-01-12;线性代数;48;0,75\r\n';
  await page.getByLabel('Or choose a CSV file').setInputFiles({
    name: 'transcript.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByText('2 courses added.').waitFor();
  // The unreadable grade is reported with its line and column, and left empty, not guessed.
  await page.getByText('Line 3, column "成绩": could not read "九十"').waitFor();
  assert.equal(await rows(page).count(), 2);
  const courses = await savedCourses(page);
  assert.equal(courses[0].title, '高等数学');
  assert.equal(courses[0].credits, 4.5);
  assert.deepEqual(courses[0].grade, { system: 'percentage', value: 88 });
  assert.equal(courses[0].completed_on, '2025-01-10');
  assert.equal(courses[0].match.overlap, 0.8);
  assert.equal(courses[1].grade, null);
  assert.equal(courses[1].match.overlap, 0.75);
  assert.deepEqual(await watch.problems(page), []);
});

test('Duplicate copies a row after it and Remove takes out only its own row', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, `${site.url}#/courses`);
  const add = async (title, credits) => {
    await page.getByRole('button', { name: 'Add a course' }).click();
    await page.getByLabel('Course title').fill(title);
    await page.getByLabel('Credits', { exact: true }).fill(credits);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  };
  await add('Alpha', '2');
  await add('Beta', 'x3');
  await add('Gamma', '4');
  assert.equal(await rows(page).count(), 3);

  await page.getByRole('button', { name: 'Duplicate course 1: Alpha' }).click();
  const titles = async () => (await savedCourses(page)).map((c) => c.title);
  assert.deepEqual(await titles(), ['Alpha', 'Alpha', 'Beta', 'Gamma']);

  // Removing the copy keeps Beta's text still to be corrected with Beta.
  await page.getByRole('button', { name: 'Remove course 2: Alpha' }).click();
  assert.deepEqual(await titles(), ['Alpha', 'Beta', 'Gamma']);
  await page.getByRole('button', { name: 'Change course 2: Beta' }).click();
  assert.equal(await page.getByLabel('Credits', { exact: true }).inputValue(), 'x3');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Remove course 1: Alpha' }).click();
  assert.deepEqual(await titles(), ['Beta', 'Gamma']);
  await page.getByRole('button', { name: 'Change course 1: Beta' }).click();
  assert.equal(await page.getByLabel('Credits', { exact: true }).inputValue(), 'x3');
  assert.deepEqual(await watch.problems(page), []);
});

test('a course title of 180 characters without a space wraps on every page, at 1280 and 360 px', async (t) => {
  const long = 'Thermodynamics'.repeat(13).slice(0, 180);
  const c = readExample('mainland-undergraduate');
  c.courses[0].title = long;
  for (const viewport of [DESKTOP, PHONE]) {
    const { context } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await openCase(page, site.url, c, '#/courses');
    const pages = ['#/courses', '#/answers', '#/result'];
    for (const hash of pages) {
      await page.goto(`${site.url}${hash}`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      await page.getByText(long.slice(0, 40), { exact: false }).first().waitFor();
      assert.equal(await overflow(page), 0, `${hash} at ${viewport.width} px is wider than the screen`);
    }
    // The error summary names the course by its title, inside its own box.
    await page.goto(`${site.url}#/courses`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /^Change course 1:/ }).click();
    await page.getByLabel('Credits', { exact: true }).fill('abc');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const box = await summary.boundingBox();
    const link = await summary.getByRole('link').first().boundingBox();
    assert.ok(link.x + link.width <= box.x + box.width + 1, 'the error names the course inside the summary');
    assert.equal(await overflow(page), 0, `the error summary at ${viewport.width} px is wider than the screen`);
  }
});
