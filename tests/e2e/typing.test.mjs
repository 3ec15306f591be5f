// What a user types is never lost, and what the app says can be acted on: grades that are not (yet)
// numbers, decimal commas, a transcript that cannot be read, answers replaced or deleted only when
// confirmed, opened files over the limits, saves too large, the date of application moved before
// courses were completed, days that do not exist, file errors in the interface's words and language,
// the course editor and keyboard focus, and a result that does not mislead.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openApp, suite } from './support.mjs';
import {
  HEADINGS, L, choice, continueTo, creditsShown, described, heading, savedCase, typeDate,
} from './app.mjs';


const { site, watched } = suite('/');

/** A new case, on the academic record page, as a mainland undergraduate. */
async function onRecord(page) {
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].mainland).check();
  await choice(page, L.about.level[0], L.about.level[1].undergraduate).check();
  await continueTo(page, 'record');
}


test('a grade that is not a number keeps its text, its system and its field, and says why', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await onRecord(page);
  const system = page.getByLabel(L.record.system, { exact: true });
  await system.selectOption({ label: L.systems.percentage });
  const average = page.getByLabel(L.record.average, { exact: true });

  for (const typed of ['84.2x', 'NaN', '1e309', '']) {
    await average.fill(typed);
    assert.equal(await average.inputValue(), typed, `"${typed}" stays as typed`);
    assert.equal(await system.inputValue() !== '', true, `"${typed}": the grading system is kept`);
    assert.equal(await page.locator('#f-applicant-performance').evaluate((s) => s.selectedOptions[0].text),
      L.systems.percentage);
    if (typed !== '') {
      assert.match(await described(average), /Error: Enter a number, for example 78\.5/);
    }
  }

  // Continue: the summary names the field, and its link leads to the field, which is still there.
  await average.fill('84.2x');
  await page.getByRole('button', { name: L.continue, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  const link = summary.getByRole('link', { name: 'Your average: Enter a number, for example 78.5' });
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-applicant-performance-value');

  // A decimal comma is read as the transcript reader reads it; one that could separate thousands is
  // not guessed at.
  await average.fill('78,5');
  assert.equal(await average.inputValue(), '78,5');
  assert.equal(await average.getAttribute('aria-invalid'), null);
  assert.deepEqual((await savedCase(page)).applicant.performance, { system: 'percentage', value: 78.5 });
  await system.selectOption({ label: L.systems.gpa4 });
  const gpa = page.getByLabel(L.record.average, { exact: true });
  await gpa.fill('3,2');
  assert.deepEqual((await savedCase(page)).applicant.performance, { system: 'gpa4', value: 3.2 });
  await gpa.fill('abc');
  assert.match(await described(gpa), /Error: Enter a number, for example 3\.2/);

  const score = page.getByLabel(L.record.exam_score, { exact: true });
  await score.fill('1,200');
  assert.match(await described(score), /without a thousands separator/);
  assert.equal(await score.inputValue(), '1,200');

  assert.deepEqual(await watch.problems(page), []);
});

test('a course grade keeps what was typed, and the summary names the course', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await onRecord(page);
  await continueTo(page, 'courses');
  await page.getByRole('button', { name: L.courses.add_course, exact: true }).click();
  const editor = page.getByRole('region', { name: L.courses.editor(1) });
  await editor.getByLabel(L.courses.title, { exact: true }).fill('Calculus I');
  await editor.getByLabel(L.courses.grade_system, { exact: true }).selectOption({ label: L.systems.percentage });
  const grade = editor.getByLabel(L.courses.grade, { exact: true });
  await grade.fill('9O');
  assert.equal(await grade.inputValue(), '9O');
  await editor.getByLabel(L.courses.credits, { exact: true }).fill('4,5');
  await page.getByRole('button', { name: L.continue, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.deepEqual((await summary.getByRole('link').allInnerTexts()).map((s) => s.trim()),
    ['Course 1 (Calculus I) – Grade: Enter a number, for example 78.5']);
  assert.equal((await savedCase(page)).courses[0].credits, 4.5);
  assert.deepEqual(await watch.problems(page), []);
});

test('a transcript that cannot be read stays in the box to be corrected', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await onRecord(page);
  await continueTo(page, 'courses');
  const box = page.getByLabel(L.courses.paste, { exact: true });
  const wrong = 'Subject\tTeacher\nCalculus\tWang\n';
  await box.fill(wrong);
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  await page.getByText(/The first row should be a header/).waitFor();
  assert.equal(await box.inputValue(), wrong, 'the text is kept');
  // The error is the box's own, above it as every field's is, not under the file chooser below.
  assert.match(await described(box), /Error: The first row should be a header/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  const error = await page.getByText(/The first row should be a header/).boundingBox();
  assert.ok(error.y < (await box.boundingBox()).y, 'the error is above the box');
  // The file chooser's label stands clear of the button above it.
  const button = await page.getByRole('button', { name: L.courses.paste_button, exact: true }).boundingBox();
  const fileLabel = await page.getByText(L.courses.file_label, { exact: true }).boundingBox();
  assert.ok(fileLabel.y - (button.y + button.height) >= 24,
    `the file's label is ${fileLabel.y - (button.y + button.height)} px below the button`);
  // Corrected in place, it is read and the box empties.
  await box.fill('Course\tCredits\nCalculus\t4\n');
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  await page.getByText('1 course added.').waitFor();
  assert.equal(await box.inputValue(), '');
  assert.deepEqual(await watch.problems(page), []);
});

test('moving the date of application before courses were completed is said once, at that date', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await onRecord(page);
  await continueTo(page, 'courses');
  await page.getByLabel(L.courses.paste, { exact: true })
    .fill('Course\tCredits\tCompleted\nCalculus\t4\t2025-01-15\nPhysics\t3\t2025-06-30\nChemistry\t2\t2024-06-30\n');
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  await page.getByText('3 courses added.').waitFor();

  await page.goto(`${site.url}#/about`);
  await heading(page, HEADINGS.about);
  const date = page.getByLabel(L.about.assessed_on, { exact: true });
  await date.fill('2024-09-01');
  await page.getByRole('button', { name: L.continue, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.deepEqual((await summary.getByRole('link').allInnerTexts()).map((s) => s.trim()), [
    'Date you will apply: 2 of your courses were completed after this date, the latest on 2025-06-30: '
      + 'choose a later date, or correct the dates on the courses page',
  ]);
  assert.equal(await date.getAttribute('aria-invalid'), 'true');

  // The courses page says it once too, not once per course.
  await page.goto(`${site.url}#/courses`);
  await page.getByRole('button', { name: L.continue, exact: true }).click();
  await summary.waitFor();
  const entries = (await summary.getByRole('link').allInnerTexts()).map((s) => s.trim());
  assert.equal(entries.length, 1, entries.join('\n'));
  assert.match(entries[0], /is after the date you will apply, 2024-09-01/);
  assert.deepEqual(await watch.problems(page), []);
});

test('a day that does not exist is called that, not a wrongly written date', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const file = JSON.stringify({
    format: 'transfer-check/case', version: 1,
    courses: [{ title: 'Calculus', completed_on: '2026-02-30' }],
  });
  await page.getByLabel('Case file', { exact: true })
    .setInputFiles({ name: 'feb.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const messages = page.getByRole('status', { name: 'Messages' });
  await messages.getByText('feb.json could not be opened. Your answers have not been changed.').waitFor();
  await messages.getByText('Course 1 – Completed on: 2026-02-30 does not exist: that month has 28 days',
    { exact: true }).waitFor();
  assert.deepEqual(await watch.problems(page), []);
});

test('an impossible date is called not a real date, keeps what was typed, and is never taken for today', async (t) => {
  // The browser's own date control, in a locale that orders it month, day, year.
  const { context, watch } = await watched(t, { locale: 'en-US' });
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  const date = page.getByLabel(L.about.assessed_on, { exact: true });
  await typeDate(page, date, '02302026');
  assert.match(await described(date), /Error: This is not a real date: check the day, month and year/);
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  assert.equal(await date.evaluate((el) => el.validity.badInput), true, 'what was typed is still in the field');

  await page.getByRole('button', { name: L.continue, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.deepEqual((await summary.getByRole('link').allInnerTexts()).map((s) => s.trim()),
    ['Date you will apply: This is not a real date: check the day, month and year']);
  assert.equal(await date.evaluate((el) => el.validity.badInput), true, 'Continue kept it too');

  // "Check your answers" says what is wrong, not the date it would otherwise use.
  await page.goto(`${site.url}#/answers`);
  const row = page.locator('.summary-list__row').filter({ hasText: L.about.assessed_on });
  assert.match(await row.innerText(), /not a real date/);
  assert.doesNotMatch(await row.innerText(), /Today/);
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  await page.getByText('这不是一个真实的日期：请检查年、月、日').waitFor();
  await page.getByRole('button', { name: 'English', exact: true }).click();

  // A real date clears the error; emptying the field leaves it unanswered, not in error.
  await page.goto(`${site.url}#/about`);
  await date.fill('2026-03-02');
  assert.equal(await date.getAttribute('aria-invalid'), null);
  assert.equal((await savedCase(page)).assessed_on, '2026-03-02');
  await date.fill('');
  await date.blur();
  assert.equal(await date.getAttribute('aria-invalid'), null);
  assert.equal((await savedCase(page))?.assessed_on, undefined);
  assert.deepEqual(await watch.problems(page), []);
});

test('an example, starting again and deleting the data ask first when there are answers to lose', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await onRecord(page);
  await page.getByLabel(L.record.system, { exact: true }).selectOption({ label: L.systems.percentage });
  await page.getByLabel(L.record.average, { exact: true }).fill('8x');
  const home = async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Transfer Check', exact: true }).click();
    await heading(page, HEADINGS.start);
  };
  const mine = await savedCase(page);
  const asks = [
    ['Load the example: Doctoral student', 'Open the example \u201cDoctoral student\u201d?'],
    ['Start a new case', 'Start a new case with no answers?'],
    ['Delete my data from this device', 'Delete your data from this device?'],
  ];
  for (const [button, question] of asks) {
    await home();
    await page.getByRole('button', { name: button, exact: true }).click();
    const ask = page.getByRole('region', { name: question });
    await ask.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'pending-heading',
      `${button}: the question takes focus`);
    await ask.getByRole('button', { name: 'Keep my answers', exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    assert.deepEqual(await savedCase(page), mine, `${button}: declined, nothing changed`);
  }

  // Accepted, the example replaces the answers.
  await page.getByRole('button', { name: asks[0][0], exact: true }).click();
  await page.getByRole('region', { name: asks[0][1] })
    .getByRole('button', { name: 'Open the example as a new case', exact: true }).click();
  await heading(page, HEADINGS.result);
  assert.equal((await savedCase(page)).applicant.level, 'doctoral');

  // With no answers, an example opens at once.
  await home();
  await page.getByRole('button', { name: asks[2][0], exact: true }).click();
  await page.getByRole('region', { name: asks[2][1] })
    .getByRole('button', { name: 'Delete my data from this device', exact: true }).click();
  await page.getByText('Your data has been deleted from this device.').waitFor();
  assert.equal(await savedCase(page), null);
  await page.getByRole('button', { name: 'Load the example: Doctoral student', exact: true }).click();
  await heading(page, HEADINGS.result);
  assert.deepEqual(await watch.problems(page), []);
});

test('an opened file over the limits of a paste is refused, saying which limit, and focus moves to it', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const input = page.getByLabel('Case file', { exact: true });
  const messages = page.getByRole('status', { name: 'Messages' });
  const many = JSON.stringify({
    format: 'transfer-check/case', version: 1,
    courses: Array.from({ length: 12000 }, (_, i) => ({ title: `Course ${i + 1}`, credits: 2 })),
  });
  await input.setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(many) });
  await messages.getByText('many.json could not be opened. Your answers have not been changed.').waitFor();
  await messages.getByText('It lists 12000 courses; at most 500 open at a time, as with a paste.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notices', 'focus moves to the message');

  // A second refusal replaces the first instead of stacking under it.
  const huge = Buffer.alloc(2_500_000, ' ');
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await messages.getByText('The file is 2.5 MB; a case file of at most 2.0 MB opens.').waitFor();
  assert.equal(await messages.getByText(/could not be opened/).count(), 1);
  assert.equal(await savedCase(page), null);
  assert.deepEqual(await watch.problems(page), []);
});

test('answers too large for the browser say so, the earlier save is kept, and it comes back announced', async (t) => {
  const { context, watch } = await watched(t);
  // A browser whose storage takes small values only, as a full quota does.
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function limited(key, value) {
      if (String(value).length > 4000) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return set.call(this, key, value);
    };
  });
  const page = await openApp(context, site.url);
  await onRecord(page);
  await page.getByLabel(L.record.exam_score, { exact: true }).fill('560');
  assert.equal((await savedCase(page)).applicant.entrance_exam.score, 560, 'a small case is saved');
  const small = await savedCase(page);

  await continueTo(page, 'courses');
  const rows = Array.from({ length: 80 }, (_, i) => `Course number ${i + 1}\t4\t85`).join('\n');
  await page.getByLabel(L.courses.paste, { exact: true }).fill(`Course\tCredits\tGrade\n${rows}\n`);
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  const messages = page.getByRole('status', { name: 'Messages' });
  await messages.getByText(/^The latest changes could not be saved: this browser's storage for Transfer Check is full \(this case takes 0\.\d MB\)/).waitFor();
  assert.equal(await messages.getByText(/does not allow saving/).count(), 0, 'the real cause, not another');
  assert.deepEqual(await savedCase(page), small, 'the earlier save is kept as it was');

  // Reloaded, the earlier save comes back, and the page says it is behind.
  await page.goto(`${site.url}#/`);
  await page.reload();
  await heading(page, HEADINGS.start);
  await messages.getByText('The latest changes to this case could not be saved when it was last open: it is shown as it was last saved.').waitFor();
  await page.getByText('Continue where you left off').waitFor();
  assert.deepEqual(await watch.problems(page), []);
});

test('a course editor opens under its row, even on a phone, and closing it returns focus to its row', async (t) => {
  const { context, watch } = await watched(t, { viewport: { width: 360, height: 740 } });
  const page = await openApp(context, site.url);
  await onRecord(page);
  await continueTo(page, 'courses');
  const rows = Array.from({ length: 30 }, (_, i) => `Course ${i + 1}\t4\t85`).join('\n');
  await page.getByLabel(L.courses.paste, { exact: true }).fill(`Course\tCredits\tGrade\n${rows}\n`);
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  await page.getByText('30 courses added.').waitFor();

  // The button's name starts with the word it shows (WCAG 2.5.3).
  const change = page.getByRole('button', { name: 'Change course 20: Course 20', exact: true });
  assert.equal((await change.innerText()).trim(), 'Change');
  await change.click();
  const editor = page.getByRole('region', { name: L.courses.editor(20) });
  await editor.waitFor();
  const gap = await page.evaluate(() => {
    const button = document.getElementById('course-19-change').getBoundingClientRect();
    const opened = document.getElementById('course-editor').getBoundingClientRect();
    return opened.top - button.bottom;
  });
  assert.ok(gap >= 0 && gap < 400, `the editor opens ${gap} px below its row`);
  const open = page.getByRole('button', { name: 'Close course 20: Course 20', exact: true });
  assert.equal((await open.innerText()).trim(), 'Close');

  await editor.getByRole('button', { name: L.courses.close, exact: true }).click();
  await editor.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'course-19-change',
    'focus goes back to the row the editor belonged to');
  assert.deepEqual(await watch.problems(page), []);
});

