// The answers as data: a pasted transcript, the case file downloaded and opened again, share links,
// the language switch, saved answers that cannot be read or come from an earlier version, a file that
// is not a valid case, a browser without storage, and a whole session that sends nothing anywhere.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openApp, suite } from './support.mjs';
import {
  HEADINGS,
  L,
  OUTCOMES,
  SAVE_KEY,
  openSave,
  SET_ASIDE_KEY,
  transcript30Assessed,
  VERDICTS,
  ZH,
  answersShown,
  assertCredits,
  assessed,
  choice,
  comparable,
  continueTo,
  download,
  expandCitation,
  heading,
  pasteTranscript,
  readExample,
  savedCase,
  transcript30,
  verdictText,
} from './app.mjs';

const BASE = '/tools/transfer-check/';
const { site, watched } = suite(BASE);

const OUTCOME_OF = { R: OUTCOMES.recognized, '?': OUTCOMES.review, N: OUTCOMES.not_recognized };

/** Loads one of the start page's examples (for tests about what happens to answers, not how they are typed). */
async function loadExample(page, buttonName) {
  await page.getByRole('button', { name: `Load the example: ${buttonName}`, exact: true }).click();
  await heading(page, HEADINGS.result);
}

async function goToStart(page) {
  await page.getByRole('banner').getByRole('link', { name: 'Transfer Check', exact: true }).click();
  await heading(page, HEADINGS.start);
}

async function createShareLink(page) {
  await page.getByRole('button', { name: L.result.share, exact: true }).click();
  const field = page.getByLabel('Share link', { exact: true });
  await field.waitFor();
  assert.equal(await field.getAttribute('id'), 'share-link');
  assert.equal(await field.evaluate((el) => el.readOnly), true);
  return field.inputValue();
}

/** A notice in the page's messages region with this text. */
function notice(page, text) {
  return page.getByRole('status', { name: 'Messages' }).getByText(text, { exact: true });
}

test('a 30-course transcript pasted from a spreadsheet fills the course table, each row assessed live', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await continueTo(page, 'record');
  await continueTo(page, 'courses');

  await pasteTranscript(page, transcript30());
  await page.getByRole('status').getByText('30 courses added.', { exact: true }).waitFor();
  // The paste box is emptied for the next paste.
  assert.equal(await page.getByLabel(L.courses.paste, { exact: true }).inputValue(), '');

  const table = page.getByRole('table', { name: L.courses.table, exact: true });
  const rows = table.getByRole('row');
  assert.equal(await rows.count(), 31, 'a header row and 30 course rows');
  const header = (await rows.first().getByRole('columnheader').allInnerTexts()).map((s) => s.trim());
  const status = header.indexOf('Status');
  const converted = header.indexOf('Converted credits');
  assert.ok(status >= 0 && converted >= 0, header.join(' | '));

  const shown = [];
  for (let i = 1; i <= 30; i += 1) {
    const cells = (await rows.nth(i).getByRole('cell').allInnerTexts()).map((s) => s.trim());
    assert.match(cells[0], new RegExp(`^${i}\\. \\w`), `row ${i} is course ${i}`);
    shown.push([cells[status], cells[converted]]);
  }
  // A course that is not recognized shows no converted credits as if they counted.
  const expected = transcript30Assessed();
  const convertedShown = (o, i) => (o === 'N' && expected.credits[i] !== ''
    ? 'none (not recognized)' : expected.credits[i]);
  assert.deepEqual(shown, [...expected.outcomes].map((o, i) => [OUTCOME_OF[o], convertedShown(o, i)]));

  // Live: answering the first course's evidence questions changes its status at once.
  await page.getByRole('button', { name: L.courses.edit(1, 'Calculus I'), exact: true }).click();
  const editor = page.getByRole('region', { name: L.courses.editor(1) });
  for (const flag of ['official_transcript', 'translated_or_official_language', 'regular_institution']) {
    await choice(editor, L.courses.flags[flag], 'Yes').check();
  }
  await choice(editor, L.courses.nature[0], 'Compulsory').check();
  await choice(editor, L.courses.match_nature, 'Compulsory').check();
  assert.equal((await rows.nth(1).getByRole('cell').nth(status).innerText()).trim(), OUTCOMES.recognized);

  assert.deepEqual(await watch.problems(page), []);
});

