// The advisor's desk: several named cases on one device, kept across a reload in the order they were
// made; renamed, duplicated, deleted and restored; a scenario with another programme compared with its
// case, its marked differences checked against `assess` on both files; two tabs editing one case; a full
// storage that loses nothing; every case downloaded as one file and added back, a bad one named and
// skipped; the list and the comparison by keyboard alone; axe-clean at 1280 and 360 px in both languages.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DESKTOP, PHONE, axeViolationsQuick, openApp, screenshot, suite } from './support.mjs';
import {
  L, choice, comparable, download, heading, openCase, openSave, overflow, readExample,
} from './app.mjs';

const { site, watched } = suite('/');

const CASES = 'Cases on this device';
const INDEX = 'transfer-check.cases';

/** The names in the list, in its order. */
const namesShown = (page) => page.locator('.case-card__name').allInnerTexts();

/** The names in the storage's index, in its order. */
const namesStored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"cases":[]}')
  .cases.map((c) => c.name), INDEX);

/** The stored case file of the case named `name`. */
const storedCase = (page, name) => page.evaluate(([key, name]) => {
  const entry = JSON.parse(localStorage.getItem(key)).cases.find((c) => c.name === name);
  return entry ? JSON.parse(localStorage.getItem(`transfer-check.case.${entry.id}`)).case : null;
}, [INDEX, name]);

async function toStart(page) {
  await page.getByRole('banner').getByRole('link', { name: 'Transfer Check', exact: true }).click();
  await heading(page, 'Transfer Check');
}

async function toCases(page) {
  await page.getByRole('banner').getByRole('link', { name: 'Cases', exact: true }).click();
  await heading(page, CASES);
}

/** The card of the case named `name`. */
const card = (page, name) => page.locator('.case-card').filter({
  has: page.getByRole('heading', { name, exact: true }),
});

async function rename(page, from, to) {
  await card(page, from).getByRole('button', { name: `Rename “${from}”`, exact: true }).click();
  const field = page.getByLabel('Name of the case', { exact: true });
  await field.fill(to);
  await page.getByRole('button', { name: 'Save the name', exact: true }).click();
  await page.getByRole('heading', { name: to, exact: true }).waitFor();
}

/** A new case with one answer, named `name`. */
async function newCase(page, name) {
  await toCases(page);
  const before = (await namesStored(page)).length;
  await page.getByRole('button', { name: 'Start a new case', exact: true }).click();
  await heading(page, 'Your route and status');
  await choice(page, L.about.route[0], L.about.route[1].mainland).check();
  await page.waitForFunction(([key, n]) => (JSON.parse(localStorage.getItem(key))?.cases.length ?? 0) > n,
    [INDEX, before]);
  await toCases(page);
  await rename(page, `Case ${before + 1}`, name);
}

test('ten cases are found after a reload in the order they were made; renamed, duplicated, deleted and restored', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const page = await openApp(context, site.url);
  const names = Array.from({ length: 10 }, (_, i) => `Applicant ${i + 1}`);
  for (const name of names) await newCase(page, name);
  assert.deepEqual(await namesShown(page), names);
  await page.reload();
  await toCases(page);
  assert.deepEqual(await namesShown(page), names, 'the same cases in the same order after a reload');
  assert.deepEqual(await namesStored(page), names);

  // A name is required, and a long one keeps what was typed while it is refused.
  const c3 = card(page, 'Applicant 3');
  await c3.getByRole('button', { name: 'Rename “Applicant 3”', exact: true }).click();
  const field = page.getByLabel('Name of the case', { exact: true });
  await field.fill('   ');
  await page.getByRole('button', { name: 'Save the name', exact: true }).click();
  await page.locator('.error-message').getByText(/Enter a name for the case$/).waitFor();
  const long = 'W'.repeat(200);
  await field.fill(long);
  await page.getByRole('button', { name: 'Save the name', exact: true }).click();
  await page.locator('.error-message').getByText(/The name is 200 characters long: use 100 at most$/).waitFor();
  assert.equal(await field.inputValue(), long, 'the typed name is kept');
  assert.equal(await page.evaluate(() => document.activeElement.id), await field.getAttribute('id'));
  await field.fill('Wang Fang 王芳');
  await page.getByRole('button', { name: 'Save the name', exact: true }).click();
  await page.getByRole('heading', { name: 'Wang Fang 王芳', exact: true }).waitFor();
  names[2] = 'Wang Fang 王芳';

  // Duplicate: after the others, named apart.
  await card(page, 'Applicant 5').getByRole('button', { name: 'Duplicate “Applicant 5”', exact: true }).click();
  await page.getByRole('heading', { name: 'Applicant 5 (2)', exact: true }).waitFor();
  assert.deepEqual(await namesStored(page), [...names, 'Applicant 5 (2)']);

  // Delete, then restore it where it was.
  await card(page, 'Applicant 4').getByRole('button', { name: 'Delete “Applicant 4”', exact: true }).click();
  await page.getByText('“Applicant 4” was deleted. It can be restored below until this page is reloaded or closed.', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cases-status');
  assert.deepEqual(await namesShown(page), [...names.filter((n) => n !== 'Applicant 4'), 'Applicant 5 (2)']);
  await page.getByRole('button', { name: 'Restore “Applicant 4”', exact: true }).click();
  await page.getByRole('heading', { name: 'Applicant 4', exact: true }).waitFor();
  assert.deepEqual(await namesShown(page), [...names, 'Applicant 5 (2)']);

  // Delete all, after asking; keeping them changes nothing.
  await page.getByRole('button', { name: 'Delete all cases from this device', exact: true }).click();
  const ask = page.getByRole('region', { name: 'Delete all 11 cases on this device?' });
  await ask.getByRole('button', { name: 'Keep them', exact: true }).click();
  assert.equal((await namesStored(page)).length, 11);
  await page.getByRole('button', { name: 'Delete all cases from this device', exact: true }).click();
  await ask.getByRole('button', { name: 'Delete all cases', exact: true }).click();
  await page.getByText('All cases were deleted from this device.', { exact: true }).waitFor();
  assert.deepEqual(await namesStored(page), []);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('transfer-check.case.')).length), 0);

  assert.deepEqual(await watch.problems(page), []);
});

