// A new user's way through the app, served from a sub-path: each example situation typed in by hand
// page by page and checked against the engine's own assessment; the error summary in the GOV.UK manner;
// the keyboard alone; the browser's Back and Forward.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, openApp, suite } from './support.mjs';
import {
  HEADINGS,
  L,
  OUTCOMES,
  VERDICTS,
  answersShown,
  assertCredits,
  assessed,
  choice,
  comparable,
  completeCase,
  continueTo,
  courseOutcomes,
  heading,
  readExample,
  savedCase,
  verdictText,
} from './app.mjs';

const BASE = '/tools/transfer-check/';
// The back link's name; its chevron is drawn by the style sheet and may or may not be part of the name.
const BACK = /^\W*Back$/;
const { site, watched } = suite(BASE);

/** Checks the result page against the engine's assessment of an example. */
async function assertResult(page, name) {
  const expected = assessed(name);
  assert.equal(await verdictText(page), VERDICTS[expected.verdict], `${name}: the verdict`);
  await assertCredits(page, expected.credits);
  assert.deepEqual(await courseOutcomes(page), expected.outcomes.map((o) => OUTCOMES[o]),
    `${name}: each course's outcome`);
}

// The first example is typed entirely by hand, every course through the course editor. The others type
// their first two courses by hand and paste the rest as a spreadsheet transcript, then complete each
// pasted course in the editor with what a transcript cannot carry.
const BY_HAND = {
  'mainland-undergraduate': Infinity,
  'international-ects': 2,
  'revoked-institution': 2,
  masters: 2,
  doctoral: 2,
};

for (const [name, byHand] of Object.entries(BY_HAND)) {
  test(`a new user types in the ${name} situation and gets the engine's result`, async (t) => {
    const { context, watch } = await watched(t);
    const page = await openApp(context, site.url);
    const example = readExample(name);

    await completeCase(page, example, { byHand });
    await assertResult(page, name);

    // Every answer of the example went in through the form, and nothing else did.
    assert.deepEqual(comparable(await savedCase(page)), comparable(example), `${name}: the answers kept`);

    if (name === 'mainland-undergraduate') {
      // The checks above would see a wrong figure (a tenth of a credit more than the engine's)...
      const { credits } = assessed(name);
      const wrong = String((Math.round(Number(credits.recognized) * 10) + 1) / 10);
      await assert.rejects(assertCredits(page, { ...credits, recognized: wrong }));
      // ...and the result follows the answers: one changed answer gives another verdict.
      await page.getByRole('link', { name: BACK }).click();
      await heading(page, HEADINGS.answers);
      const answers = await answersShown(page);
      assert.ok(answers.some(([q, a]) => q === L.about.in_final_year && a === 'No'), answers.join('\n'));
      await page.getByRole('link', { name: `Change ${L.about.in_final_year}`, exact: true }).click();
      await heading(page, HEADINGS.about);
      // "Change" goes straight to the answer's field.
      assert.equal(await page.evaluate(() => document.activeElement.id), 'f-applicant-in_final_year');
      await choice(page, L.about.in_final_year, 'Yes').check();
      await page.getByRole('navigation', { name: 'Steps of the check' })
        .getByRole('link', { name: 'Result', exact: true }).click();
      await heading(page, HEADINGS.result);
      assert.equal(await verdictText(page), VERDICTS.not_eligible);
    }

    assert.deepEqual(await watch.problems(page), []);
  });
}

test('Continue with wrong answers shows an error summary that takes focus and keeps what was typed', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].mainland).check();
  await choice(page, L.about.level[0], L.about.level[1].undergraduate).check();
  await continueTo(page, 'record');

  await page.getByLabel(L.record.system, { exact: true }).selectOption({ label: L.systems.percentage });
  const average = page.getByLabel(L.record.average, { exact: true });
  const score = page.getByLabel(L.record.exam_score, { exact: true });
  await average.fill('130');
  await score.fill('abc');
  await page.getByRole('button', { name: L.continue, exact: true }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary',
    'the error summary takes focus');
  const links = summary.getByRole('link');
  // Each entry names its field; a number's example is in the field's own range.
  assert.deepEqual((await links.allInnerTexts()).map((s) => s.trim()).sort(), [
    "Your average: 130 is above the percentage scale's maximum of 100",
    'Your score: Enter a number, for example 560',
  ]);
  // The page did not advance.
  await heading(page, HEADINGS.record);
  assert.equal(new URL(page.url()).hash, '#/record');

  // Each field says what is wrong with it, and is marked invalid.
  for (const [field, message] of [
    [average, "130 is above the percentage scale's maximum of 100"],
    [score, 'Enter a number, for example 560'],
  ]) {
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const described = await field.evaluate((el) => el.getAttribute('aria-describedby').split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    assert.match(described, new RegExp(`Error: ${message.replace(/[.()]/g, '\\$&')}`));
  }

  // Its links move focus to the fields: one clicked, one followed with the keyboard.
  await links.filter({ hasText: '130' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-applicant-performance-value');
  await links.filter({ hasText: 'Enter a number' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-applicant-entrance_exam-score');
  await heading(page, HEADINGS.record);

  // Nothing typed was cleared.
  assert.equal(await average.inputValue(), '130');
  assert.equal(await score.inputValue(), 'abc');

  // Corrected, the page continues.
  await average.fill('84.2');
  await score.fill('605');
  await continueTo(page, 'courses');

  assert.deepEqual(await watch.problems(page), []);
});

/** Presses Tab until the focused element satisfies `wanted` (at most `limit` presses). */
async function tabTo(page, wanted, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(wanted)) return;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

test('a question page can be answered and continued with the keyboard alone', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);

  // From the top of the start page to "Start now".
  await tabTo(page, () => document.activeElement.textContent.trim() === 'Start now');
  await page.keyboard.press('Enter');
  await heading(page, HEADINGS.about);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-heading',
    'a new page moves focus to its heading');

  // The first radio group: Tab into it, Space picks the focused choice, arrows move the choice.
  await tabTo(page, () => document.activeElement.name === 'f-applicant-route');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  // The next group: the level.
  await tabTo(page, () => document.activeElement.name === 'f-applicant-level');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  // A number.
  await tabTo(page, () => document.activeElement.id === 'f-applicant-semesters_completed');
  await page.keyboard.type('4');

  assert.equal(await choice(page, L.about.route[0], L.about.route[1].mainland).isChecked(), true);
  assert.equal(await choice(page, L.about.level[0], L.about.level[1].master).isChecked(), true);

  await tabTo(page, () => document.activeElement.tagName === 'BUTTON'
    && document.activeElement.textContent.trim() === 'Continue');
  await page.keyboard.press('Enter');
  await heading(page, HEADINGS.record);

  const saved = await savedCase(page);
  assert.equal(saved.applicant.route, 'mainland');
  assert.equal(saved.applicant.level, 'master');
  assert.equal(saved.applicant.semesters_completed, 4);

  assert.deepEqual(await watch.problems(page), []);
});

