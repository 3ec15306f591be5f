// The plan: the timeline of a known semester start gives the known dates and moves with the day of
// handing in, a 2027 date is marked estimated and no date falls on one of that year's statutory holidays,
// the documents checklist keeps its ticks through a downloaded case file, and the calendar file reads
// in an independent iCalendar parser.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import ICAL from 'ical.js';
import {
  ARTIFACTS, PHONE, axeViolationsQuick, openApp, screenshot, suite,
} from './support.mjs';
import {
  described, typeDate, download, heading, openCase as openCaseAt,
} from './app.mjs';

const { site, watched } = suite('/');

const example = () => JSON.parse(readFileSync('examples/mainland-undergraduate.json', 'utf8'));

/** Opens a case file in the app, then the page of `hash`. */
const openCase = (page, content, hash) => openCaseAt(page, site.url, content, hash);

/** What a part of the page with estimated dates says of them. */
const ESTIMATED = /^Estimated: the State Council's holiday notice for that year is not yet in the data/;

/** A section of the page, by its heading. */
const section = (page, name) => page.locator('section').filter({ has: page.getByRole('heading', { name, exact: true, level: 2 }) });

/** The due date shown under a step's name. */
async function due(page, name) {
  const step = page.locator('.plan-step').filter({ has: page.getByRole('heading', { name, exact: true }) });
  return (await step.locator('.plan-step__due strong').innerText()).trim();
}

test('a known semester start gives the known dates, and they move with the day of handing in', async (t) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: '2026-09-07', submitted_on: '2026-09-18' };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  await page.getByText('Hand in your materials from 2026-09-07 to 2026-09-21; the day you hand in, 2026-09-18, is within it.').waitFor();
  assert.equal(await due(page, 'Preliminary verification'), 'Due: 2026-09-22');
  assert.equal(await due(page, 'College evaluation'), 'Due: 2026-10-09');
  assert.equal(await due(page, 'Public notice'), 'Due: at the earliest 2026-10-15');
  assert.equal(await due(page, 'Transfer-out public notice'), 'Due: at the earliest 2026-11-19');
  // What the college evaluation skipped can be checked by hand.
  const college = page.locator('.plan-step').filter({ hasText: 'College evaluation' });
  assert.match(await college.innerText(), /Mid-Autumn Festival \(2026-09-25 – 2026-09-27\)/);
  assert.match(await college.innerText(), /National Day \(2026-10-01 – 2026-10-07\)/);
  assert.equal(await page.getByText(/Estimated/).count(), 0, 'nothing past the data');

  // Another day of handing in moves every date.
  const submitted = page.getByLabel('Day you hand in (or will hand in) your materials');
  await submitted.fill('2026-09-21');
  await submitted.blur();
  assert.equal(await due(page, 'Preliminary verification'), 'Due: 2026-09-24');
  assert.equal(await due(page, 'College evaluation'), 'Due: 2026-10-12');

  // A semester in 2027 is past the holiday data: every date is marked estimated, and the window and
  // the steps each say what that means once.
  await submitted.fill('');
  await submitted.blur();
  const start = page.getByLabel('First teaching day of the semester you apply for');
  await start.fill('2027-02-22');
  await start.blur();
  assert.equal(await due(page, 'Preliminary verification'), 'Due: 2027-03-11');
  assert.equal(await page.getByText(ESTIMATED).count(), 2);
  assert.equal(await page.locator('.plan-step').count(), await page.locator('.plan-step .tag', { hasText: 'estimated' }).count() + 1, 'every step but the open one is marked');
  assert.deepEqual(await axeViolationsQuick(page), []);
  await page.setViewportSize(PHONE);
  await screenshot(page, 'timeline-phone');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll at 360 px');
  assert.deepEqual(await watch.problems(page), []);
});

/** The example with a health reason and `plan`, opened at `hash` in a watched context. */
async function openHealthCase(t, plan, hash) {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.applicant.reason = 'health';
  c.plan = plan;
  await openCase(page, c, hash);
  return { page, watch };
}

