// axe-core at WCAG 2.2 AA over every page and state a user meets (empty and filled, with the error
// summary, the course editor open, each example's result with a citation open, the notices, the
// question a share link asks), each in English and Chinese at desktop and phone width, with no sideways
// scrolling on the phone. Each page is also kept as a screenshot in both languages at both widths.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { DESKTOP, PHONE, axeViolationsQuick, openApp, screenshot, suite } from './support.mjs';
import {
  HEADINGS,
  L,
  SAVE_KEY,
  choice,
  continueTo,
  expandCitation,
  fillAbout,
  fillCourses,
  fillProgramme,
  fillRecord,
  heading,
  overflow,
  pasteTranscript,
  readExample,
  toTsv,
} from './app.mjs';

const BASE = '/tools/transfer-check/';
const { site, watched } = suite(BASE);

const LANGUAGES = [['en', 'English'], ['zh-CN', '简体中文']];
const WIDTHS = [['desktop', DESKTOP], ['phone', PHONE]];

async function switchLanguage(page, tag, button) {
  await page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((t) => document.documentElement.lang === t, tag);
}

/**
 * Scans the page as it is, in both languages at both widths, and records every violation (and any
 * sideways scrolling on the phone) in `found`. With `shot`, also saves the four screenshots. Leaves the
 * page in English at desktop width.
 */
async function audit(page, state, found, shot) {
  const order = [[LANGUAGES[0], WIDTHS[0]], [LANGUAGES[0], WIDTHS[1]], [LANGUAGES[1], WIDTHS[1]],
    [LANGUAGES[1], WIDTHS[0]]];
  for (const [[tag, button], [width, size]] of order) {
    if ((await page.getAttribute('html', 'lang')) !== tag) await switchLanguage(page, tag, button);
    await page.setViewportSize(size);
    const where = `${state} (${tag}, ${width})`;
    for (const v of await axeViolationsQuick(page)) found.push(`${where}: ${v}`);
    if (width === 'phone') {
      const sideways = await overflow(page);
      if (sideways > 0) found.push(`${where}: the page scrolls sideways by ${sideways} px`);
    }
    if (shot) await screenshot(page, `page-${shot}-${tag === 'en' ? 'en' : 'zh'}-${width}`);
  }
  await switchLanguage(page, ...LANGUAGES[0]);
  await page.setViewportSize(DESKTOP);
}

/** A share link for a case, built the way the app builds one (deflate-raw, base64url). */
function shareLink(c) {
  return `${site.url}#case=1.${deflateRawSync(Buffer.from(JSON.stringify(c))).toString('base64url')}`;
}