test('a downloaded case file opens in a fresh browser with the same answers and verdict', async (t) => {
  const first = await watched(t);
  const page = await openApp(first.context, site.url);
  await loadExample(page, 'International student, ECTS');
  const file = await download(page, page.getByRole('button', { name: L.result.download, exact: true }));
  assert.equal(file.name, 'transfer-check-case.json');
  const exported = JSON.parse(file.text);
  assert.equal(exported.format, 'transfer-check/case');
  assert.equal(exported.version, 1);
  assert.deepEqual(comparable(exported), comparable(readExample('international-ects')));
  const verdict = await verdictText(page);
  await page.getByRole('link', { name: /^\W*Back$/ }).click();
  await heading(page, HEADINGS.answers);
  const answers = await answersShown(page);
  assert.ok(answers.length > 30, `every answer is listed (${answers.length})`);

  const second = await watched(t);
  const fresh = await openApp(second.context, site.url);
  await fresh.getByLabel('Case file', { exact: true }).setInputFiles(file.path);
  await heading(fresh, HEADINGS.answers);
  await notice(fresh, 'Opened transfer-check-case.json.').waitFor();
  assert.deepEqual(await answersShown(fresh), answers, 'the same answers');
  await fresh.getByRole('button', { name: L.seeResult, exact: true }).click();
  await heading(fresh, HEADINGS.result);
  assert.equal(await verdictText(fresh), verdict);
  assert.equal(verdict, VERDICTS[assessed('international-ects').verdict]);
  await assertCredits(fresh, assessed('international-ects').credits);

  assert.deepEqual(await first.watch.problems(page), []);
  assert.deepEqual(await second.watch.problems(fresh), []);
});