test('a year without its holiday notice skips the statutory holidays, and each section says once that its dates are estimated', async (t) => {
  // The window closes on Friday 10 September 2027; the objection counts from Wednesday 29 September.
  const { page, watch } = await openHealthCase(t, { semester_start: '2027-08-27', informed_on: '2027-09-29' }, '#/timeline');
  await heading(page, 'Your timeline');
  // The Regulations' days of 2027: New Year's Day, the Spring Festival's eve and first three days,
  // Qingming, 1-2 May, the Dragon Boat and Mid-Autumn Festivals, 1-3 October.
  const statutory = ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01',
    '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03'];
  const noStepOnAHoliday = async (count) => {
    const dues = (await page.locator('.plan-step__due strong').allInnerTexts()).map((d) => d.match(/\d{4}-\d{2}-\d{2}/)?.[0]).filter(Boolean);
    assert.equal(dues.length, count);
    for (const d of dues) assert.ok(!statutory.includes(d), `a step is due on ${d}, a statutory holiday`);
  };
  await noStepOnAHoliday(9);
  // Mid-Autumn and National Day are passed over instead of counted.
  assert.equal(await due(page, 'Preliminary verification'), 'Due: 2027-09-16');
  assert.equal(await due(page, 'Public notice'), 'Due: at the earliest 2027-10-05');
  assert.equal(await due(page, 'Last day to object'), 'Due: 2027-10-05');
  const notice = page.locator('.plan-step').filter({ has: page.getByRole('heading', { name: 'Public notice', exact: true }) });
  assert.match(await notice.innerText(), /National Day \(2027-10-01 – 2027-10-03\)/);

  // Each estimated date is marked; what that means is said once under the steps and once under the window.
  const steps = section(page, 'What happens after you hand in');
  assert.equal(await steps.locator('.tag', { hasText: 'estimated' }).count(), 9);
  assert.equal(await steps.getByText(ESTIMATED).count(), 1);
  assert.equal(await section(page, 'When to hand in').getByText(ESTIMATED).count(), 1);
  assert.equal(await page.getByText(ESTIMATED).count(), 2);

  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  await heading(page, '时间安排');
  const zhSteps = section(page, '提交之后的各个环节');
  assert.equal(await zhSteps.getByText(/^估算：数据中尚无国务院办公厅该年度节假日安排通知/).count(), 1);
  assert.equal(await zhSteps.locator('.tag', { hasText: '估算' }).count(), 9);
  assert.match(await zhSteps.innerText(), /国庆节（2027-10-01 至 2027-10-03）/);
  await page.getByRole('button', { name: 'English', exact: true }).click();

  // A spring semester: the window closes on Wednesday 31 March, and Qingming, Monday 5 April, is passed over.
  const start = page.getByLabel('First teaching day of the semester you apply for');
  await start.fill('2027-03-17');
  await start.blur();
  assert.equal(await due(page, 'Preliminary verification'), 'Due: 2027-04-06');
  const preliminary = page.locator('.plan-step').filter({ has: page.getByRole('heading', { name: 'Preliminary verification', exact: true }) });
  assert.match(await preliminary.innerText(), /Qingming Festival \(2027-04-05\)/);
  await noStepOnAHoliday(9);
  assert.equal(await steps.getByText(ESTIMATED).count(), 1);
  await start.fill('2027-08-27');
  await start.blur();

  // The diagnosis certificate's date counts back from the estimated last day: said once, under its group.
  await page.goto(`${site.url}#/documents`);
  await heading(page, 'Documents to hand in');
  await page.getByText(/issued on or after 2027-03-10\./).waitFor();
  const counted = /^This date counts back from the window's last day, which is estimated/;
  assert.equal(await section(page, 'For your reason').getByText(counted).count(), 1);
  assert.equal(await page.getByText(counted).count(), 1);
  assert.deepEqual(await watch.problems(page), []);
});