test('from a sub-path, assets load under it, pages have addresses, and Back and Forward move between them', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);

  const paths = watch.requests.map(({ url }) => new URL(url).pathname);
  assert.ok(paths.some((p) => p.endsWith('.wasm')), paths.join('\n'));
  assert.ok(paths.some((p) => p.endsWith('.js')), paths.join('\n'));
  assert.ok(paths.some((p) => p.endsWith('.css')), paths.join('\n'));
  assert.ok(paths.every((p) => p.startsWith(BASE)), `every request is under ${BASE}:\n${paths.join('\n')}`);

  const hash = () => new URL(page.url()).hash;
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  assert.equal(hash(), '#/about');
  await continueTo(page, 'record');
  assert.equal(hash(), '#/record');
  await continueTo(page, 'courses');
  assert.equal(hash(), '#/courses');
  assert.ok(new URL(page.url()).pathname === BASE, 'the page stays under its sub-path');

  await page.goBack();
  await heading(page, HEADINGS.record);
  await page.goBack();
  await heading(page, HEADINGS.about);
  await page.goBack();
  await heading(page, HEADINGS.start);
  await page.goForward();
  await heading(page, HEADINGS.about);
  await page.goForward();
  await heading(page, HEADINGS.record);

  // The app's own Back link goes to the previous page too.
  await page.getByRole('link', { name: BACK }).click();
  await heading(page, HEADINGS.about);

  // An address opens its page directly, and a reload stays on it.
  const deep = await context.newPage();
  await deep.goto(`${site.url}#/programme`);
  await heading(deep, HEADINGS.programme);
  await deep.reload();
  await heading(deep, HEADINGS.programme);
  assert.match(await deep.title(), /^Receiving programme – Transfer Check$/);

  assert.deepEqual(await watch.problems(page), []);
  assert.deepEqual(await watch.problems(deep), []);
});

/** Where the page's heading is on the screen, and how far the page is scrolled. */
const headingAt = (page) => page.evaluate(() => ({
  top: document.getElementById('main-heading').getBoundingClientRect().top,
  scrolled: window.scrollY,
}));

test('each step opens at its heading: on a phone below the steps, on a desktop at the top of the page', async (t) => {
  const { context, watch } = await watched(t, { viewport: PHONE });
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  // The courses page starts with what it is for, so its first question is further down.
  for (const [next, asksFirst] of [['record', true], ['courses', true], ['programme', false]]) {
    const { top } = await headingAt(page);
    assert.ok(top >= 0 && top < 150, `the heading is near the top of the screen, not at ${top} px`);
    if (asksFirst) {
      const box = await page.locator('main :is(fieldset, .form-group)').first().boundingBox();
      assert.ok(box.y < PHONE.height / 2, `the first question shows in the screen's upper half, not at ${box.y} px`);
    }
    await page.getByRole('button', { name: L.continue, exact: true }).click();
    await heading(page, HEADINGS[next]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site.url}#/about`);
  await page.getByRole('navigation').getByRole('link', { name: 'Academic record', exact: true }).click();
  await heading(page, HEADINGS.record);
  assert.equal((await headingAt(page)).scrolled, 0, 'on a desktop the page opens at its top, the steps beside it');
  assert.deepEqual(await watch.problems(page), []);
});

test('at 1280 by 800 the steps and the result so far fit beside the page, in both languages', async (t) => {
  const { context, watch } = await watched(t, { viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, site.url);
  await page.locator('#case-file').setInputFiles({
    name: 'case.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(readExample('mainland-undergraduate'))),
  });
  await page.goto(`${site.url}#/about`);
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('three');
  for (const lang of ['English', '简体中文']) {
    await page.getByRole('button', { name: lang, exact: true }).click();
    const sidebar = page.locator('.sidebar');
    const fits = await sidebar.evaluate((el) => el.scrollHeight <= el.clientHeight);
    assert.ok(fits, `${lang}: the sidebar needs no scrolling of its own`);
    const link = page.locator('.live a');
    const box = await link.boundingBox();
    assert.ok(box.y + box.height <= 800, `${lang}: "See the full result" is on the screen (${box.y} px)`);
    const errors = await page.locator('.live__errors').boundingBox();
    assert.ok(errors && errors.y + errors.height <= 800, `${lang}: the count of answers to correct is on the screen`);
  }
  assert.deepEqual(await watch.problems(page), []);
});