test('a share link opens the case in a fresh browser, and asks first where answers already exist', async (t) => {
  const origin = await watched(t);
  await origin.context.grantPermissions(['clipboard-read', 'clipboard-write'],
    { origin: new URL(site.url).origin });
  const page = await openApp(origin.context, site.url);
  await loadExample(page, "Master's student");
  const link = await createShareLink(page);
  assert.ok(link.startsWith(`${site.url}#case=1.`), link);
  // Where the browser allows it, the link is also on the clipboard.
  await page.getByText('Copied to the clipboard.', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // (a) A fresh browser: the case opens on the result page.
  const fresh = await watched(t);
  const opened = await fresh.context.newPage();
  await opened.goto(link);
  await heading(opened, HEADINGS.result);
  await notice(opened, 'The shared case has been opened.').waitFor();
  assert.equal(await verdictText(opened), VERDICTS[assessed('masters').verdict]);
  await assertCredits(opened, assessed('masters').credits);
  assert.deepEqual(comparable(await savedCase(opened)), comparable(readExample('masters')));
  // The case leaves the address once read.
  assert.ok(!opened.url().includes('case='), opened.url());

  // (b) A browser with other answers: it asks before replacing them.
  const busy = await watched(t);
  const mine = await openApp(busy.context, site.url);
  await mine.getByRole('button', { name: L.start, exact: true }).click();
  await heading(mine, HEADINGS.about);
  await choice(mine, L.about.route[0], L.about.route[1].hmt).check();
  await mine.getByLabel(L.about.semesters_completed, { exact: true }).fill('3');
  const before = await savedCase(mine);
  await mine.close();

  const asked = await busy.context.newPage();
  await asked.goto(link);
  const question = asked.getByRole('region', { name: 'Open the shared case?' });
  await question.waitFor();
  await heading(asked, HEADINGS.start);
  await question.getByRole('button', { name: 'Keep my answers', exact: true }).click();
  await question.waitFor({ state: 'detached' });
  assert.deepEqual(await savedCase(asked), before, 'declining keeps the answers');
  assert.equal(await asked.getByRole('button', { name: 'Continue where you left off' }).count(), 1);

  await asked.goto('about:blank');
  await asked.goto(link);
  await question.waitFor();
  await question.getByRole('button', { name: 'Open the shared case as a new case', exact: true }).click();
  await heading(asked, HEADINGS.result);
  assert.equal(await verdictText(asked), VERDICTS[assessed('masters').verdict]);
  assert.deepEqual(comparable(await savedCase(asked)), comparable(readExample('masters')),
    'accepting replaces the answers');

  // A link cut short when it was copied is reported, and changes nothing.
  await asked.goto('about:blank');
  await asked.goto(link.slice(0, -25));
  await notice(asked, 'The share link could not be read. It may have been cut off when it was copied.').waitFor();
  assert.deepEqual(comparable(await savedCase(asked)), comparable(readExample('masters')));

  for (const [w, p] of [[origin.watch, page], [fresh.watch, opened], [busy.watch, asked]]) {
    assert.deepEqual(await w.problems(p), []);
  }
  // The case travelled in the fragment only: no request ever carried it to the server.
  for (const w of [origin.watch, fresh.watch, busy.watch]) {
    assert.deepEqual(w.requests.filter(({ url }) => url.includes('case=')), []);
  }
});

test('a share link opened in a tab where the app is already open asks at once', async (t) => {
  const { context, watch } = await watched(t);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const page = await openApp(context, site.url);
  await loadExample(page, "Master's student");
  const link = await createShareLink(page);
  // Other answers in the same tab, then the link arrives there: its address changes, the page stays.
  await page.goto(`${site.url}#/about`);
  await heading(page, HEADINGS.about);
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('5');
  await page.evaluate((hash) => { window.location.hash = hash; }, new URL(link).hash);
  const question = page.getByRole('region', { name: 'Open the shared case?' });
  await question.waitFor();
  assert.ok(!page.url().includes('case='), 'the case leaves the address once read');
  await question.getByRole('button', { name: 'Open the shared case as a new case', exact: true }).click();
  await heading(page, HEADINGS.result);
  assert.deepEqual(comparable(await savedCase(page)), comparable(readExample('masters')));
  assert.deepEqual(await watch.problems(page), []);
});

test('a share link for a 30-course case fits in a chat message and keeps the case in the fragment', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].mainland).check();
  await choice(page, L.about.level[0], L.about.level[1].undergraduate).check();
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('4');
  await continueTo(page, 'record');
  await continueTo(page, 'courses');
  await pasteTranscript(page, transcript30());
  await page.getByRole('status').getByText('30 courses added.', { exact: true }).waitFor();
  await page.getByRole('navigation', { name: 'Steps of the check' })
    .getByRole('link', { name: 'Result', exact: true }).click();
  await heading(page, HEADINGS.result);
  const verdict = await verdictText(page);

  const link = await createShareLink(page);
  t.diagnostic(`share link for 30 courses: ${link.length} characters`);
  assert.ok(link.length < 4000, `the link is ${link.length} characters`);
  const url = new URL(link);
  assert.equal(url.search, '', 'nothing in the query');
  assert.equal(url.origin + url.pathname, site.url);
  assert.match(url.hash, /^#case=1\.[A-Za-z0-9_-]+$/);

  const other = await watched(t);
  const opened = await other.context.newPage();
  await opened.goto(link);
  await heading(opened, HEADINGS.result);
  assert.equal(await verdictText(opened), verdict);
  assert.deepEqual(comparable(await savedCase(opened)), comparable(await savedCase(page)));
  assert.equal((await savedCase(opened)).courses.length, 30);

  assert.deepEqual(await watch.problems(page), []);
  assert.deepEqual(await other.watch.problems(opened), []);
});