/** Runs `assess` on case files, with the site's catalogue, as an office would. */
function assess(files, today) {
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--offline', '--bin', 'assess', '--', '--catalog', 'catalog', '--today', today, ...files],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

const VERDICT_WORDS = {
  eligible: 'Eligible', needs_review: 'Needs review', not_eligible: 'Not eligible', incomplete: 'Incomplete',
};

test('a scenario with another programme, compared with its case: the marked differences are what assess finds', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const page = await openApp(context, site.url);
  const c = { ...readExample('mainland-undergraduate'), plan: { semester_start: '2027-03-01' } };
  await openCase(page, site.url, c, '#/cases');
  await heading(page, CASES);
  await rename(page, 'Case 1', 'Li Lei');

  await card(page, 'Li Lei').getByRole('button', { name: 'Try another scenario “Li Lei”', exact: true }).click();
  const form = page.getByRole('form', { name: 'Try another scenario of “Li Lei”' });
  await form.getByRole('button', { name: 'Create the scenario', exact: true }).click();
  await form.getByRole('link', { name: 'Choose what changes', exact: true }).waitFor();
  await choice(form, 'What changes?', 'Another programme').check();
  const programme = form.getByRole('group', { name: 'Programme' }).getByRole('radio').first();
  const programmeName = await form.getByRole('group', { name: 'Programme' }).locator('label').first().innerText();
  await programme.check();
  await form.getByRole('button', { name: 'Create the scenario', exact: true }).click();
  const scenarioName = `Li Lei – another programme: ${programmeName}`;
  await page.getByRole('heading', { name: scenarioName, exact: true }).waitFor();
  await page.getByText(`Scenario of “Li Lei”: another programme: ${programmeName}`, { exact: true }).waitFor();
  // The plan has no hand-in day: the list does not place one against the window.
  assert.equal(await card(page, 'Li Lei').locator('dt:text-is("Hand-in") + dd').innerText(), 'No hand-in day given');
  assert.deepEqual(await namesShown(page), ['Li Lei', scenarioName]);

  // Compare asks for two to four.
  await page.getByLabel('Compare “Li Lei”', { exact: true }).check();
  await page.getByRole('button', { name: 'Compare the chosen cases', exact: true }).click();
  await page.getByRole('link', { name: 'Choose two to four cases to compare', exact: true }).waitFor();
  await page.getByLabel(`Compare “${scenarioName}”`, { exact: true }).check();
  await page.getByRole('button', { name: 'Compare the chosen cases', exact: true }).click();
  await heading(page, 'Cases side by side');

  // The engine on both files, as stored.
  const dir = mkdtempSync(join(tmpdir(), 'cases-'));
  const files = [];
  for (const [i, name] of ['Li Lei', scenarioName].entries()) {
    const file = join(dir, `${i}.json`);
    writeFileSync(file, JSON.stringify(await storedCase(page, name)));
    files.push(file);
  }
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const [a, b] = assess(files, today);
  const missing = (x) => x.documents.filter((d) => !d.ready).length;
  const fig = (v) => (v === null || v === undefined ? 'None' : String(v));
  const average = (x) => {
    if (!x.performance?.percentage) return 'None';
    const [low, high] = x.performance.percentage;
    const level = x.performance.level[0].toUpperCase() + x.performance.level.slice(1);
    return `${low === high ? low : `${low}–${high}`} (${level})`;
  };
  const DECIDING = ['preliminary_verification', 'college_evaluation', 'university_approval'];
  const lastDecision = (x) => {
    if (!x.timeline) return 'None';
    const dues = x.timeline.steps.filter((step) => DECIDING.includes(step.step)).map((step) => step.due);
    return dues.includes(null) ? "No time limit: the university's approval has none" : dues.sort().at(-1);
  };
  const expected = {
    Verdict: [VERDICT_WORDS[a.verdict], VERDICT_WORDS[b.verdict]],
    'Decisive reasons': ['None', 'None'],
    'Converted average': [average(a), average(b)],
    'Submission deadline': [a.timeline?.window.closes ?? 'None', b.timeline?.window.closes ?? 'None'],
    'Last decision date': [lastDecision(a), lastDecision(b)],
    'Recognized credits': [fig(a.credits.recognized), fig(b.credits.recognized)],
    'Credit shortfall': [fig(a.credits.shortfall), fig(b.credits.shortfall)],
    'Core credits still to take': [fig(a.remaining?.core_credits), fig(b.remaining?.core_credits)],
    'Documents still missing': [String(missing(a)), String(missing(b))],
  };
  const table = page.getByRole('table', { name: 'The chosen cases side by side' });
  for (const [row, values] of Object.entries(expected)) {
    const tr = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${row}`) }) });
    const cells = await tr.getByRole('cell').allInnerTexts();
    assert.deepEqual(cells, values, row);
    const marked = await tr.getByText('≠ Differs', { exact: true }).count();
    assert.equal(marked, values[0] === values[1] ? 0 : 1, `${row}: marked where assess differs`);
  }
  assert.notEqual(expected['Core credits still to take'][0], expected['Core credits still to take'][1],
    'the programme changes what is left to take');
  assert.match(expected['Submission deadline'][0], /^\d{4}-\d{2}-\d{2}$/, 'the plan is dated');

  // Printable: the table alone, in black on white.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await table.isVisible(), true);
  assert.equal(await page.locator('.side-one').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await screenshot(page, 'cases-side-by-side-1280');

  // At 360 px, one case at a time with the differences listed.
  await page.setViewportSize(PHONE);
  assert.equal(await table.isVisible(), false);
  const differences = page.getByRole('region', { name: 'Differences' });
  await differences.getByText('Core credits still to take').waitFor();
  await page.getByRole('radio', { name: scenarioName, exact: true }).check();
  await page.getByRole('heading', { level: 2, name: scenarioName }).waitFor();
  assert.equal(await overflow(page), 0, 'no sideways scroll at 360 px');
  await screenshot(page, 'cases-side-by-side-360');
  assert.deepEqual(await watch.problems(page), []);
});

test('two tabs editing one case: the first save keeps the case, the later one becomes a new case, and the tab says so', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const first = await openApp(context, site.url);
  await newCase(first, 'Ana');
  const second = await openApp(context, site.url);
  await toCases(second);
  await second.getByText('Shown in this tab').waitFor();
  assert.equal(await card(second, 'Ana').getByText('Shown in this tab').count(), 1, 'a new tab opens the case saved last');

  const semesters = (page) => page.getByLabel(L.about.semesters_completed, { exact: true });
  await first.goto(`${site.url}#/about`);
  await semesters(first).fill('3');
  await first.waitForFunction(() => localStorage.getItem(`transfer-check.case.${sessionStorage.getItem('transfer-check.open')}`).includes('"semesters_completed":3'));
  await second.goto(`${site.url}#/about`);
  await semesters(second).fill('5');
  const said = '“Ana” was saved in another tab while you were changing it here. That tab\'s save came first and stays as “Ana”; your changes here are saved as a new case, “Ana (2)”, which this tab now shows.';
  await second.getByText(said, { exact: true }).waitFor();
  assert.equal((await storedCase(second, 'Ana')).applicant.semesters_completed, 3, 'the first save is not dropped');
  assert.equal((await storedCase(second, 'Ana (2)')).applicant.semesters_completed, 5, 'nor the later one');

  // Each tab now has its own case: no more copies.
  await semesters(first).fill('4');
  await semesters(second).fill('6');
  await second.waitForFunction(() => localStorage.getItem(`transfer-check.case.${sessionStorage.getItem('transfer-check.open')}`).includes('"semesters_completed":6'));
  await first.waitForFunction(() => localStorage.getItem(`transfer-check.case.${sessionStorage.getItem('transfer-check.open')}`).includes('"semesters_completed":4'));
  assert.equal((await storedCase(second, 'Ana (2)')).applicant.semesters_completed, 6);
  assert.deepEqual(await namesStored(first), ['Ana', 'Ana (2)']);
  assert.equal(await first.getByText(said).count(), 0);
  for (const page of [first, second]) assert.deepEqual(await watch.problems(page), []);
});

test('a full storage loses nothing: what was saved stays, the tab keeps the change and says how to keep it', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const page = await openApp(context, site.url);
  await newCase(page, 'Other applicant');
  await toStart(page);
  await openCase(page, site.url, readExample('masters'), '#/about');
  await toCases(page);
  await rename(page, 'Case 2', 'Zhang Wei');
  await page.getByRole('button', { name: 'Open “Zhang Wei”', exact: true }).click();
  await heading(page, 'Your result');
  const before = await page.evaluate(() => ({ ...localStorage }));

  // The browser's quota is reached: every write is refused from now on.
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function full(key, value) {
      if (this === localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return window.realSetItem.call(this, key, value);
    };
  });
  await page.goto(`${site.url}#/about`);
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('7');
  await page.getByText(/^The latest changes could not be saved: this browser's storage for Transfer Check is full/).waitFor();
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), before, 'nothing stored was removed or changed');
  // The change is in the tab, and the case file holds it.
  await page.goto(`${site.url}#/result`);
  const file = await download(page, page.getByRole('button', { name: 'Download the case file', exact: true }));
  assert.equal(JSON.parse(file.text).applicant.semesters_completed, 7);

  // Room again: the next change is saved and the message goes.
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await page.goto(`${site.url}#/about`);
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('8');
  await page.getByText(/^The latest changes could not be saved/).waitFor({ state: 'detached' });
  assert.equal((await storedCase(page, 'Zhang Wei')).applicant.semesters_completed, 8);
  assert.equal((await storedCase(page, 'Other applicant')).applicant.route, 'mainland');
  assert.deepEqual(await watch.problems(page), []);
});

