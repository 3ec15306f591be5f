// Each course matched with a course of the chosen programme (the site's catalogue, built from
// catalog/): one by a suggestion (a decision published for the same university and course), one found
// by search, one with no matching course; the receiving course's knowledge points ticked, the overlap
// and the outcome following the ticks and kept across other choices, reloads and languages; the course
// comparison table reached from the documents checklist and printed on A4 in both languages; an
// opened case naming a course or a knowledge point the programme does not have.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, PHONE, axeViolationsQuick, openApp, screenshot, suite } from './support.mjs';
import { comparable, heading, openCase, overflow, readExample, savedCase } from './app.mjs';

const { site, watched } = suite('/');

const LEGEND = 'Which course of the programme does it match?';

/** The mainland example in the sample's Computer Science programme, with three courses of its own. */
function caseInCatalogue() {
  const c = readExample('mainland-undergraduate');
  const template = c.courses[1];
  const course = (title, extra) => ({ ...structuredClone(template), title, ...extra });
  c.origin.institution = 'Northbridge University';
  c.program.catalog = { programme: 'cs-2026', published_on: '2026-09-01' };
  c.courses = [
    course('Data Structures and Algorithms', { code: 'COMP1021', match: undefined }),
    course('Introduction to Computing Systems', { code: 'COMP1100', match: undefined }),
    course('Physical Education', {
      match: { title: 'Sports', credits: 1, hours: 32, nature: 'compulsory', overlap: 0.9 },
    }),
  ];
  for (const k of c.courses) if (k.match === undefined) delete k.match;
  return c;
}

