// What the end-to-end tests know about the app: its English labels (from src/app/text/en.rs and
// src/engine/explain/), a driver that fills in a whole case file the way a person does (labels, roles,
// clicks and typing; never the one-click examples), readers of the result page, and the engine's
// assessment of each example (from `assess`).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS } from './support.mjs';

/** Where earlier versions kept the one case; a save found there becomes the first case on the device. */
export const SAVE_KEY = 'transfer-check.answers';
/** The save of the case the tab shows, as stored (run in the page). */
export const openSave = () => {
  const id = sessionStorage.getItem('transfer-check.open');
  return id ? localStorage.getItem(`transfer-check.case.${id}`) : null;
};
export const SET_ASIDE_KEY = 'transfer-check.answers.unreadable';
export const EXAMPLES = [
  'mainland-undergraduate',
  'international-ects',
  'revoked-institution',
  'masters',
  'doctoral',
];

export function readExample(name) {
  return JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));
}

// ------------------------------------------------------------------------------------------------
// The engine's assessment of each example, from the project's own `assess` command: the figures the tests
// expect are the engine's, never a copy that could fall behind it.

// Every example carries its own `assessed_on`, which `assess` takes before `--today`; their date is given
// as well, so that no figure could follow the day the tests run.
const ASSESSED_ON = '2026-09-01';

let assessments;

/**
 * The engine's assessment of the example `name`: its `verdict`, its `credits` (the assessment's `credits`
 * object, each figure as text, as the app shows it in "Credits") and the `outcomes` of its courses in
 * order. `assess` runs once per test file, over every example, when first asked.
 */
export function assessed(name) {
  assessments ??= assessExamples();
  const assessment = assessments.get(`examples/${name}.json`);
  if (!assessment) throw new Error(`assess printed no assessment of examples/${name}.json`);
  return assessment;
}

function assessExamples() {
  const files = EXAMPLES.map((name) => `examples/${name}.json`);
  // Not --release: `trunk build` has already built the crate this way for the prerendered start page
  // (scripts/prerender.mjs), so this only links the command. Several files print one JSON line each,
  // tagged with its "file".
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--offline', '--bin', 'assess', '--', '--today', ASSESSED_ON, ...files],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  const written = (figure) => (figure === null ? null : String(figure));
  return new Map(out.trim().split('\n').map((line) => JSON.parse(line)).map((a) => [a.file, {
    verdict: a.verdict,
    credits: Object.fromEntries(Object.entries(a.credits).map(([k, figure]) => [k, written(figure)])),
    outcomes: a.courses.map((course) => course.status),
  }]));
}

// ------------------------------------------------------------------------------------------------
// Labels (English). Chinese strings the tests need are in ZH.

export const VERDICTS = {
  eligible: 'On the facts given, you meet every condition the Measures set for a transfer.',
  needs_review: "You may be eligible: some conditions need a committee's judgement.",
  not_eligible: 'On the facts given, at least one condition for a transfer is not met.',
  incomplete: 'Some facts are still missing: give them to see a verdict.',
};

export const OUTCOMES = {
  recognized: 'Recognized',
  review: 'In review',
  not_recognized: 'Not recognized',
};

export const HEADINGS = {
  start: 'Transfer Check',
  about: 'Your route and status',
  record: 'Your academic record',
  courses: 'Your courses',
  programme: 'The programme you want to join',
  answers: 'Check your answers',
  result: 'Your result',
};

export const ZH = {
  language: '简体中文',
  headings: { record: '您的学业情况', about: '转学途径与学籍情况', result: '自查结果' },
};

export const YES = 'Yes';
const NO = 'No';