test("an opened file's errors are in the interface's words and language, courses counted from 1, the latest alone", async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const input = page.locator('#case-file');
  const messages = page.locator('#notices');
  const header = { format: 'transfer-check/case', version: 1 };
  const openText = (name, text) =>
    input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const open = (name, content) => openText(name, JSON.stringify(content));
  const banners = () => messages.locator('.notice-banner').allInnerTexts();

  await open('good.json', { ...header, applicant: { route: 'hmt' } });
  await messages.getByText('good.json', { exact: false }).waitFor();
  await page.goto(`${site.url}#/`);
  await open('level.json', { ...header, applicant: { level: 'wizard' } });
  await messages.getByText("At what level are you studying?: \u201cwizard\u201d is not one of this question's answers, which are Undergraduate, Master's or Doctoral",
    { exact: true }).waitFor();
  await openText('broken.json', '{ "format": ');
  await messages.getByText('broken.json could not be opened. Your answers have not been changed.').waitFor();
  await messages.getByText(/^This is not a case file: its text is not the format Transfer Check saves \(it goes wrong at line 1, character \d+, where it ends as if cut off\)/).waitFor();
  const shown = await banners();
  assert.equal(shown.length, 1, `only the latest file's messages: ${shown.join(' | ')}`);
  assert.doesNotMatch(shown[0], /wizard|good\.json|expected|JSON/);

  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  const opened = async (name, content) => {
    await open(name, content);
    await messages.getByText(`无法打开 ${name}。您的回答没有改变。`).waitFor();
  };
  await opened('text.json', { ...header, courses: [{ title: 'A' }, { title: 'B', credits: '4' }] });
  await messages.getByText('第 2 门课程 – 学分：应为数字，文件中为文本“4”', { exact: true }).waitFor();
  await opened('colour.json', { ...header, courses: [{ title: 'A', favourite_colour: 'blue' }] });
  await messages.getByText(/^第 1 门课程 – favourite_colour：文件中有“favourite_colour”，本版本不询问此项$/).waitFor();
  await opened('moon.json', { ...header, applicant: { route: 'moon' } });
  await messages.getByText(/：“moon”不是此问题的选项；选项为“.+”、“.+”、“.+”或“.+”$/).waitFor();
  await openText('broken.json', 'nonsense');
  await messages.getByText(/^这不是案例文件：其内容不是本工具保存的格式（在第 1 行第 \d+ 个字符处出错）/).waitFor();
  const text = await messages.innerText();
  assert.doesNotMatch(text, /found|expected|unknown|courses\[|moon/, 'no developer wording, 0-based paths or earlier files');
  assert.equal((await banners()).length, 1);
  assert.deepEqual(await watch.problems(page), []);
});