async function editor(page, n) {
  const button = page.locator(`#course-${n}-change`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const section = page.locator('#course-editor');
  await section.waitFor();
  return section;
}

function matchGroup(scope) {
  return scope.getByRole('group', { name: LEGEND });
}

async function rowStatus(page, n) {
  return (await page.locator('.course-table > tbody > tr:not(.course-editor-row)').nth(n)
    .locator('td').nth(4).innerText()).trim();
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`three courses matched: by suggestion, by search, and none; knowledge points ticked (${viewport.width} px)`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await openCase(page, site.url, caseInCatalogue(), '#/courses');
    await heading(page, 'Your courses');

    // 1. By suggestion: the decision published for a Northbridge student's COMP1021, as a fact.
    let course = await editor(page, 0);
    const group = matchGroup(course);
    await group.waitFor();
    const suggestion = group.getByRole('radio', { name: /^CS201 Data Structures · 4 credits · 64 hours · Compulsory · core course$/ });
    assert.match(await group.innerText(), /Suggested: Recognized on 2026-07-08 for a student from your university/);
    assert.equal(await group.getByRole('radio', { name: 'No matching course' }).isChecked(), true,
      'no match yet, and said so');
    await suggestion.check();
    const points = course.getByRole('group', { name: /^Did your course teach this\? The knowledge points of Data Structures$/ });
    await points.waitFor();
    const gauge = course.locator('.match-gauge');
    assert.match(await gauge.innerText(), /Below the minimum Overlap 0%: the ticked knowledge points weigh 0 of 8; at least 70% is needed \(A6\.2\.1\)\./);
    assert.match(await gauge.innerText(), /Met Class hours 64 of the receiving course's 64/);
    assert.equal(await rowStatus(page, 0), 'Not recognized');

    for (const name of ['Algorithm complexity analysis', 'Linear lists, stacks and queues', 'Trees and binary trees (weight 2)', 'Graphs (weight 2)']) {
      await points.getByRole('checkbox', { name }).check();
    }
    await gauge.getByText(/Overlap 75%: the ticked knowledge points weigh 6 of 8/).waitFor();
    assert.match(await gauge.innerText(), /^Met Overlap 75%/m);
    assert.equal(await rowStatus(page, 0), 'Recognized');
    await points.getByRole('checkbox', { name: 'Graphs (weight 2)' }).uncheck();
    await gauge.getByText(/Overlap 50%/).waitFor();
    assert.equal(await rowStatus(page, 0), 'Not recognized');
    await points.getByRole('checkbox', { name: 'Graphs (weight 2)' }).check();
    let saved = (await savedCase(page)).courses[0].match;
    assert.deepEqual(saved, {
      code: 'CS201', title: 'Data Structures', credits: 4, hours: 64, nature: 'compulsory', overlap: 0.75,
      covered: ['kp1', 'kp2', 'kp3', 'kp4'],
    });

    // Another choice and back: the ticks are still there; so after a reload and in Chinese.
    await group.getByRole('radio', { name: 'No matching course' }).check();
    assert.equal(await points.count(), 0);
    assert.equal((await savedCase(page)).courses[0].match ?? null, null);
    await suggestion.check();
    await gauge.getByText(/Overlap 75%/).waitFor();
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    course = await editor(page, 0);
    await course.locator('.match-gauge').getByText(/Overlap 75%/).waitFor();
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await course.getByRole('checkbox', { name: '图（权重 2）' }).waitFor();
    assert.equal(await course.getByRole('checkbox', { name: '图（权重 2）' }).isChecked(), true);
    assert.match(await course.locator('.match-gauge').innerText(), /已达到 重合率75%/);
    assert.deepEqual(await axeViolationsQuick(page), []);
    assert.equal(await overflow(page), 0, 'no sideways scroll (Chinese)');
    await screenshot(page, `matching-zh-${viewport.width}`);
    await page.getByRole('button', { name: 'English', exact: true }).click();

    // 2. By search: nothing alike by title, found by its code.
    course = await editor(page, 1);
    const search = course.getByLabel('Find another course of the programme', { exact: true });
    await search.fill('zzz');
    await course.getByText('No course of the programme has that code or title.').waitFor();
    await search.fill('cs20');
    await course.getByText(/^5 courses found$/).waitFor();
    await search.fill('组成');
    await course.getByText('1 course found', { exact: true }).waitFor();
    await course.getByRole('button', { name: /^CS202 Computer Organization/ }).click();
    assert.equal(await search.inputValue(), '', 'the search is done');
    assert.equal(await matchGroup(course).getByRole('radio', { name: /^CS202 Computer Organization/ }).isChecked(), true);
    await course.getByRole('group', { name: /knowledge points of Computer Organization$/ }).getByRole('checkbox').first().waitFor();

    // 3. None: a match typed before the programme was chosen, given up.
    course = await editor(page, 2);
    assert.match(await course.innerText(), /You described its matching course yourself \(Sports\)\. If the programme lists it, choose it below/);
    await matchGroup(course).getByRole('radio', { name: 'No matching course' }).check();
    assert.equal(await rowStatus(page, 2), 'Not recognized');
    saved = await savedCase(page);
    assert.equal(saved.courses[1].match.code, 'CS202');
    assert.equal(saved.courses[2].match ?? null, null);
    assert.equal(saved.courses[0].match.covered.length, 4, 'the first course\'s ticks are kept');

    assert.deepEqual(await axeViolationsQuick(page), []);
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    await screenshot(page, `matching-en-${viewport.width}`);

    // Keyboard alone: the suggestions are radios, moved through with the arrow keys.
    course = await editor(page, 0);
    await matchGroup(course).getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowDown');
    // The next choice is made as the arrow moves to it: CS201 is no longer the match.
    await page.waitForFunction(() => {
      const raw = localStorage.getItem(`transfer-check.case.${sessionStorage.getItem('transfer-check.open')}`);
      return JSON.parse(raw).case.courses[0].match?.code !== 'CS201';
    });
    await page.keyboard.press('ArrowUp');
    await course.locator('.match-gauge').getByText(/Overlap 75%/).waitFor();
    assert.deepEqual(await watch.problems(page), []);
  });
}