test('switching language keeps every answer, including text still to be corrected', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].international).check();
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('3');
  await page.getByLabel(L.about.assessed_on, { exact: true }).fill('2026-09-01');
  await continueTo(page, 'record');
  await page.getByLabel(L.record.system, { exact: true }).selectOption({ label: L.systems.gpa4 });
  await page.getByLabel(L.record.average, { exact: true }).fill('3,2'); // a decimal comma: not a number

  await page.getByRole('button', { name: ZH.language, exact: true }).click();
  await heading(page, ZH.headings.record);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.getByLabel('平均成绩', { exact: true }).inputValue(), '3,2');
  assert.equal(await page.getByLabel('平均成绩的记分制', { exact: true }).inputValue(), '4.0 绩点制');
  await page.getByRole('navigation', { name: '自查步骤', exact: true })
    .getByRole('link', { name: '转学途径与学籍', exact: true }).click();
  await heading(page, ZH.headings.about);
  assert.equal(await page.getByLabel('您已完成几个学期？', { exact: true }).inputValue(), '3');
  assert.equal(await choice(page, '您目前在哪里就读？', '境外高校').isChecked(), true);
  assert.equal(await page.getByLabel('您提出申请的日期', { exact: true }).inputValue(), '2026-09-01');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await heading(page, HEADINGS.about);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await choice(page, L.about.route[0], L.about.route[1].international).isChecked(), true);
  assert.equal(await page.getByLabel(L.about.semesters_completed, { exact: true }).inputValue(), '3');
  assert.equal(await page.getByLabel(L.about.assessed_on, { exact: true }).inputValue(), '2026-09-01');
  await continueTo(page, 'record');
  assert.equal(await page.getByLabel(L.record.average, { exact: true }).inputValue(), '3,2');

  assert.deepEqual(await watch.problems(page), []);
});

test('saved answers that cannot be read are set aside, not dropped, and the app starts empty', async (t) => {
  for (const garbage of [
    '{"app":"transfer-check","schema":1,"case":{"format":"transfer-check/ca',
    '{"app":"transfer-check","schema":99,"saved_on":"2031-01-01","case":{}}',
  ]) {
    const { context, watch } = await watched(t);
    const page = await openApp(context, site.url);
    await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [SAVE_KEY, garbage]);
    await page.reload();
    await heading(page, HEADINGS.start);

    await notice(page, 'Your saved answers could not be read, so they were set aside instead of deleted. '
      + 'You are starting with empty answers.').waitFor();
    assert.equal(await page.getByRole('button', { name: L.start, exact: true }).count(), 1, 'starts empty');
    const saved = await savedCase(page);
    assert.ok(saved === null || Object.keys(comparable(saved)).every((k) => ['format', 'version', 'courses']
      .includes(k)) && saved.courses.length === 0, `the answers are empty: ${JSON.stringify(saved)}`);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY), garbage,
      'the unreadable save is kept under its own key');

    const kept = await download(page, page.getByRole('button', { name: 'Download the unreadable save' }));
    assert.equal(kept.text, garbage);

    // Dismissed, the notice goes; the set-aside save stays until the user deletes their data.
    await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Download the unreadable save' }).waitFor({ state: 'detached' });
    await page.reload();
    await heading(page, HEADINGS.start);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY), garbage);
    await page.getByRole('button', { name: 'Delete my data from this device', exact: true }).click();
    await page.getByRole('region', { name: 'Delete your data from this device?' })
      .getByRole('button', { name: 'Delete my data from this device', exact: true }).click();
    await notice(page, 'Your data has been deleted from this device.').waitFor();
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY), null);

    assert.deepEqual(await watch.problems(page), []);
  }
});

test('a bare case file saved by an earlier version is brought up to date with a notice', async (t) => {
  const { context, watch } = await watched(t);
  // Before the app's first load, as an earlier version would have left it.
  const bare = readFileSync('examples/doctoral.json', 'utf8');
  await context.addInitScript(([key, raw]) => {
    if (window.location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, [SAVE_KEY, bare]);
  const page = await openApp(context, site.url);

  await notice(page, 'Your saved answers were from an earlier version (save format 0) and have been '
    + 'brought up to date.').waitFor();
  await page.getByRole('button', { name: 'Continue where you left off', exact: true }).click();
  await heading(page, HEADINGS.answers);
  const saved = JSON.parse(await page.evaluate(openSave));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY), null,
    'the earlier save became the first case');
  assert.equal(saved.app, 'transfer-check');
  assert.equal(saved.schema, 1);
  assert.deepEqual(saved.case, JSON.parse(JSON.stringify(saved.case)));
  assert.deepEqual(comparable(saved.case), comparable(JSON.parse(bare)));
  await page.getByRole('button', { name: L.seeResult, exact: true }).click();
  await heading(page, HEADINGS.result);
  assert.equal(await verdictText(page), VERDICTS[assessed('doctoral').verdict]);

  assert.deepEqual(await watch.problems(page), []);
});