test('the result does not mislead: credits beyond the total, courses that do not count, neutral headings', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const example = JSON.parse(readFileSync('examples/mainland-undergraduate.json', 'utf8'));
  example.program.total_graduation_credits = 20;
  example.applicant.in_final_year = true;
  await page.locator('#case-file').setInputFiles({
    name: 'over.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(example)),
  });
  await heading(page, HEADINGS.answers);
  await page.goto(`${site.url}#/result`);
  await heading(page, HEADINGS.result);

  // 28.3 credits count toward a total of 20, yet 1 of the 3 literacy credits is still to take (G9):
  // the glance, the legend and the bar all say so, in both languages.
  assert.equal(await page.locator('.glance').innerText(), '28.3 credits would count, more than the 20 the '
    + 'programme needs, yet 1 literacy credit must still be studied: other courses cannot stand in for literacy.');
  const { figures, chart } = await creditsShown(page);
  assert.deepEqual(figures, {
    Recognized: '26.3', 'Literacy substituted': '2', 'Literacy still to take': '1',
    'Other credits still to study': '0',
  });
  assert.equal(chart, '26.3 recognized, 2 literacy substituted and 1 still to study, of which 1 literacy, '
    + 'of 20 credits');
  const hatched = page.locator('.credit-bar rect.bar--literacy-left');
  assert.ok((await hatched.boundingBox()).width > 5, 'the literacy still to take is drawn');
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  assert.equal(await page.locator('.glance').innerText(), '可计入 28.3 学分，超过专业所需的 20 学分，'
    + '但仍需修读素养课程 1 学分：其他课程不能代替。');
  // A percentage average is already on the receiving scale: it is not said to be "equal" to itself.
  const average = page.locator('section').filter({ has: page.getByRole('heading', { name: '您的平均成绩在接收学校的换算' }) });
  assert.match(await average.innerText(), /^您的平均成绩在接收学校的换算\s+\d+(\.\d)?分，即按接收学校的百分制计：/);
  assert.doesNotMatch(await average.innerText(), /相当于/);
  await page.getByRole('button', { name: 'English', exact: true }).click();

  // A failed condition is headed by what it is, not by the outcome it missed.
  const failed = page.locator('.findings--0');
  await failed.getByText('Final year of studies', { exact: true }).waitFor();
  assert.equal(await page.getByText('Not in the final year').count(), 0);

  // A course that is not recognized shows no converted credits as if they counted.
  const row = page.locator('.course-table tbody tr').nth(3);
  assert.match(await row.innerText(), /none \(not recognized\)/);

  // Rulings read in the interface's words, in both languages: no terms as the case file writes them.
  for (const language of ['English', '简体中文']) {
    await page.getByRole('button', { name: language, exact: true }).click();
    // The text is in the page whether or not its fold is open.
    const said = (await page.locator('.citation--ruling .citation__text').allTextContents()).join('\n');
    assert.ok(said.length > 100, 'rulings are on the page');
    assert.doesNotMatch(said, /revoked: true|hmt_office|not_recognized|`|\breview\b/, said);
  }
  await page.getByRole('button', { name: 'English', exact: true }).click();

  // A literacy course counts with what it substitutes, and says what of it does not count.
  await page.goto(`${site.url}#/`);
  await page.getByRole('button', { name: 'Load the example: International student, ECTS', exact: true }).click();
  await page.getByRole('button', { name: 'Open the example as a new case', exact: true }).click();
  await heading(page, HEADINGS.result);
  await page.getByText('The other 1.2 credits of this course do not count: literacy credits count only as '
    + 'substitution, within the caps. (A7.3.1)').waitFor();
  assert.deepEqual(await watch.problems(page), []);
});

test('hostile text in every text field is kept as text and breaks nothing', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.exposeFunction('__hostileRan', () => { throw new Error('markup typed into a field ran'); });
  const hostile = [
    '<img src=x onerror="window.__hostileRan()"><script>window.__hostileRan()</script>',
    'x'.repeat(10000),
    '\u202eevil\u202c \u200f\u05e9\u05dc\u05d5\u05dd',
    '课程 😀👩‍🎓 ﷽',
    'nul\u0000inside',
  ];
  await onRecord(page);
  await continueTo(page, 'courses');
  await page.getByRole('button', { name: L.courses.add_course, exact: true }).click();
  const editor = page.getByRole('region', { name: L.courses.editor(1) });
  await editor.getByLabel(L.courses.has_match, { exact: true }).check();
  for (const text of hostile) {
    for (const label of [L.courses.title, L.courses.match_title]) {
      const field = editor.getByLabel(label, { exact: true });
      await field.fill(text);
      assert.equal(await field.inputValue(), text, `${label} keeps what was typed`);
    }
    assert.equal((await savedCase(page)).courses[0].title, text, 'and it is saved as typed');
    // Numbers fields take it as text to correct, not as a number.
    const credits = editor.getByLabel(L.courses.credits, { exact: true });
    await credits.fill(text);
    assert.equal(await credits.inputValue(), text);
    assert.equal(await credits.getAttribute('aria-invalid'), 'true');
    await credits.fill('');
  }
  // The paste box takes it too, and says why it cannot read it.
  const box = page.getByLabel(L.courses.paste, { exact: true });
  await box.fill(hostile.join('\n'));
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
  await page.getByText(/The first row should be a header/).waitFor();
  assert.equal(await box.inputValue(), hostile.join('\n'));
  // The answers page shows the last title as text.
  await page.goto(`${site.url}#/answers`);
  await heading(page, HEADINGS.answers);
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no markup was made from the text');
  assert.deepEqual(await watch.problems(page), []);
});