test('every case downloaded as one file and added back; a bad case is named and skipped, the others kept', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const page = await openApp(context, site.url);
  await newCase(page, 'Ana');
  await newCase(page, 'Bo');
  const file = await download(page, page.getByRole('button', { name: 'Download all cases', exact: true }));
  const all = JSON.parse(file.text);
  assert.equal(all.format, 'transfer-check/cases');
  assert.deepEqual(all.cases.map((c) => c.name), ['Ana', 'Bo']);
  all.cases.splice(1, 0, { name: 'Moon', case: { format: 'transfer-check/case', version: 1, applicant: { route: 'moon' } } });

  const before = await namesStored(page);
  await page.getByLabel('Open a file of cases', { exact: true }).setInputFiles({
    name: 'office.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(all)),
  });
  const status = page.locator('#cases-status');
  await status.getByText('2 cases were added from office.json.', { exact: true }).waitFor();
  await status.getByText(/^Case 2 of the file, “Moon”, was skipped: Where are you studying now\?/).waitFor();
  assert.deepEqual(await namesStored(page), [...before, 'Ana', 'Bo']);
  assert.deepEqual(await namesShown(page), ['Ana', 'Bo', 'Ana', 'Bo']);

  // Not a file of cases: nothing added, and said.
  await page.getByLabel('Open a file of cases', { exact: true }).setInputFiles({
    name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello'),
  });
  await status.getByText('notes.txt is not a file of cases or a case file: nothing was added.', { exact: true }).waitFor();
  assert.equal((await namesStored(page)).length, 4);
  assert.deepEqual(await watch.problems(page), []);
});