export const L = {
  start: 'Start now',
  continue: 'Continue',
  seeResult: 'See the result',
  about: {
    route: ['Where are you studying now?', {
      mainland: 'At a university in mainland China',
      hmt: 'At a university in Hong Kong, Macao or Taiwan',
      sino_foreign: 'On a Sino-foreign cooperative programme',
      international: 'At a university outside China',
    }],
    level: ['At what level are you studying?', {
      undergraduate: 'Undergraduate', master: "Master's", doctoral: 'Doctoral',
    }],
    revoked: "Has your university's degree-awarding authority been formally revoked?",
    reason: ['Why do you want to transfer?', {
      health: 'Health',
      family: 'Special family difficulties',
      academic: 'Academic development',
      revoked: "My university's degree-awarding authority was revoked",
    }],
    status: ['What is your student status?', {
      normal: 'Normal',
      suspended: 'Suspended',
      admission_retained: 'Admission qualification retained',
      expulsion_proposed: 'Expulsion proposed',
      expelled: 'Expelled',
    }],
    semesters_completed: 'How many semesters have you completed?',
    in_final_year: 'Are you in your final year of study?',
    disciplinary_record: 'Have you received a disciplinary punishment of a warning or above?',
    receiving_major_has_quota: 'Does the major you want to join have places left for transfer students?',
    special_enrollment: 'Were you admitted through a special type of enrolment?',
    from_lower_level: 'Would the transfer move you up a level, for example from junior college to undergraduate?',
    assessed_on: 'Date you will apply',
  },
  systems: {
    percentage: 'Percentage (0 to 100)',
    five_level: 'Five levels (Excellent to Fail)',
    four_level: 'Four levels (A to D)',
    gpa4: 'GPA on a 4.0 scale',
    ects: 'ECTS grade (A to F)',
  },
  fiveLevel: { excellent: 'Excellent', good: 'Good', medium: 'Medium', pass: 'Pass', fail: 'Fail' },
  record: {
    system: 'Grading system of your average',
    average: 'Your average',
    explanatory: 'If your average is below the standard, do you have special explanatory material?',
    exam_score: 'Your score',
    exam_cutoff: 'Admission score of the major you want to join',
    admission_standard: 'Is the admission standard of your current major at least as high as that of the major you want to join?',
    has_papers: 'Have you published academic papers?',
    paper: (n) => `Paper ${n}`,
    first_author: 'Are you the first author?',
    wos_core: 'Is it included in the Web of Science Core Collection?',
    impact_factor: 'Journal impact factor',
    relevant_field: 'Is it in the field of the major you want to join?',
    add_paper: 'Add a paper',
    revocation_document: 'Do you have the official announcement of the revocation?',
    completed_certificate: 'Do you have the certificate of completed academic studies?',
    completed_credits: 'Credits you have completed',
    original_total: 'Credits needed to graduate in your original major',
    research_progress: 'Do you have a certificate of your research progress?',
    body: 'Who issued your verification or authentication report?',
    bodies: { chsi: 'CHSI', cscse: 'CSCSE' },
    consistent: 'Does the report match your student records at your current university?',
    teaching: ['In which language is the major you want to join taught?', { english: 'English', chinese: 'Chinese' }],
    english_country: 'Are you from an English-speaking country?',
    exemption: 'Do you have an official language exemption certificate?',
    has_tests: 'Do you have language test results?',
    test_result: (n) => `Test result ${n}`,
    test: 'Test',
    tests: { ielts: 'IELTS', toefl_ibt: 'TOEFL iBT', pte: 'PTE Academic', hsk: 'HSK' },
    overall: 'Overall score',
    hsk_level: 'HSK level',
    sections: 'Section scores',
    section_names: ['Listening', 'Reading', 'Writing', 'Speaking'],
    add_test: 'Add a test result',
  },
  courses: {
    theory_hours: 'Hours per theory credit',
    practice_hours: 'Hours per practice credit',
    ects_region: 'If your university uses ECTS credits, where is it?',
    ects_regions: { eu: 'In the European Union', non_eu: 'Outside the European Union' },
    paste: 'Rows copied from a spreadsheet',
    paste_button: 'Add these courses',
    file_label: 'Or choose a CSV file',
    add_course: 'Add a course',
    table: 'Courses and how they would be recognized',
    editor: (n) => new RegExp(`^Course ${n}:`),
    edit: (n, title) => `Change course ${n}: ${title}`,
    close: 'Close',
    title: 'Course title',
    credits: 'Credits',
    unit: ['Credits are counted in', { local: "Your university's credits", ects: 'ECTS credits' }],
    kind: ['Type of course', { theory: 'Theory', practice: 'Practice', internship: 'Internship' }],
    nature: ['Compulsory or elective?', { compulsory: 'Compulsory', elective: 'Elective' }],
    grade_system: 'Grading system',
    grade: 'Grade',
    hours: 'Class hours',
    weekly_hours: 'Hours per week',
    weeks: 'Weeks',
    completed_on: 'Completed on',
    flags: {
      official_transcript: 'Is it on a sealed official transcript with its name and credits?',
      translated_or_official_language: 'Is the transcript in Chinese or English, or officially translated?',
      regular_institution: 'Was it taken at a regular institution of higher education?',
      retake: 'Was it passed after a make-up exam or a retake?',
      continuous_study: 'Do you have proof of continuous study since?',
      failed_before_revocation: 'Was it marked as failed before the revocation?',
      practice_certificate: "Do you have the internship unit's certificate and the achievement report?",
    },
    is_literacy: 'This is a literacy course',
    category: 'Literacy category',
    categories: {
      global_citizenship: 'global citizenship',
      ethics: 'ethics and social responsibility',
      intercultural: 'cross-cultural communication',
      sustainability: 'sustainable development',
    },
    content_ok: "Does its content meet the category's requirement?",
    assessment_ok: 'Did you pass its assessment (with the course paper or practical part)?',
    has_match: 'It matches a course of the receiving programme',
    match_title: 'Receiving course',
    match_credits: 'Its credits',
    match_hours: 'Its class hours',
    match_nature: 'Is the receiving course compulsory or elective?',
    overlap: 'Knowledge-point overlap',
  },
  programme: {
    total: 'Total credits needed to graduate',
    theory_hours: 'Hours per theory credit',
    practice_hours: 'Hours per practice credit',
    literacy: 'Ideological, political or literacy credits required',
  },
  result: {
    download: 'Download the case file',
    share: 'Create a share link',
    credits: 'Credits',
    parts: { recognized: 'Recognized', literacy_substituted: 'Literacy substituted',
      literacy_left: 'Literacy still to take', shortfall: 'Still to study',
      other_left: 'Other credits still to study', in_review: 'In review' },
  },
};