// The walks are independent, so they run side by side.
describe('accessibility', { concurrency: 2 }, () => {
  test('the question pages: empty, filled, with the error summary, with the course editor open', async (t) => {
    const found = [];
    const { context, watch } = await watched(t);
    const page = await openApp(context, site.url);
    const example = readExample('revoked-institution');

    await page.getByRole('button', { name: L.start, exact: true }).click();
    await heading(page, HEADINGS.about);
    await audit(page, 'route and status, empty', found);
    await fillAbout(page, example);
    await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('five');
    await page.getByRole('button', { name: L.continue, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await audit(page, 'route and status, error summary', found);
    await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('5');
    await audit(page, 'route and status, filled', found, 'about');
    await continueTo(page, 'record');

    await audit(page, 'academic record, empty', found);
    await fillRecord(page, example);
    await audit(page, 'academic record, filled', found, 'record');
    await page.getByLabel(L.record.average, { exact: true }).fill('130');
    await page.getByLabel(L.record.completed_credits, { exact: true }).fill('1o8');
    await page.getByRole('button', { name: L.continue, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await audit(page, 'academic record, error summary', found);
    await page.getByLabel(L.record.average, { exact: true }).fill('76.4');
    await page.getByLabel(L.record.completed_credits, { exact: true }).fill('108');
    await continueTo(page, 'courses');

    await audit(page, 'courses, empty', found);
    const courses = example.courses;
    await fillCourses(page, { ...example, courses: courses.slice(0, 1) });
    await page.getByRole('button', { name: L.courses.edit(1, courses[0].title), exact: true }).click();
    await page.getByRole('region', { name: L.courses.editor(1) }).waitFor();
    await audit(page, 'courses, course editor open', found);
    await page.getByRole('region', { name: L.courses.editor(1) })
      .getByRole('button', { name: L.courses.close, exact: true }).click();
    await pasteTranscript(page, `${toTsv(courses.slice(1))}\nTerm 2 subtotal\t\t\t\t\t\t\t\t\t\t\t\t\t\tabc`);
    await page.getByRole('status').getByText(/courses added\.$/).waitFor();
    await audit(page, 'courses, filled, with the paste report', found, 'courses');
    await continueTo(page, 'programme');

    await audit(page, 'programme, empty', found);
    await fillProgramme(page, example);
    await audit(page, 'programme, filled', found, 'programme');
    await continueTo(page, 'answers');
    await audit(page, 'check your answers', found, 'answers');

    assert.deepEqual(await watch.problems(page), []);
    assert.deepEqual(found, []);
  });

  test("each example's result, with a citation open", async (t) => {
    const found = [];
    const { context, watch } = await watched(t);
    const page = await openApp(context, site.url);
    const examples = ['Mainland undergraduate', 'International student, ECTS', 'Revoked institution',
      "Master's student", 'Doctoral student'];
    for (const [i, name] of examples.entries()) {
      await page.getByRole('banner').getByRole('link', { name: 'Transfer Check', exact: true }).click();
      await heading(page, HEADINGS.start);
      await page.getByRole('button', { name: `Load the example: ${name}`, exact: true }).click();
      if (i > 0) {
        // Answers are there from the example before: the app asks before replacing them.
        const ask = page.getByRole('region', { name: `Open the example \u201c${name}\u201d?` });
        await ask.waitFor();
        if (i === 1) await audit(page, 'asked before an example replaces the answers', found);
        await ask.getByRole('button', { name: 'Open the example as a new case', exact: true }).click();
      }
      await heading(page, HEADINGS.result);
      const id = await expandCitation(page);
      await audit(page, `result of "${name}" with ${id} open`, found, i === 0 ? 'result' : undefined);
    }
    assert.deepEqual(await watch.problems(page), []);
    assert.deepEqual(found, []);
  });

  test('the start page, the notices and the question a share link asks', async (t) => {
    const found = [];

    // The start page, first as a new user sees it, then with saved answers that could not be read
    // and a case file that was refused.
    const first = await watched(t);
    const page = await openApp(first.context, site.url);
    await audit(page, 'start page', found, 'start');
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"transfer-check","schema":1,'), SAVE_KEY);
    await page.reload();
    await page.getByRole('button', { name: 'Download the unreadable save' }).waitFor();
    await page.getByLabel('Case file', { exact: true }).setInputFiles({
      name: 'moon.json', mimeType: 'application/json',
      buffer: Buffer.from('{"format":"transfer-check/case","version":1,"applicant":{"route":"moon"}}'),
    });
    await page.getByText('moon.json could not be opened. Your answers have not been changed.').waitFor();
    await audit(page, 'start page with two notices', found);

    // The question a share link asks where answers exist.
    await page.getByRole('button', { name: L.start, exact: true }).click();
    await heading(page, HEADINGS.about);
    await choice(page, L.about.route[0], L.about.route[1].hmt).check();
    const asked = await first.context.newPage();
    await asked.goto(shareLink(readExample('masters')));
    await asked.getByRole('region', { name: 'Open the shared case?' }).waitFor();
    await audit(asked, 'the share-link question', found);

    // A browser that refuses storage.
    const refusing = await watched(t);
    await refusing.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    const memory = await openApp(refusing.context, site.url);
    await memory.getByText('This browser does not allow saving.', { exact: false }).first().waitFor();
    await audit(memory, 'start page without storage', found);

    assert.deepEqual(await first.watch.problems(page), []);
    assert.deepEqual(await first.watch.problems(asked), []);
    assert.deepEqual(await refusing.watch.problems(memory), []);
    assert.deepEqual(found, []);
  });
});

// A status message is announced only if its live region is already in the accessibility tree when the
// message is put into it (WCAG 2.2 SC 4.1.3): a region that appears together with its text, or that
// is display: none while empty, is not reliably read out.
test('status messages go into live regions that were already there', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const missing = [];

  // The messages region of the frame, before and after a case file is refused.
  const messages = page.getByRole('status', { name: 'Messages' });
  if ((await messages.count()) === 0) {
    missing.push('start page: the "Messages" status region is not in the accessibility tree while it is empty');
  }
  await page.getByLabel('Case file', { exact: true }).setInputFiles({
    name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not a case'),
  });
  await messages.getByText('notes.json could not be opened. Your answers have not been changed.').waitFor();

  // The report of a pasted transcript.
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await page.getByRole('navigation', { name: 'Steps of the check' })
    .getByRole('link', { name: 'Courses', exact: true }).click();
  await heading(page, HEADINGS.courses);
  const before = await page.getByRole('status').count();
  await pasteTranscript(page, 'Course\tCredits\nCalculus\t4');
  await page.getByRole('status').getByText('1 course added.', { exact: true }).waitFor();
  if ((await page.getByRole('status').count()) > before) {
    missing.push('courses page: the status region reporting a paste ("1 course added.") appears together '
      + 'with its message');
  }

  assert.deepEqual(await watch.problems(page), []);
  assert.deepEqual(missing, []);
});