test('the list and the comparison by keyboard alone', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const page = await openApp(context, site.url);
  await newCase(page, 'Ana');
  await newCase(page, 'Bo');
  await page.locator('#main-heading').focus();
  // Tab to each case's tick box and tick it with Space.
  for (const name of ['Ana', 'Bo']) {
    const box = page.getByLabel(`Compare “${name}”`, { exact: true });
    for (let i = 0; i < 40 && !(await box.evaluate((e) => e === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true, name);
  }
  const compare = page.getByRole('button', { name: 'Compare the chosen cases', exact: true });
  for (let i = 0; i < 40 && !(await compare.evaluate((e) => e === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await heading(page, 'Cases side by side');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-heading');
  // Back to the list, and open a case, by keyboard.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await heading(page, CASES);
  const open = page.getByRole('button', { name: 'Open “Ana”', exact: true });
  for (let i = 0; i < 60 && !(await open.evaluate((e) => e === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await heading(page, 'Your result');
  assert.deepEqual(await watch.problems(page), []);
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`the cases and the comparison are axe-clean and fit in both languages (${viewport.width} px)`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await newCase(page, 'Ana');
    await toStart(page);
    await openCase(page, site.url, readExample('international-ects'), '#/cases');
    await heading(page, CASES);
    await rename(page, 'Case 2', 'A very long name of an applicant with several given names and a family name');
    const long = 'A very long name of an applicant with several given names and a family name';
    await card(page, long).getByRole('button', { name: `Try another scenario “${long}”`, exact: true }).click();
    await choice(page, 'What changes?', 'Another route').check();
    await choice(page, 'Route', L.about.route[1].mainland).check();
    await page.getByRole('button', { name: 'Create the scenario', exact: true }).click();
    await page.getByText(/^The scenario “.*” was made\.$/).waitFor();
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    for (const lang of ['en', 'zh']) {
      if (lang === 'zh') await page.getByRole('button', { name: '简体中文', exact: true }).click();
      await heading(page, lang === 'en' ? CASES : '本设备上的案例');
      assert.equal(await overflow(page), 0, `${lang}: no sideways scroll`);
      assert.deepEqual(await axeViolationsQuick(page), [], `${lang}: the list`);
      await screenshot(page, `cases-${viewport.width}-${lang}`);
    }
    await page.getByRole('button', { name: '对比所选案例', exact: true }).click();
    await heading(page, '案例对比');
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await heading(page, lang === 'en' ? 'Cases side by side' : '案例对比');
      assert.equal(await overflow(page), 0, `${lang}: no sideways scroll`);
      assert.deepEqual(await axeViolationsQuick(page), [], `${lang}: the comparison`);
      await screenshot(page, `cases-compare-${viewport.width}-${lang}`);
    }
    // Presenting, no other case's name shows.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    assert.equal(await page.getByText('Ana', { exact: true }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Cases', exact: true }).count(), 0);
    assert.deepEqual(await watch.problems(page), []);
  });
}

test('the case of an earlier version is the first case, named, and reading it again changes nothing', async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP });
  const raw = JSON.stringify({ app: 'transfer-check', schema: 1, saved_on: '2026-11-01', case: readExample('doctoral') });
  await context.addInitScript((raw) => {
    if (window.location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) {
      localStorage.setItem('transfer-check.answers', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  const page = await openApp(context, site.url);
  await toCases(page);
  assert.deepEqual(await namesShown(page), ['Case 1']);
  assert.equal(await page.evaluate(() => localStorage.getItem('transfer-check.answers')), null);
  assert.deepEqual(comparable(JSON.parse(await page.evaluate(openSave)).case), comparable(readExample('doctoral')));
  await page.reload();
  await toCases(page);
  assert.deepEqual(await namesShown(page), ['Case 1']);
  assert.deepEqual(await watch.problems(page), []);
});

test("without the site's list of programmes a scenario of another programme says why, and nothing is made", async (t) => {
  const { context, watch } = await watched(t, { viewport: DESKTOP, serviceWorkers: 'block' });
  await context.route(/\/catalog\//, (route) => route.abort('internetdisconnected'));
  const page = await openApp(context, site.url);
  await newCase(page, 'Ana');
  await card(page, 'Ana').getByRole('button', { name: 'Try another scenario “Ana”', exact: true }).click();
  await choice(page, 'What changes?', 'Another programme').check();
  const unavailable = "The site's list of programmes is not on this device yet. Check that it is online; the list appears here as soon as it arrives.";
  await page.getByText(unavailable, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Create the scenario', exact: true }).click();
  await page.getByRole('link', { name: unavailable, exact: true }).click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('type')), 'radio', 'the link moves focus to the question');
  assert.equal(new URL(page.url()).hash, '#/cases', 'the address stays the page');
  assert.deepEqual(await namesStored(page), ['Ana']);
  const expected = [/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/];
  assert.deepEqual((await watch.problems(page)).filter((p) => !expected.some((e) => e.test(p))), []);
});