test("an invalid case file is refused with the engine's field-path error, and the answers are untouched", async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].sino_foreign).check();
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('2');
  await goToStart(page);
  const before = await savedCase(page);

  const input = page.getByLabel('Case file', { exact: true });
  const messages = page.getByRole('status', { name: 'Messages' });
  const refused = async (name, content, errors) => {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    // Whichever the app says, opened or refused, so that a wrongly opened file fails at once.
    const file = name.replace(/\./g, '\\.');
    const said = messages.getByText(new RegExp(`^(Opened ${file}\\.|${file} could not be opened)`));
    await said.waitFor();
    assert.equal(await said.innerText(), `${name} could not be opened. Your answers have not been changed.`);
    for (const error of errors) await messages.getByText(error, { exact: true }).waitFor();
    await heading(page, HEADINGS.start);
    assert.deepEqual(await savedCase(page), before, `${name}: the answers are untouched`);
    await messages.getByRole('button', { name: 'Dismiss' }).click();
  };
  const header = { format: 'transfer-check/case', version: 1 };

  // Not JSON at all.
  await refused('notes.json', 'route: mainland\n', []);
  // A word the format does not have.
  await refused('moon.json', JSON.stringify({ ...header, applicant: { route: 'moon' } }),
    [/^Where are you studying now\?: /]);
  // A value out of range: the error the engine gives for it (`assess` prints
  // "courses[0].grade.value: 130 is above the percentage scale's maximum of 100" for this file).
  await refused('grades.json', JSON.stringify({
    ...header,
    applicant: { route: 'mainland' },
    courses: [{ title: 'Calculus', grade: { system: 'percentage', value: 130 } }],
  }), ["Course 1 – Grade: 130 is above the percentage scale's maximum of 100"]);

  // The answers are still the user's.
  await page.getByRole('button', { name: 'Continue where you left off', exact: true }).click();
  await heading(page, HEADINGS.answers);
  const answers = Object.fromEntries(await answersShown(page));
  assert.equal(answers[L.about.route[0]], L.about.route[1].sino_foreign);
  assert.equal(answers[L.about.semesters_completed], '2');

  assert.deepEqual(await watch.problems(page), []);
});

// Three ways a browser refuses storage: every call throws (storage disabled), the localStorage object
// itself cannot be reached (some privacy modes), or it reads but refuses to write (a full quota).
const REFUSALS = {
  'every storage call throws': [true, () => {
    for (const name of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[name] = function refused() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
  }],
  'localStorage cannot be reached': [true, () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  }],
  // Reading works, so the app learns of the refusal when it first saves an answer.
  'storage is full': [false, () => {
    Storage.prototype.setItem = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }],
};

const NO_STORAGE = 'This browser does not allow saving. Your answers are kept in this tab only; '
  + 'download the case file to keep them.';
const MEMORY_ONLY = 'This browser does not allow saving: your answers are kept in this tab only and are '
  + 'lost when you close it.';