test('the calendar file reads in an independent iCalendar parser, in the interface language', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: '2026-09-07', submitted_on: '2026-09-18', informed_on: '2026-09-30' };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  const first = await download(page, page.getByRole('button', { name: 'Download the dates (.ics)' }));
  assert.equal(first.name, 'transfer-dates.ics');
  assert.ok(first.text.split('\r\n').length > 10 && !/[^\r]\n/.test(first.text), 'CRLF line ends');
  for (const line of first.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  const events = new ICAL.Component(ICAL.parse(first.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // The window's last day, 6 dated steps (approval has no limit) and 3 objection steps.
  assert.equal(events.length, 10);
  const byTitle = Object.fromEntries(events.map((e) => [e.summary, e]));
  const preliminary = byTitle['Preliminary verification'];
  assert.equal(preliminary.startDate.toString(), '2026-09-22');
  assert.ok(preliminary.startDate.isDate, 'an all-day event');
  assert.equal(preliminary.endDate.toString(), '2026-09-23', 'DTEND is the day after, exclusive');
  assert.equal(byTitle['Last day to object'].startDate.toString(), '2026-10-10');

  // The same case and step keep their UIDs; the titles follow the language.
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  const again = await download(page, page.getByRole('button', { name: '下载日期（.ics）' }));
  const zh = new ICAL.Component(ICAL.parse(again.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.deepEqual(zh.map((e) => e.uid), events.map((e) => e.uid));
  assert.ok(zh.some((e) => e.summary === '材料初审'));
  for (const line of again.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  assert.deepEqual(await watch.problems(page), []);
});

test('the documents checklist keeps its ticks through a downloaded case file', async (t) => {
  const { page, watch } = await openHealthCase(t, { semester_start: '2026-09-07', submitted_on: '2026-08-31' }, '#/documents');
  await heading(page, 'Documents to hand in');
  for (const group of ['For everyone', 'For your route and level', 'For your reason']) {
    await page.getByRole('heading', { name: group, exact: true }).waitFor();
  }
  await page.getByText(/Issued on or after 2026-02-28\.|issued on or after 2026-02-28\./).waitFor();
  const count = page.locator('.documents__count');
  const before = await count.innerText();
  const m = before.match(/^(\d+) of (\d+) still to get\.$/);
  assert.ok(m, before);
  await page.getByLabel(/Application form for transfer qualification recognition/).check();
  assert.equal(await count.innerText(), `${Number(m[1]) - 1} of ${m[2]} still to get.`);
  assert.deepEqual(await axeViolationsQuick(page), []);

  // Download the case file and open it in a fresh browser: the tick is still there.
  await page.goto(`${site.url}#/result`);
  const file = await download(page, page.getByRole('button', { name: 'Download the case file', exact: true }));
  assert.deepEqual(JSON.parse(file.text).plan.documents_ready, ['application_form']);
  const fresh = await watched(t);
  const other = await openApp(fresh.context, site.url);
  await openCase(other, JSON.parse(file.text), '#/documents');
  await heading(other, 'Documents to hand in');
  assert.ok(await other.getByLabel(/Application form for transfer qualification recognition/).isChecked());

  // And through a share link.
  await page.getByRole('button', { name: 'Create a share link', exact: true }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  const shared = await watched(t);
  const opened = await shared.context.newPage();
  await opened.goto(link);
  await heading(opened, 'Your result');
  await opened.goto(`${site.url}#/documents`);
  await heading(opened, 'Documents to hand in');
  assert.ok(await opened.getByLabel(/Application form for transfer qualification recognition/).isChecked());
  assert.equal(await opened.getByRole('checkbox', { checked: true }).count(), 1);
  assert.deepEqual(await watch.problems(page), []);
});

/** A date `days` after the browser's today, as the case file writes it. */
async function fromToday(page, days) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const two = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  }, days);
}

test('the window against today, the dates as text, and the error summary of the plan', async (t) => {
  const { context, watch } = await watched(t);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: await fromToday(page, 30) };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  const status = page.locator('.plan-window__status');
  assert.equal(await status.innerText(), 'Opens in 30 days.');
  const start = page.getByLabel('First teaching day of the semester you apply for');
  await start.fill(await fromToday(page, -3));
  await start.blur();
  assert.match(await status.innerText(), /^Open: closes in \d+ days\.$/);
  await start.fill('2026-09-07');
  await start.blur();
  assert.equal(await status.innerText(), 'Closed.');

  // The dates as text, for browsers that cannot download.
  await page.getByRole('button', { name: 'Copy the dates as text' }).click();
  await page.getByText('The dates are copied.', { exact: true }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^2026-09-21 {2}Hand in your materials from 2026-09-07 to 2026-09-21/);
  assert.match(copied, /\n2026-09-24 {2}Preliminary verification: 3 working days after 2026-09-21, due 2026-09-24\./);

  // Continue with a wrong answer: the summary names the field and leads to it.
  c.applicant.route = 'international';
  await page.goto(`${site.url}#/`);
  await openCase(page, c, '#/timeline');
  const tuition = page.getByLabel("The receiving university's tuition per year, in yuan");
  await tuition.fill('-1');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: /^The receiving university's tuition per year, in yuan: / }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), await tuition.getAttribute('id'));
  assert.equal(await tuition.inputValue(), '-1');
  assert.deepEqual(await watch.problems(page), []);
});


test('wrong answers in the plan keep what was typed and say what is wrong, in both languages', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.applicant.route = 'international';
  c.plan = { semester_start: '2026-11-04' };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  const tuition = page.getByLabel("The receiving university's tuition per year, in yuan");
  await tuition.fill('thirty thousand');
  await tuition.blur();
  assert.equal(await tuition.inputValue(), 'thirty thousand');
  assert.equal(await tuition.getAttribute('aria-invalid'), 'true');
  assert.match(await described(tuition), /30000/, 'the example is in the field\'s own range');
  // The dates still stand on the answers that are right.
  await page.getByText('Hand in your materials by 2026-09-30', { exact: false }).waitFor();
  // The archival certificate's mail days are asked in the CSCSE guide, whose start-by day they move.
  await page.goto(`${site.url}#/cscse`);
  const mail = page.getByLabel('Days the archival certificate takes to arrive by mail');
  await mail.fill('2.5');
  await mail.blur();
  assert.equal(await mail.inputValue(), '2.5');
  assert.match(await described(mail), /2\.5 is not a whole number/);
  await mail.fill('400');
  await mail.blur();
  assert.match(await described(mail), /400 is above the maximum of 365/);
  // The overview marks the page with the error, wherever the user is.
  await page.goto(`${site.url}#/timeline`);
  await page.getByRole('navigation').getByText('CSCSE diploma certification').waitFor();
  assert.match(await page.locator('.steps__item').filter({ hasText: 'CSCSE diploma certification' }).innerText(), /has errors/);
  await page.goto(`${site.url}#/cscse`);
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  assert.match(await described(page.getByLabel('档案证明邮寄到达所需天数')), /400 超过/);
  await page.getByRole('button', { name: 'English', exact: true }).click();

  // A regular transfer's vacations: a typical guess, marked as one, that the user corrects.
  const regular = example();
  regular.plan = { semester_start: '2026-09-07' };
  await page.goto(`${site.url}#/`);
  await openCase(page, regular, '#/timeline');
  await page.getByRole('button', { name: 'Fill in a typical winter and summer vacation' }).click();
  await page.getByText('These vacations are a guess: correct them to your university\'s calendar.').waitFor();
  const last = page.getByRole('group', { name: 'Vacation 2' }).getByLabel('Last day');
  assert.equal(await last.inputValue(), '2027-02-21');
  await last.fill('2027-01-10');
  await last.blur();
  assert.match(await described(last), /2027-01-10 is before the first day, 2027-01-18/);
  assert.equal(await last.inputValue(), '2027-01-10');
  assert.equal(await page.getByText(/These vacations are a guess/).count(), 0, 'no longer the guess');
  await page.getByRole('button', { name: 'Remove vacation 2' }).click();
  assert.equal(await page.getByRole('group', { name: 'Vacation 2' }).count(), 0);
  assert.deepEqual(await watch.problems(page), []);
});