test('what would change the result: what no figure changes, the verdict, credits, the committee route, old courses', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const example = JSON.parse(readFileSync('examples/mainland-undergraduate.json', 'utf8'));
  example.applicant.in_final_year = true;
  example.applicant.entrance_exam.score = 500;
  example.applicant.performance = { system: 'percentage', value: 65 };
  example.applicant.explanatory_material = false;
  example.courses[0].completed_on = '2019-01-15';
  await page.locator('#case-file').setInputFiles({
    name: 'final-year.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(example)),
  });
  await heading(page, HEADINGS.answers);
  await page.goto(`${site.url}#/result`);
  await heading(page, HEADINGS.result);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What would change the result' }) });
  const text = await section.innerText();
  assert.match(text, /Not met, and no figure changes that: Final year of studies\. While this stands, nothing below makes you eligible\./);
  assert.match(text, /What would change the verdict\n/);
  assert.match(text, /An entrance examination score of at least \d+ \(yours: 500\) would meet the condition \(A4\.3\.1\)\./);
  assert.match(text, /special explanatory material, the committee would consider your case instead of ruling it out \(A5\.6\)/);
  assert.match(text, /What would add credits \(the verdict does not depend on these\)/);
  assert.ok(text.includes('Completed more than 5 years ago, these courses count for nothing unless you have '
    + `proof of continuous study since (A8.2): ${example.courses[0].title}.`), text);
  assert.doesNotMatch(text, /would meet A\d/, 'plain words, not bare article numbers');
  assert.deepEqual(await watch.problems(page), []);
});