for (const [how, [atLoad, refuse]] of Object.entries(REFUSALS)) {
  test(`without storage (${how}) the app works in memory and says so`, async (t) => {
    const { context, watch } = await watched(t);
    await context.addInitScript(refuse);
    const page = await openApp(context, site.url);
    if (atLoad) {
      await notice(page, NO_STORAGE).waitFor();
      await page.getByText(MEMORY_ONLY, { exact: true }).waitFor();
    }

    await page.getByRole('button', { name: L.start, exact: true }).click();
    await heading(page, HEADINGS.about);
    await choice(page, L.about.route[0], L.about.route[1].mainland).check();
    await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('4');
    await notice(page, NO_STORAGE).waitFor();
    await continueTo(page, 'record');
    await page.getByRole('button', { name: ZH.language, exact: true }).click();
    await heading(page, ZH.headings.record);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('link', { name: /^\W*Back$/ }).click();
    await heading(page, HEADINGS.about);
    assert.equal(await choice(page, L.about.route[0], L.about.route[1].mainland).isChecked(), true);
    assert.equal(await page.getByLabel(L.about.semesters_completed, { exact: true }).inputValue(), '4');

    await page.getByRole('navigation', { name: 'Steps of the check' })
      .getByRole('link', { name: 'Result', exact: true }).click();
    await heading(page, HEADINGS.result);
    assert.equal(await verdictText(page), VERDICTS.incomplete);
    const file = await download(page, page.getByRole('button', { name: L.result.download, exact: true }));
    const kept = JSON.parse(file.text);
    assert.equal(kept.applicant.route, 'mainland');
    assert.equal(kept.applicant.semesters_completed, 4);

    await goToStart(page);
    await page.getByText(MEMORY_ONLY, { exact: true }).waitFor();
    // Said once, not once per refused save.
    assert.equal(await notice(page, NO_STORAGE).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 1);

    assert.deepEqual(await watch.problems(page), []);
  });
}

/** Every file of a folder, as paths relative to it. */
function filesOf(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory()
    ? filesOf(join(dir, name), `${prefix}${name}/`)
    : [`${prefix}${name}`]));
}

test('after the first load, a whole session sends nothing: it only reads files of the site', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.waitForLoadState('networkidle');
  const loaded = watch.requests.length;
  // What may still be asked for: the site's own files (a citation's text, an example, the service
  // worker keeping the built files), read with GET, with nothing in the address or the body.
  const files = new Set(filesOf('dist'));
  const allowed = ({ url, method, body }) => {
    const u = new URL(url);
    const path = u.pathname.slice(new URL(site.url).pathname.length);
    return u.origin === new URL(site.url).origin && method === 'GET' && !body && !u.search
      && (path === '' || files.has(path));
  };
  const late = () => watch.requests.slice(loaded)
    .filter(({ url }) => !url.startsWith('data:') && !url.startsWith('blob:'))
    .filter((r) => !allowed(r));

  // Fill, navigate, paste, see the result.
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await choice(page, L.about.route[0], L.about.route[1].mainland).check();
  await choice(page, L.about.level[0], L.about.level[1].undergraduate).check();
  await page.getByLabel(L.about.semesters_completed, { exact: true }).fill('4');
  await continueTo(page, 'record');
  await page.getByLabel(L.record.system, { exact: true }).selectOption({ label: L.systems.percentage });
  await page.getByLabel(L.record.average, { exact: true }).fill('84.2');
  await continueTo(page, 'courses');
  await pasteTranscript(page, transcript30());
  await page.getByRole('status').getByText('30 courses added.', { exact: true }).waitFor();
  await continueTo(page, 'programme');
  await page.getByLabel(L.programme.total, { exact: true }).fill('160');
  await continueTo(page, 'answers');
  await page.getByRole('button', { name: L.seeResult, exact: true }).click();
  await heading(page, HEADINGS.result);
  await expandCitation(page);

  // Export, share, switch language, import.
  const file = await download(page, page.getByRole('button', { name: L.result.download, exact: true }));
  await createShareLink(page);
  await page.getByRole('button', { name: ZH.language, exact: true }).click();
  await heading(page, ZH.headings.result);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await heading(page, HEADINGS.result);
  await goToStart(page);
  await page.getByLabel('Case file', { exact: true }).setInputFiles(file.path);
  await heading(page, HEADINGS.answers);
  await page.goBack();
  await page.goForward();
  await heading(page, HEADINGS.answers);

  assert.deepEqual(late(), [], 'nothing sent after the first load');
  assert.deepEqual(await watch.problems(page), []);

  // The check above sees a request that carries anything.
  await page.evaluate(() => fetch(`${window.location.pathname}?q=84.2`).then((r) => r.text()));
  // (Seen from the page, and again from the service worker that passes it on.)
  assert.ok(late().length >= 1 && late().every(({ url }) => url.endsWith('?q=84.2')), JSON.stringify(late()));
});