test('a date before the one it must follow names both, and an impossible date is called that', async (t) => {
  const { context, watch } = await watched(t, { locale: 'en-US' });
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: '2026-09-07', submitted_on: '2027-01-05' };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  const told = page.getByLabel('Day you were told a result', { exact: true });
  await told.fill('2026-12-01');
  assert.match(await described(told),
    /Error: 2026-12-01 is before the day you hand in your materials, 2027-01-05; .*correct one of the two dates/);
  const objection = page.getByRole('heading', { name: 'Last day to object', exact: true });
  assert.equal(await objection.count(), 0, 'no objection is dated before the hand-in');
  await told.fill('2027-01-20');
  assert.equal(await told.getAttribute('aria-invalid'), null);
  await objection.waitFor();

  // The first teaching day, typed as a day February does not have.
  const start = page.getByLabel('First teaching day of the semester you apply for', { exact: true });
  await start.fill('');
  await typeDate(page, start, '02302027');
  assert.match(await described(start), /Error: This is not a real date/);
  assert.equal(await start.evaluate((el) => el.validity.badInput), true, 'what was typed is still there');
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  assert.doesNotMatch(await described(page.getByLabel('获知结果的日期', { exact: true })), /早于/);
  assert.match(await described(page.getByLabel('申请转入学期的第一个教学日', { exact: true })), /这不是一个真实的日期/);
  assert.deepEqual(await watch.problems(page), []);
});