// ------------------------------------------------------------------------------------------------
// Small steps

/** The page's main heading, once it says `name`. */
export async function heading(page, name) {
  const h1 = page.getByRole('heading', { level: 1, name, exact: true });
  await h1.waitFor();
  return h1;
}

/** A question answered by a radio: the fieldset named by its legend, then the choice by its label. */
export function choice(scope, legend, label) {
  return scope.getByRole('group', { name: legend, exact: true }).getByLabel(label, { exact: true });
}

async function yesNo(scope, legend, value) {
  if (value === undefined || value === null) return;
  await choice(scope, legend, value ? YES : NO).check();
}

async function radio(scope, [legend, labels], value) {
  if (value === undefined || value === null) return;
  await choice(scope, legend, labels[value]).check();
}

async function type(scope, label, value) {
  if (value === undefined || value === null) return;
  await scope.getByLabel(label, { exact: true }).fill(String(value));
}

async function select(scope, label, optionLabel) {
  if (optionLabel === undefined || optionLabel === null) return;
  await scope.getByLabel(label, { exact: true }).selectOption({ label: optionLabel });
}

/** A grade: its system, then its value (a number typed, or a word chosen). */
async function grade(scope, systemLabel, valueLabel, g) {
  if (!g) return;
  await select(scope, systemLabel, L.systems[g.system]);
  if (typeof g.value === 'number') {
    await type(scope, valueLabel, g.value);
  } else {
    const word = g.system === 'five_level' ? L.fiveLevel[g.value] : g.value;
    await select(scope, valueLabel, word);
  }
}

export async function continueTo(page, next) {
  await page.getByRole('button', { name: L.continue, exact: true }).click();
  await heading(page, HEADINGS[next]);
}

// ------------------------------------------------------------------------------------------------
// The pages