/** The comparison table of the three courses as the test above leaves them, in `lang`. */
function matchedCase() {
  const c = caseInCatalogue();
  const m = (code, title, credits, hours, covered) => ({ code, title, credits, hours, nature: 'compulsory', covered });
  c.courses[0].match = { ...m('CS201', 'Data Structures', 4, 64, ['kp1', 'kp2', 'kp3', 'kp4']), overlap: 0.75 };
  c.courses[1].match = { ...m('CS202', 'Computer Organization', 4, 64, ['kp1']), overlap: 0.166 };
  delete c.courses[2].match;
  c.courses.push({
    ...structuredClone(c.courses[2]), title: 'Engineering Ethics', credits: 2, hours: 32,
    literacy: { category: 'ethics', content_ok: true, assessment_ok: true },
  });
  return c;
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`the comparison table, from the documents checklist, printed on A4 in both languages (${viewport.width} px)`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await openCase(page, site.url, matchedCase(), '#/documents');
    await heading(page, 'Documents to hand in');
    await page.getByRole('link', { name: 'Open your course comparison table' }).click();
    await heading(page, 'Course comparison table');
    const main = page.locator('main');
    await main.getByText(/Lakeside University of Science and Technology/).first().waitFor();
    const rows = main.locator('.comparison-table:not(.comparison-table--literacy) tbody tr');
    assert.equal(await rows.count(), 3);
    const first = (await rows.nth(0).innerText()).replace(/\s+/g, ' ');
    assert.match(first, /COMP1021 .*Data Structures and Algorithms .*CS201 .*Data Structures .*75% \(counted on knowledge points\) .*Recognized/);
    assert.match((await rows.nth(2).innerText()).replace(/\s+/g, ' '), /Physical Education .*No matching course .*Not recognized/);
    assert.match(await main.innerText(), /Literacy courses[\s\S]*Engineering Ethics/);
    await screenshot(page, `comparison-en-${viewport.width}`);
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    assert.deepEqual(await axeViolationsQuick(page), []);

    for (const lang of ['en', 'zh']) {
      if (lang === 'zh') {
        await page.getByRole('button', { name: '简体中文', exact: true }).click();
        await heading(page, '课程对照表');
        assert.match((await rows.nth(0).innerText()).replace(/\s+/g, ' '), /数据结构 .*75%（按知识点计算）/);
        await screenshot(page, `comparison-zh-${viewport.width}`);
        assert.equal(await overflow(page), 0, 'no sideways scroll (Chinese)');
        assert.deepEqual(await axeViolationsQuick(page), []);
      }
      await page.emulateMedia({ media: 'print' });
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (viewport === DESKTOP) {
        // What the sheet looks like: the page at the width of A4 turned sideways, as printed.
        await page.setViewportSize({ width: 1123, height: 794 });
        await screenshot(page, `comparison-print-${lang}`);
        await page.setViewportSize(viewport);
      }
      await page.emulateMedia({ media: 'screen' });
      const pdf = printed.toString('latin1');
      assert.match(pdf, /\/MediaBox \[0 0 84[12]\.\d+ 59[45]\.\d+\]/, `A4 turned sideways (${lang})`);
      const pages = pdf.match(/\/Type \/Page\b/g) ?? [];
      assert.equal(pages.length, 1, `one page (${lang})`);
    }
    assert.deepEqual(await watch.problems(page), []);
  });
}

test('an opened case naming a course or a knowledge point the programme does not have is told where, and keeps everything', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = matchedCase();
  c.courses[0].match.covered = ['kp1', 'kp9'];
  c.courses[1].match.code = 'CS999';
  await openCase(page, site.url, c, '#/courses');
  await heading(page, 'Your courses');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  const said = await summary.innerText();
  assert.match(said, /Course 1.*knowledge point/i);
  assert.match(said, /Course 2.*CS999/);
  await summary.getByRole('link', { name: /CS999/ }).click();
  const course = page.locator('#course-editor');
  await course.waitFor();
  assert.match(await course.innerText(), /CS999/);
  assert.equal(await matchGroup(course).getByRole('radio', { checked: true }).count(), 0, 'nothing chosen in its place');
  const saved = await savedCase(page);
  assert.deepEqual(saved.courses[0].match.covered, ['kp1', 'kp9']);
  assert.equal(saved.courses[1].match.code, 'CS999');
  assert.equal(saved.courses.length, 4);
  assert.deepEqual(await axeViolationsQuick(page), []);

  // The same case through a share link, in a fresh browser: the same two answers named, the rest kept.
  await page.goto(`${site.url}#/result`);
  await heading(page, 'Your result');
  await page.getByRole('button', { name: 'Create a share link', exact: true }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  assert.deepEqual(await watch.problems(page), []);
  const fresh = await watched(t);
  const opened = await fresh.context.newPage();
  await opened.goto(link);
  await heading(opened, 'Your result');
  await opened.goto(`${site.url}#/courses`);
  await heading(opened, 'Your courses');
  // Once the programme's file is read (this browser fetches it now), the two courses are marked.
  await opened.locator('.course-table tr.row--error').nth(1).waitFor();
  await opened.getByRole('button', { name: 'Continue', exact: true }).click();
  const again = await opened.locator('#error-summary').innerText();
  assert.match(again, /Course 1.*knowledge point/i);
  assert.match(again, /Course 2.*CS999/);
  const shared = await savedCase(opened);
  assert.deepEqual(comparable(shared), comparable(saved));
  assert.deepEqual(await fresh.watch.problems(opened), []);
});