/** The timeline of the example with only its semester start planned: no day of handing in, no vacation. */
async function timelineOfStartOnly(t) {
  const { context } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: '2026-09-07' };
  await openCase(page, c, '#/timeline');
  await heading(page, 'Your timeline');
  return page;
}

test('without a day of handing in, the timeline says what its dates assume instead of inventing one', async (t) => {
  const page = await timelineOfStartOnly(t);
  await page.getByText('Hand in your materials from 2026-09-07 to 2026-09-21. The dates below assume you hand in on the last day, 2026-09-21: give the day you will hand in to count from it.').waitFor();
  assert.equal(await page.getByText('the day you hand in', { exact: false }).count(), 0);
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByText('以下日期假定您在最后一天（2026-09-21）提交', { exact: false }).waitFor();
  assert.equal(await page.getByText('您的提交日期 2026-09-21', { exact: false }).count(), 0);
});

test('the printed timeline gives the answers as text, with no empty date boxes', async (t) => {
  const page = await timelineOfStartOnly(t);
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.locator('main input, main select, main textarea').evaluateAll(
    (els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.id));
  assert.deepEqual(boxes, [], 'no form control is printed');
  const answers = page.locator('.print-only').filter({ hasText: 'Your answers' });
  const text = await answers.innerText();
  assert.match(text, /First teaching day of the semester you apply for\s+2026-09-07/);
  assert.match(text, /Day you hand in \(or will hand in\) your materials\s+Not answered/);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await answers.isVisible(), false, 'on screen the questions ask');
});

test('"Add a vacation" from the keyboard moves focus into the new vacation, so typing fills it', async (t) => {
  const page = await timelineOfStartOnly(t);
  await page.getByRole('button', { name: 'Add a vacation' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-plan-vacations-0-from');
  await page.keyboard.type('01152027');
  assert.equal(await page.locator('#f-plan-vacations-0-from').inputValue(), '2027-01-15');
});

test('the plan pages work from the keyboard, and the checklist prints on one page', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = example();
  c.plan = { semester_start: '2026-09-07' };
  await openCase(page, c, '#/documents');
  await heading(page, 'Documents to hand in');
  const box = page.getByLabel(/Student status certificate/);
  await box.focus();
  await page.keyboard.press('Space');
  assert.ok(await box.isChecked(), 'Space ticks a document');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY'), 'its citation is next');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.closest('details').open), 'Enter opens the citation');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  assert.equal(pages, 1, `the checklist prints on ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${site.url}#/timeline`);
  await heading(page, 'Your timeline');
  const button = page.getByRole('button', { name: 'Download the dates (.ics)' });
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(file.suggestedFilename(), 'transfer-dates.ics');
  assert.deepEqual(await watch.problems(page), []);
});

test('the plan pages read in Chinese at 360 px and at 1280 px', async (t) => {
  const { context, watch } = await watched(t, { viewport: PHONE });
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: '简体中文', exact: true }).click();
  const c = example();
  c.plan = { semester_start: '2026-09-07', submitted_on: '2026-09-18' };
  await page.locator('#case-file').setInputFiles({
    name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(c)),
  });
  await page.getByRole('heading', { name: '核对您的回答' }).waitFor();
  for (const [hash, title] of [['#/timeline', '时间安排'], ['#/documents', '提交材料清单']]) {
    for (const size of [PHONE, { width: 1280, height: 900 }]) {
      await page.setViewportSize(size);
      await page.goto(`${site.url}${hash}`);
      await heading(page, title);
      await screenshot(page, `${hash.slice(2)}-zh-${size.width}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
        `${hash} at ${size.width} px scrolls sideways`);
      assert.deepEqual(await axeViolationsQuick(page), [], `${hash} at ${size.width} px`);
    }
  }
  await page.goto(`${site.url}#/timeline`);
  assert.equal(await page.locator('.plan-step').first().locator('strong').innerText(), '届满日：2026-09-22');
  assert.deepEqual(await watch.problems(page), []);
});