export async function fillAbout(page, c) {
  const a = c.applicant ?? {};
  const q = L.about;
  await radio(page, q.route, a.route);
  await radio(page, q.level, a.level);
  await yesNo(page, q.revoked, a.revoked);
  await radio(page, q.reason, a.reason);
  await radio(page, q.status, a.status);
  await type(page, q.semesters_completed, a.semesters_completed);
  for (const key of ['in_final_year', 'disciplinary_record', 'receiving_major_has_quota',
    'special_enrollment', 'from_lower_level']) {
    await yesNo(page, q[key], a[key]);
  }
  await type(page, q.assessed_on, c.assessed_on);
}

export async function fillRecord(page, c) {
  const a = c.applicant ?? {};
  const q = L.record;
  await grade(page, q.system, q.average, a.performance);
  await yesNo(page, q.explanatory, a.explanatory_material);
  if (a.entrance_exam) {
    await type(page, q.exam_score, a.entrance_exam.score);
    await type(page, q.exam_cutoff, a.entrance_exam.receiving_cutoff);
  }
  const pg = a.postgraduate;
  if (pg) {
    // Asked of master's students only (A4.3.2.a).
    if (a.level === 'master') await yesNo(page, q.admission_standard, pg.admission_standard_not_lower);
    if (pg.papers) {
      await yesNo(page, q.has_papers, pg.papers.length > 0);
      for (const [i, paper] of pg.papers.entries()) {
        if (i > 0) await page.getByRole('button', { name: q.add_paper, exact: true }).click();
        const group = page.getByRole('group', { name: q.paper(i + 1), exact: true });
        await yesNo(group, q.first_author, paper.first_author);
        await yesNo(group, q.wos_core, paper.wos_core);
        await type(group, q.impact_factor, paper.impact_factor);
        if (a.level === 'doctoral') await yesNo(group, q.relevant_field, paper.relevant_field);
      }
    }
  }
  const rd = a.revoked_details;
  if (rd) {
    await yesNo(page, q.revocation_document, rd.revocation_document);
    await yesNo(page, q.completed_certificate, rd.completed_studies_certificate);
    await type(page, q.completed_credits, rd.completed_credits);
    await type(page, q.original_total, rd.original_total_credits);
  }
  if (a.authentication) {
    await select(page, q.body, q.bodies[a.authentication.body]);
    await yesNo(page, q.consistent, a.authentication.consistent);
  }
  const lang = a.language;
  if (lang) {
    await radio(page, q.teaching, lang.major_teaching_language);
    await yesNo(page, q.english_country, lang.english_speaking_country);
    await yesNo(page, q.exemption, lang.exemption_certificate);
    if (lang.tests) {
      await yesNo(page, q.has_tests, lang.tests.length > 0);
      for (const [i, test] of lang.tests.entries()) {
        if (i > 0) await page.getByRole('button', { name: q.add_test, exact: true }).click();
        const group = page.getByRole('group', { name: q.test_result(i + 1), exact: true });
        await select(group, q.test, q.tests[test.test]);
        await type(group, q.overall, test.overall);
        await type(group, q.hsk_level, test.level);
        if (test.sections) {
          const sections = group.getByRole('group', { name: q.sections, exact: true });
          for (const [k, score] of test.sections.entries()) {
            // Typed as the file writes it ("6.0"), as a person copying a score report would.
            await type(sections, q.section_names[k], score);
          }
        }
      }
    }
  }
}

/**
 * The courses page. The first `byHand` courses are typed into the course editor field by field; the
 * rest are pasted as a tab-separated transcript and then completed in the editor with what a transcript
 * does not carry (the evidence questions, hours per week, literacy).
 */
export async function fillCourses(page, c, { byHand = Infinity } = {}) {
  const q = L.courses;
  const hours = c.origin?.credit_hours;
  if (hours) {
    await type(page, q.theory_hours, hours.theory);
    await type(page, q.practice_hours, hours.practice);
  }
  if (c.origin?.ects_region) await select(page, q.ects_region, q.ects_regions[c.origin.ects_region]);
  const courses = c.courses ?? [];
  const revoked = c.applicant?.revoked === true;
  const typed = courses.slice(0, byHand);
  for (const [i, course] of typed.entries()) {
    await page.getByRole('button', { name: q.add_course, exact: true }).click();
    const editor = page.getByRole('region', { name: q.editor(i + 1) });
    await editor.waitFor();
    await fillCourse(editor, course, { revoked, all: true });
  }
  const pasted = courses.slice(typed.length);
  if (pasted.length > 0) {
    await pasteTranscript(page, toTsv(pasted));
    for (const [j, course] of pasted.entries()) {
      const n = typed.length + j + 1;
      await page.getByRole('button', { name: q.edit(n, course.title), exact: true }).click();
      const editor = page.getByRole('region', { name: q.editor(n) });
      await editor.waitFor();
      await fillCourse(editor, course, { revoked, all: false });
    }
  }
  if (courses.length > 0) {
    // Leave the page as a person would, with the last editor closed.
    await page.getByRole('region', { name: q.editor(courses.length) })
      .getByRole('button', { name: q.close, exact: true }).click();
  }
}

/** One course in the open editor; `all: false` fills only what a pasted transcript cannot carry. */
export async function fillCourse(editor, k, { revoked, all }) {
  const q = L.courses;
  if (all) {
    await type(editor, q.title, k.title);
    await type(editor, q.credits, k.credits);
    await radio(editor, q.unit, k.credit_unit);
    await radio(editor, q.kind, k.kind);
    await radio(editor, q.nature, k.nature);
    await grade(editor, q.grade_system, q.grade, k.grade);
    await type(editor, q.hours, k.hours);
  }
  await type(editor, q.weekly_hours, k.weekly_hours);
  await type(editor, q.weeks, k.weeks);
  if (all) await type(editor, q.completed_on, k.completed_on);
  for (const flag of ['official_transcript', 'translated_or_official_language', 'regular_institution',
    'retake', 'continuous_study']) {
    if (flag === 'retake' && !all) continue;
    await yesNo(editor, q.flags[flag], k[flag]);
  }
  if (revoked) {
    await yesNo(editor, q.flags.failed_before_revocation, k.failed_before_revocation);
    if (k.kind !== 'theory') await yesNo(editor, q.flags.practice_certificate, k.practice_certificate);
  }
  if (k.literacy) {
    await editor.getByLabel(q.is_literacy, { exact: true }).check();
    await select(editor, q.category, q.categories[k.literacy.category]);
    await yesNo(editor, q.content_ok, k.literacy.content_ok);
    await yesNo(editor, q.assessment_ok, k.literacy.assessment_ok);
  }
  if (k.match && all) {
    await editor.getByLabel(q.has_match, { exact: true }).check();
    await type(editor, q.match_title, k.match.title);
    await type(editor, q.match_credits, k.match.credits);
    await type(editor, q.match_hours, k.match.hours);
    await radio(editor, [q.match_nature, q.nature[1]], k.match.nature);
    await type(editor, q.overlap, k.match.overlap);
  }
}

export async function pasteTranscript(page, tsv) {
  await page.getByLabel(L.courses.paste, { exact: true }).fill(tsv);
  await page.getByRole('button', { name: L.courses.paste_button, exact: true }).click();
}

const TSV_SYSTEMS = {
  percentage: 'percentage', five_level: 'five-level', four_level: 'four-level', gpa4: 'GPA', ects: 'ECTS',
};

/** Courses as a spreadsheet copies them: tab-separated under an English header. */
export function toTsv(courses) {
  const header = ['Course', 'Credits', 'Unit', 'Kind', 'Nature', 'Grade', 'System', 'Hours', 'Completed',
    'Retake', 'Match', 'Match credits', 'Match hours', 'Match nature', 'Overlap'];
  const cell = (v) => (v === undefined || v === null ? '' : String(v));
  const yn = (v) => (v === undefined || v === null ? '' : v ? 'yes' : 'no');
  const rows = courses.map((k) => [
    k.title, k.credits, k.credit_unit === 'ects' ? 'ECTS' : k.credit_unit, k.kind, k.nature,
    k.grade?.value, k.grade ? TSV_SYSTEMS[k.grade.system] : '', k.hours, k.completed_on, yn(k.retake),
    k.match?.title, k.match?.credits, k.match?.hours, k.match?.nature, k.match?.overlap,
  ].map(cell).join('\t'));
  return [header.join('\t'), ...rows].join('\n');
}

export async function fillProgramme(page, c) {
  const p = c.program ?? {};
  const q = L.programme;
  await type(page, q.total, p.total_graduation_credits);
  await type(page, q.theory_hours, p.credit_hours?.theory);
  await type(page, q.practice_hours, p.credit_hours?.practice);
  await type(page, q.literacy, p.literacy_credits_required);
}

/**
 * A new user's whole session for a case: Start now, every page filled and continued, Check your
 * answers, See the result. Ends on the result page.
 */
export async function completeCase(page, c, { byHand } = {}) {
  await page.getByRole('button', { name: L.start, exact: true }).click();
  await heading(page, HEADINGS.about);
  await fillAbout(page, c);
  await continueTo(page, 'record');
  await fillRecord(page, c);
  await continueTo(page, 'courses');
  await fillCourses(page, c, { byHand });
  await continueTo(page, 'programme');
  await fillProgramme(page, c);
  await continueTo(page, 'answers');
  await page.getByRole('button', { name: L.seeResult, exact: true }).click();
  await heading(page, HEADINGS.result);
}

// ------------------------------------------------------------------------------------------------
// Reading what the app shows and keeps

/** The verdict sentence of the result page. */
export async function verdictText(page) {
  const box = page.getByRole('status').filter({
    has: page.getByRole('heading', { name: 'Verdict', exact: true }),
  });
  return (await box.getByRole('paragraph').innerText()).trim();
}

/** The credits section of the result page: its figures by name, its chart's name and its sentences. */
export async function creditsShown(page) {
  const section = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: L.result.credits, exact: true }),
  });
  const terms = (await section.getByRole('term').allInnerTexts()).map((s) => s.trim());
  const values = (await section.getByRole('definition').allInnerTexts()).map((s) => s.trim());
  const figures = Object.fromEntries(terms.map((t, i) => [t, values[i]]));
  const chart = await section.getByRole('img').getAttribute('aria-label');
  const text = await section.innerText();
  return { figures, chart, text };
}

/**
 * Asserts the credits section shows exactly the engine's figures, with what is left to study read
 * as G9 reads it: the literacy credits still to take stay to study even where R10's shortfall is
 * smaller, and are a part of it where it is not.
 */
export async function assertCredits(page, expected) {
  const { figures, chart, text } = await creditsShown(page);
  const p = L.result.parts;
  const tenths = (figure) => Math.round(Number(figure) * 10);
  const shown = (t) => String(t / 10);
  const literacyCredits = (t) => `${shown(t)} literacy credit${t === 10 ? '' : 's'}`;
  const literacyLeft = tenths(expected.literacy_remaining ?? 0);
  const otherLeft = Math.max(0, tenths(expected.shortfall) - literacyLeft);
  const left = shown(otherLeft + literacyLeft);
  const want = {
    [p.recognized]: expected.recognized,
    [p.literacy_substituted]: expected.literacy_substituted,
  };
  if (literacyLeft > 0) {
    want[p.literacy_left] = shown(literacyLeft);
    want[p.other_left] = shown(otherLeft);
  } else {
    want[p.shortfall] = expected.shortfall;
  }
  if (expected.in_review !== '0') want[p.in_review] = expected.in_review;
  assert.deepEqual(figures, want, 'the credit figures');
  const ofThem = literacyLeft > 0 ? `, of which ${shown(literacyLeft)} literacy` : '';
  assert.equal(chart, `${expected.recognized} recognized, ${expected.literacy_substituted} literacy `
    + `substituted and ${left} still to study${ofThem}, of ${expected.required} credits`);
  assert.match(text, new RegExp(`The programme needs ${expected.required} credits\\.`));
  const capped = `Internship credits above the 30% cap, which do not count: ${expected.internship_capped} `
    + '(A7.1.3.b, R9).';
  assert.equal(text.includes(capped), expected.internship_capped !== '0', capped);
  const literacy = 'Literacy credits still to be taken at the receiving university: '
    + `${expected.literacy_remaining} (A12.2.3).`;
  assert.equal(text.includes(literacy), expected.literacy_remaining !== '0', literacy);
  // A sentence for a figure of zero is left out, and no other figure has a sentence.
  assert.equal(text.split('\n').filter((line) => /\(A7\.1\.3\.b|\(A12\.2\.3\)/.test(line)).length,
    (expected.internship_capped !== '0') + (expected.literacy_remaining !== '0'));
  // The same figures at a glance under the verdict.
  const counted = tenths(expected.recognized) + tenths(expected.literacy_substituted);
  let glance;
  if (counted > tenths(expected.required)) {
    glance = literacyLeft > 0
      ? `${shown(counted)} credits would count, more than the ${expected.required} the programme needs, `
        + `yet ${literacyCredits(literacyLeft)} must still be studied: other courses cannot stand in for literacy.`
      : `${shown(counted)} credits would count, more than the ${expected.required} the programme needs: `
        + 'no credits are left to study, and the extra shortens nothing.';
  } else {
    const among = literacyLeft > 0 ? `, including ${literacyCredits(literacyLeft)}` : '';
    glance = `${shown(counted)} of the ${expected.required} credits you need would count, `
      + `leaving ${left} to study${among}.`;
  }
  assert.equal(await page.getByText(glance, { exact: true }).count(), 1, glance);
}

/**
 * Opens the group of met conditions on the result page and, in it, the text of the first citation.
 * Returns the citation's id.
 */
export async function expandCitation(page, group = 'Conditions met') {
  const summary = page.getByText(group, { exact: true });
  if (!(await summary.evaluate((el) => el.closest('details').open))) await summary.click();
  const list = page.getByRole('list', { name: group, exact: true });
  const cite = list.getByText(/^A\d+(\.\d+)*(\.[a-z])?$/).first();
  await cite.click();
  const id = (await cite.innerText()).trim();
  assert.equal(await cite.evaluate((el) => el.closest('details').open), true, `the text of ${id} is open`);
  return id;
}

/** The outcome column of the result page's course table, in order. */
export async function courseOutcomes(page) {
  const table = page.getByRole('table', { name: 'Courses', exact: true });
  const rows = table.getByRole('row');
  const n = await rows.count();
  const out = [];
  for (let i = 1; i < n; i += 1) {
    out.push((await rows.nth(i).getByRole('cell').first().innerText()).trim());
  }
  return out;
}

/** The case the app saved in the browser (the envelope's `case`). */
export async function savedCase(page) {
  const raw = await page.evaluate(openSave);
  return raw ? JSON.parse(raw).case : null;
}

/**
 * A case file without what the form cannot hold: nulls, empty objects, and answers the app does not
 * ask in that situation (revocation questions of a course when the institution was not revoked, the
 * internship certificate of a theory course, the relevant field of a master's paper, the admission
 * standard of a doctoral student).
 */
export function comparable(c) {
  const copy = JSON.parse(JSON.stringify(c));
  const revoked = copy.applicant?.revoked === true;
  for (const k of copy.courses ?? []) {
    if (!revoked) delete k.failed_before_revocation;
    if (!revoked || k.kind === 'theory') delete k.practice_certificate;
  }
  const pg = copy.applicant?.postgraduate;
  if (pg && copy.applicant.level !== 'doctoral') {
    for (const p of pg.papers ?? []) delete p.relevant_field;
  }
  if (pg && copy.applicant.level !== 'master') delete pg.admission_standard_not_lower;
  return prune(copy);
}

function prune(v) {
  if (Array.isArray(v)) return v.map(prune);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p === null || p === undefined) continue;
      if (typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  return v;
}

/** The rows of "Check your answers" as question → answer. */
export async function answersShown(page) {
  const terms = (await page.getByRole('term').allInnerTexts()).map((s) => s.trim());
  const values = (await page.getByRole('definition').filter({ hasNot: page.getByRole('link') })
    .allInnerTexts()).map((s) => s.trim());
  return terms.map((t, i) => [t, values[i]]);
}

/** Sideways scrolling of the page, in pixels (0 when nothing is wider than the viewport). */
export function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// ------------------------------------------------------------------------------------------------
// A long transcript

const SUBJECTS = ['Calculus', 'Linear Algebra', 'Physics', 'Chemistry', 'Programming', 'Data Structures',
  'Statistics', 'Economics', 'Accounting', 'Marketing'];

/**
 * Thirty courses of a four-semester transcript as a spreadsheet copies them: tab-separated, under the
 * English header the paste box's hint names. Four courses are failed (52 points) and six have a low
 * overlap (0.55) with their receiving course.
 */
export function transcript30() {
  const header = ['Course', 'Credits', 'Grade', 'Hours', 'Completed', 'Match', 'Match hours', 'Overlap'];
  const rows = [];
  for (let i = 0; i < 30; i += 1) {
    const name = `${SUBJECTS[i % 10]} ${['I', 'II', 'III'][Math.floor(i / 10)]}`;
    const credits = 2 + (i % 4);
    const grade = i % 7 === 3 ? 52 : 68 + ((i * 7) % 30);
    const overlap = i % 5 === 4 ? 0.55 : 0.8;
    rows.push([name, credits, grade, credits * 16, `202${4 + (i % 2)}-0${1 + (i % 6)}-15`,
      `${name} (receiving)`, credits * 17, overlap]);
  }
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

let transcriptAssessment;

/**
 * The engine's reading of those thirty courses with nothing else answered: `assess --courses` over an
 * empty case, as the paste produces it. `outcomes` has a letter per course (R recognized, ? review, N not
 * recognized: missing evidence puts every passed course in review, a failed grade or a low overlap is not
 * recognized); `credits` each course's converted credits as text (1:1 while the hours per credit are
 * unknown).
 */
export function transcript30Assessed() {
  transcriptAssessment ??= assessTranscript30();
  return transcriptAssessment;
}

function assessTranscript30() {
  const dir = mkdtempSync(join(tmpdir(), 'transcript-'));
  try {
    const sheet = join(dir, 'transcript.tsv');
    const empty = join(dir, 'case.json');
    writeFileSync(sheet, transcript30());
    writeFileSync(empty, JSON.stringify({ format: 'transfer-check/case', version: 1 }));
    const out = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--offline', '--bin', 'assess', '--',
        '--compact', '--today', ASSESSED_ON, '--courses', sheet, empty],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const letter = { recognized: 'R', review: '?', not_recognized: 'N' };
    const courses = JSON.parse(out).courses;
    return {
      outcomes: courses.map((c) => letter[c.status]).join(''),
      credits: courses.map((c) => (c.credits === null || c.credits === undefined ? '' : String(c.credits))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks a button that downloads a file; returns the file's name, where it was saved, and its text. */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  const downloads = join(ARTIFACTS, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const path = join(mkdtempSync(join(downloads, 'download-')), name);
  await file.saveAs(path);
  return { name, path, text: readFileSync(path, 'utf8') };
}

/**
 * Types into a date control key by key, as a person does, then leaves it with Tab (the control's own
 * calendar button may take one press first).
 */
export async function typeDate(page, field, keys) {
  await field.focus();
  await page.keyboard.type(keys);
  for (let i = 0; i < 3 && await field.evaluate((el) => el === document.activeElement); i += 1) {
    await page.keyboard.press('Tab');
  }
}

/** What a field's error message says, as a screen reader reads it with the field. */
export async function described(field) {
  return field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
}

/** Opens a case file through the start page's file input, then the page of `hash` on `siteUrl`. */
export async function openCase(page, siteUrl, content, hash) {
  await page.locator('#case-file').setInputFiles({
    name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.goto(`${siteUrl}${hash}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
}
