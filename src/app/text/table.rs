//! The shape of a language's string table: one field per thing the interface says.

use crate::app::route::Page;
use crate::engine::case::shape::{Found, ValueKind};
use crate::engine::case::Field;
use crate::engine::case::{
    CourseKind, CreditUnit, EctsRegion, GradeSystem, Level, Nature, Reason, Route, Status,
    TeachingLanguage,
};
use crate::engine::cscse::{CscseStep, Guide, RussianDegree, Scan, Studies};
use crate::engine::rules::courses::Standing;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::policy::{Duration, Policy};

/// A sentence that quotes a figure or period of the Measures, from the edition shown.
pub type PolicyText = fn(&Policy) -> String;

/// The strings of one language.
pub struct Text {
    /// The question that asks a field (and names it in errors and the summary).
    pub question: fn(Field) -> &'static str,
    /// The hint under a field's question, if it has one; figures of the Measures come from the policy.
    pub hint: fn(Field, &Policy) -> Option<String>,
    /// The interface's words for a term the rulings write as the case file does (`review`,
    /// `revoked: true`); the names of authentication bodies come from the engine's words.
    pub code_word: fn(&str) -> Option<&'static str>,
    /// A period of the Measures: "6 months", "3 working days".
    pub duration: fn(Duration) -> String,
    /// The language's name in itself, shown on its switch button whatever the current language is.
    pub language_name: &'static str,
    /// The product's name: header, page heading and document title.
    pub product: &'static str,
    /// The name a new case of this device is given until renamed: "Case 3".
    pub default_case_name: fn(usize) -> String,
    /// Accessible name of the group of language buttons.
    pub language_switch: &'static str,
    /// One line saying what the tool is for.
    pub purpose: &'static str,
    /// The privacy promise.
    pub privacy: &'static str,
    /// Who decides: the tool only prepares the student (R15).
    pub self_assessment: &'static str,
    /// Heading of the short list of what the check covers.
    pub covers_heading: &'static str,
    /// What the check covers, in the order the Measures treat them.
    pub covers: [&'static str; 3],
    /// Lead-in to the footer's reference to the Measures.
    pub policy_label: &'static str,
    /// The Measures' number and the date they took effect.
    pub policy_reference: fn(&Policy) -> String,
    pub frame: FrameText,
    pub form: FormText,
    pub start: StartText,
    pub about: AboutText,
    pub record: RecordText,
    pub courses: CoursesText,
    pub programme: ProgrammeText,
    pub answers: AnswersText,
    pub result: ResultText,
    pub notices: NoticesText,
    pub opened: OpenedText,
    pub plan: PlanText,
    pub cscse: CscseText,
}

pub struct FrameText {
    pub skip_link: &'static str,
    /// The button that enters presentation mode, and the one that leaves it.
    pub present: &'static str,
    pub end_present: &'static str,
    /// The header's link to the cases kept on this device.
    pub cases: &'static str,
    pub nav_label: &'static str,
    /// The steps' names, in order: start, route and status, record, courses, programme, answers, result.
    pub steps: fn(Page) -> &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub has_errors: &'static str,
    /// While the app loads, in place of a page the start page cannot show.
    pub loading: &'static str,
    /// In place of a page whose code could not be fetched (offline before the site was kept, or the
    /// host failed).
    pub page_failed_title: &'static str,
    pub page_failed: &'static str,
    pub try_again: &'static str,
    pub live_heading: &'static str,
    pub live_link: &'static str,
    pub live_errors: fn(usize) -> String,
    pub dismiss: &'static str,
    pub notices_label: &'static str,
}

pub struct FormText {
    pub back: &'static str,
    pub continue_: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub choose: &'static str,
    pub error_prefix: &'static str,
    pub error_summary_title: &'static str,
    /// With an example in the field's own range.
    pub not_a_number: fn(&str) -> String,
    /// A date control holding something that is not a date (30 February).
    pub not_a_date: &'static str,
    pub ambiguous_comma: &'static str,
    /// At the date of application: how many courses were completed after it, and the latest day.
    pub apply_before_courses: fn(usize, &str) -> String,
    /// An error summary's entry: where (the question, and the course) and what is wrong.
    pub summary_entry: fn(&str, &str) -> String,
    /// A course named in an error summary: its number as shown and its title.
    pub course_named: fn(usize, &str) -> String,
    pub sections_incomplete: &'static str,
}

pub struct StartText {
    pub start: &'static str,
    pub resume: &'static str,
    pub resume_hint: &'static str,
    pub start_again: &'static str,
    pub examples_heading: &'static str,
    pub examples_hint: &'static str,
    /// Each example's button text and what it shows, in the order of `app::examples::ALL`.
    pub examples: [(&'static str, &'static str); 5],
    pub example_button: fn(&str) -> String,
    pub open_heading: &'static str,
    pub open_label: &'static str,
    pub open_hint: &'static str,
    pub data_heading: &'static str,
    pub data_text: &'static str,
    pub data_memory_only: &'static str,
    pub delete: &'static str,
    pub pending_heading: &'static str,
    pub pending_text: &'static str,
    pub pending_accept: &'static str,
    pub pending_decline: &'static str,
    pub confirm_example_heading: fn(&str) -> String,
    pub confirm_example_accept: &'static str,
    pub confirm_start_again_heading: &'static str,
    pub confirm_start_again_accept: &'static str,
    /// What replacing answers means, for an example or starting again.
    pub confirm_replace_text: &'static str,
    /// In place of the texts that say the answers stay on this device, where the browser keeps nothing
    /// or has refused the latest changes.
    pub confirm_replace_lost: &'static str,
    pub confirm_delete_heading: &'static str,
    pub confirm_delete_text: &'static str,
}

pub struct AboutText {
    pub title: &'static str,
    pub intro: &'static str,
    /// mainland, hmt, sino_foreign, international
    pub routes: fn(Route) -> &'static str,
    pub levels: fn(Level) -> &'static str,
    /// health, family, academic, revoked: label and the evidence it needs.
    /// Each reason's label and the evidence it needs (with the periods of the Measures).
    pub reasons: fn(Reason) -> (&'static str, PolicyText),
    /// normal, suspended, admission retained, expulsion proposed, expelled
    pub statuses: fn(Status) -> &'static str,
}

pub struct RecordText {
    pub title: &'static str,
    pub intro: &'static str,
    pub average_heading: &'static str,
    pub system: &'static str,
    /// percentage, five_level, four_level, gpa4, ects
    pub systems: fn(GradeSystem) -> &'static str,
    /// The hint for a grade's value, per system in the order of `systems`.
    pub value_hints: fn(GradeSystem) -> &'static str,
    pub exam_heading: &'static str,
    pub postgraduate_heading: &'static str,
    pub paper_n: fn(usize) -> String,
    pub add_paper: &'static str,
    pub remove_paper: fn(usize) -> String,
    pub revoked_heading: &'static str,
    pub authentication_heading: &'static str,
    pub language_heading: &'static str,
    pub teaching_languages: fn(TeachingLanguage) -> &'static str,
    pub test_n: fn(usize) -> String,
    pub sections: &'static str,
    pub sections_hint: &'static str,
    pub section_names: [&'static str; 4],
    pub add_test: &'static str,
    pub remove_test: fn(usize) -> String,
}

pub struct CoursesText {
    pub title: &'static str,
    pub intro: &'static str,
    pub origin_heading: &'static str,
    pub origin_hint: &'static str,
    pub ects_regions: fn(EctsRegion) -> &'static str,
    pub import_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_button: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub imported: fn(usize) -> String,
    pub ignored_columns: fn(&str) -> String,
    pub import_problems: &'static str,
    pub table_caption: &'static str,
    /// Course, credits, grade, matched with, status, converted credits, receiving grade, actions.
    pub columns: fn(CourseColumn) -> &'static str,
    pub no_courses: &'static str,
    pub add_course: &'static str,
    pub edit: fn(usize, &str) -> String,
    pub duplicate: fn(usize, &str) -> String,
    pub remove: fn(usize, &str) -> String,
    pub duplicate_short: &'static str,
    pub remove_short: &'static str,
    /// In the converted-credits column, for a course that is not recognized.
    pub not_counted: &'static str,
    /// The name of a row's button while its editor is open; starts with the button's visible text.
    pub close_course: fn(usize, &str) -> String,
    pub close: &'static str,
    pub course_n: fn(usize) -> String,
    pub course_heading: fn(usize, &str) -> String,
    pub untitled: &'static str,
    pub credits: &'static str,
    /// A number of credits as the summary writes it ("1 credit", "4 credits"), the number as typed.
    pub credits_n: fn(&str) -> String,
    pub units: fn(CreditUnit) -> &'static str,
    pub kinds: fn(CourseKind) -> &'static str,
    pub natures: fn(Nature) -> &'static str,
    pub grade_system: &'static str,
    pub reasons: &'static str,
    pub not_assessed: &'static str,
    pub band: fn(&str, &str, &str) -> String,
    pub facts_heading: &'static str,
    pub evidence_heading: &'static str,
}

pub struct ProgrammeText {
    pub title: &'static str,
    pub intro: &'static str,
    /// The catalogue's part of the page: choosing the programme from the institution's list.
    pub choose_heading: &'static str,
    pub choose_intro: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// How many programmes the search shows.
    pub shown: fn(usize) -> String,
    pub none_found: &'static str,
    pub loading: &'static str,
    /// A programme as the list names it: major, cohort.
    pub programme_name: fn(&str, u16) -> String,
    /// The accessible name of the button that chooses a programme.
    pub choose: fn(&str) -> String,
    /// Where the chosen programme's figures come from: institution, source, publication day.
    pub from: fn(&str, &str, &str) -> String,
    pub figures_heading: &'static str,
    pub change_programme: &'static str,
    pub not_listed: &'static str,
    /// Said above the typed figures when no programme of the list is chosen.
    pub typed_note: &'static str,
    /// The case's programme is not in this site's catalogue.
    pub unknown: fn(&str) -> String,
    /// The catalogue was published after the case chose its programme.
    pub newer: fn(&str) -> String,
    /// The case chose its programme in a publication newer than this site's.
    pub older: fn(&str) -> String,
    /// The page of the programme's courses still to take.
    pub left_intro: &'static str,
    /// No programme of the university's list chosen: nothing to list.
    pub left_needs_programme: &'static str,
    pub left_choose: &'static str,
    /// The table's caption and column headers: code, course, credits, nature, suggested semester.
    pub left_caption: &'static str,
    pub left_columns: [&'static str; 5],
    /// A core course (A16), beside its nature.
    pub core: &'static str,
    pub exemptions_heading: &'static str,
    pub literacy_heading: &'static str,
}

/// Matching a course with a course of the chosen programme, in the course's editor.
pub struct MatchingText {
    /// The part's heading, naming the programme.
    pub heading: fn(&str) -> String,
    pub intro: &'static str,
    pub legend: &'static str,
    /// Why a course is suggested, after the word that says it is.
    pub suggested: fn(&str) -> String,
    /// Why a course is suggested.
    pub same_code: &'static str,
    pub similar_title: &'static str,
    /// A published decision, by its outcome and day: a fact, never a verdict.
    pub decided: fn(bool, &str) -> String,
    pub no_match: &'static str,
    pub no_match_hint: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// How many of the programme's courses the search finds.
    pub found: fn(usize) -> String,
    pub none_found: &'static str,
    /// More found than shown.
    pub more: fn(usize) -> String,
    /// A course's hours, as "64 hours".
    pub hours_n: fn(&str) -> String,
    pub core: &'static str,
    pub points_legend: fn(&str) -> String,
    pub points_hint: &'static str,
    /// A knowledge point's weight, when the college sets one, after its name.
    pub weight: fn(&str) -> String,
    pub no_points: &'static str,
    /// Where a match stands against a minimum.
    pub standing: fn(Standing) -> &'static str,
    pub gauge_label: &'static str,
    /// A match the applicant described before choosing the programme, still used.
    pub typed: fn(&str) -> String,
}

/// The share link's QR code.
pub struct ShareCodeText {
    /// The code's accessible name.
    pub image: &'static str,
    /// Below the code: what it is for, and the link's length in characters.
    pub caption: fn(usize) -> String,
    /// A code drawn but dense: some phones may not read it.
    pub dense: &'static str,
    /// A link too long for any code, and what to do instead.
    pub too_large: fn(usize) -> String,
}

/// The course comparison table handed in with the application (A9.2.c).
pub struct ComparisonText {
    pub intro: &'static str,
    pub programme: &'static str,
    pub catalogue: &'static str,
    pub prepared_on: &'static str,
    pub courses_caption: &'static str,
    /// The column of the courses' numbers in the case.
    pub number: &'static str,
    /// Column groups: the applicant's course, the receiving course, the judgement.
    pub groups: [&'static str; 3],
    /// Code, title, credits, hours, nature (each group's own columns).
    pub columns: [&'static str; 5],
    pub overlap: &'static str,
    pub outcome: &'static str,
    /// How an overlap was found: counted on knowledge points, or the applicant's estimate.
    pub counted: &'static str,
    pub estimated: &'static str,
    /// An overlap and how it was found.
    pub overlap_how: fn(&str, &str) -> String,
    pub no_match: &'static str,
    pub literacy_caption: &'static str,
    pub literacy_intro: &'static str,
    /// Course, credits, category, substituted credits, outcome.
    pub literacy_columns: [&'static str; 5],
    pub no_courses: &'static str,
    pub print: &'static str,
    pub signature: &'static str,
    pub date: &'static str,
    /// In the documents checklist, beside the comparison document.
    pub open: &'static str,
}

pub struct AnswersText {
    pub title: &'static str,
    pub intro: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub today: &'static str,
    pub see_result: &'static str,
    pub none: &'static str,
}

pub struct ResultText {
    pub title: &'static str,
    pub verdict_heading: &'static str,
    pub decides: fn(&Policy) -> String,
    pub input_errors: fn(usize) -> String,
    /// fail, review, missing, pass, not applicable
    pub groups: fn(Outcome) -> &'static str,
    pub rule: &'static str,
    pub show_text: fn(&str) -> String,
    pub ruling: &'static str,
    pub measures_note: &'static str,
    pub unknown_unit: &'static str,
    /// While the reference texts are fetched, and when they cannot be.
    pub loading_text: &'static str,
    pub text_unavailable: &'static str,
    pub performance_heading: &'static str,
    pub performance: fn(&str, &str, &str, &str) -> String,
    /// A percentage average, already on the receiving scale, and its level.
    pub performance_as_is: fn(&str, &str) -> String,
    pub performance_unconverted: &'static str,
    pub no_performance: &'static str,
    pub credits_heading: &'static str,
    /// Credits counted (recognized and substituted), still to study, and required.
    pub glance: fn(&str, &str, &str) -> String,
    /// Credits counted, still to study, the literacy credits among them (G9), and required.
    pub glance_literacy: fn(&str, &str, &str, &str) -> String,
    /// Credits counted, more than the programme's total, and that total.
    pub glance_beyond: fn(&str, &str) -> String,
    /// Credits counted, more than the programme's total, that total, and the literacy credits still
    /// to take (G9).
    pub glance_beyond_literacy: fn(&str, &str, &str) -> String,
    /// Recognized, literacy substituted, still to study, and the whole.
    pub chart_label: fn(&str, &str, &str, &str) -> String,
    /// Recognized, literacy substituted, still to study, the literacy credits among them, and the whole.
    pub chart_label_literacy: fn(&str, &str, &str, &str, &str) -> String,
    /// recognized, literacy substituted, literacy still to take, still to study (no literacy left),
    /// other credits still to study (beside literacy still to take), in review
    pub credit_parts: fn(CreditPart) -> &'static str,
    pub credits_required: fn(&str) -> String,
    pub credits_no_total: &'static str,
    pub internship_capped: fn(&str, i64) -> String,
    pub literacy_remaining: fn(&str) -> String,
    pub courses_heading: &'static str,
    pub changes_heading: &'static str,
    pub changes_none: &'static str,
    /// The conditions not met that no figure changes, listed.
    pub changes_blockers: fn(&str) -> String,
    pub changes_verdict: &'static str,
    pub changes_credits: &'static str,
    pub changes_explanatory: &'static str,
    /// The courses too old to count, listed, and the years after which a grade expires.
    pub changes_expired: fn(&str, i32) -> String,
    pub next_heading: &'static str,
    pub next: NextText,
    pub actions_heading: &'static str,
    pub print: &'static str,
    pub export: &'static str,
    pub share: &'static str,
    pub share_label: &'static str,
    pub share_hint: &'static str,
    pub share_copied: &'static str,
    pub report_heading: &'static str,
    pub report_date: fn(&str) -> String,
    pub signature: &'static str,
    pub signature_date: &'static str,
    pub answers_heading: &'static str,
}

/// What to do next, by situation.
pub struct NextText {
    pub fix_errors: &'static str,
    pub give_missing: &'static str,
    pub not_eligible: &'static str,
    pub review: &'static str,
    pub eligible: &'static str,
    pub materials: &'static str,
    pub cscse: &'static str,
    pub courses_review: &'static str,
    pub appeal: fn(&Policy) -> String,
}

/// The plan's questions: the dates the timeline counts from, and the checklist's ticks.
pub struct PlanText {
    pub vacations: &'static str,
    /// "Vacation 2", numbered from 1.
    pub vacation_n: fn(usize) -> String,
    pub timeline_title: &'static str,
    pub timeline_intro: &'static str,
    /// What the timeline still needs before it can be drawn.
    pub needs_route: &'static str,
    pub needs_semester_start: &'static str,
    pub needs_revocation_date: &'static str,
    pub window_heading: &'static str,
    /// The window against today: days until it opens, days left, closed.
    pub opens_in: fn(i64) -> String,
    pub closes_in: fn(i64) -> String,
    pub closes_today: &'static str,
    pub closed: &'static str,
    pub steps_heading: &'static str,
    pub chart_label: &'static str,
    pub no_limit: &'static str,
    /// A step's last day, "at the earliest" when it follows a step without a limit (P3).
    pub due_on: fn(&str, bool) -> String,
    /// A step's name and last day on the chart.
    pub chart_step: fn(&str, Option<&str>, bool) -> String,
    /// "3 working days after 2026-09-18", in brackets after the last day.
    pub counted_from: fn(&str, &str) -> String,
    /// What a count passed over, listed.
    pub skipped: fn(&[String]) -> String,
    /// A span of days, first and last.
    pub days_span: fn(&str, &str) -> String,
    pub skipped_weekends: fn(u32) -> String,
    pub skipped_vacation: fn(u32) -> String,
    /// A holiday's name and its days.
    pub skipped_holiday: fn(&str, &str) -> String,
    pub adjusted_counted: fn(&str) -> String,
    pub later_heading: &'static str,
    pub cscse_heading: &'static str,
    pub calendar_heading: &'static str,
    pub download_calendar: &'static str,
    pub copy_dates: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub calendar_file: &'static str,
    pub vacations_hint: &'static str,
    pub add_vacation: &'static str,
    pub remove_vacation: fn(usize) -> String,
    pub guess_vacations: &'static str,
    pub guess_note: &'static str,
    pub documents_title: &'static str,
    pub documents_intro: &'static str,
    /// Basic, for your route and level, for your reason, brought in by your answers.
    pub groups: [&'static str; 4],
    /// Read after a document's name by screen readers: what ticking it means.
    pub have_it: &'static str,
    pub missing: fn(usize, usize) -> String,
    pub all_ready: &'static str,
    pub print_list: &'static str,
    pub only_if: &'static str,
    pub result_plan_heading: &'static str,
    pub result_plan_text: &'static str,
}

pub struct NoticesText {
    pub storage_unavailable: &'static str,
    pub save_migrated: fn(u32) -> String,
    pub save_set_aside: &'static str,
    pub download_set_aside: &'static str,
    pub import_rejected: fn(&str) -> String,
    /// A file's size and the largest that opens, in bytes.
    pub too_many_bytes: fn(usize, usize) -> String,
    /// A file's courses and the most that open (the same as a paste).
    pub too_many_courses: fn(usize, usize) -> String,
    /// The size of answers that did not fit in storage, in bytes.
    pub save_too_large: fn(usize) -> String,
    /// The case opened was behind: its last changes could not be saved.
    pub save_behind: &'static str,
    /// Another tab saved the case first (`was`); this tab's changes became the case `copy`.
    pub saved_as_copy: fn(&str, &str) -> String,
    pub imported: fn(&str) -> String,
    pub example_loaded: fn(&str) -> String,
    pub example_unavailable: fn(&str) -> String,
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub data_deleted: &'static str,
    pub share_unreadable: &'static str,
    pub share_loaded: &'static str,
}

/// What is wrong with an opened case file, in the interface's words: the command line names the file's
/// own words, a student is named the question.
pub struct OpenedText {
    /// Not JSON: where the text goes wrong, and whether it ends too early (cut off).
    pub not_json: fn(line: usize, column: usize, ends_early: bool) -> String,
    /// JSON, but not a case file of this product.
    pub not_a_case_file: &'static str,
    /// A case file that does not say which version of the format it is.
    pub no_version: &'static str,
    /// A version of the format this one cannot read.
    pub other_version: fn(found: &str, reads: u32) -> String,
    /// A field the format does not have.
    pub unknown_field: fn(name: &str) -> String,
    /// A field an answer needs and the file lacks.
    pub missing_field: fn(name: &str) -> String,
    /// A word that is not one of the question's answers; the answers as the form words them.
    pub unknown_word: fn(found: &str, answers: &str) -> String,
    /// How a list of answers is joined: "A, B or C".
    pub either: fn(&[String]) -> String,
    /// A value of the wrong kind: what belongs there, what the file has.
    pub wrong_kind: fn(&ValueKind, &Found) -> String,
    /// What the reader could not say more precisely.
    pub unreadable: &'static str,
}

/// The parts of the credit chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditPart {
    Recognized,
    Literacy,
    /// The literacy credits still to take, a part of what is left to study (G9).
    LiteracyToTake,
    /// All that is left to study, when no literacy credits are.
    Shortfall,
    /// What is left to study beside the literacy credits still to take.
    OtherToStudy,
    InReview,
}

/// The columns of the course tables, in the order of the courses page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourseColumn {
    Course,
    Credits,
    Grade,
    Match,
    Status,
    Converted,
    ReceivingGrade,
    Actions,
}

impl CourseColumn {
    /// The columns in the order the table shows them.
    pub const ALL: [CourseColumn; 8] = [
        CourseColumn::Course,
        CourseColumn::Credits,
        CourseColumn::Grade,
        CourseColumn::Match,
        CourseColumn::Status,
        CourseColumn::Converted,
        CourseColumn::ReceivingGrade,
        CourseColumn::Actions,
    ];
}

/// Bytes as megabytes of 1,000,000 bytes, to one decimal (rounded up, so that a file just over a
/// limit never reads as at it); the same in every language.
pub fn megabytes(bytes: usize) -> String {
    let tenths = bytes.div_ceil(100_000);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The guide to CSCSE's certification of a diploma from outside China, and the check of its scans.
pub struct CscseText {
    /// What separates two sentences written one after the other: a space in English, nothing in Chinese.
    pub gap: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub not_legalization: &'static str,
    /// Where the applicant's studies stand, and what to certify before a diploma (A4.4.2).
    pub studies: fn(Studies) -> &'static str,
    /// Lead-in to the service item's Chinese name.
    pub service_item: &'static str,
    pub start_heading: &'static str,
    /// The last day to start, the deadline it counts back from, the processing and the mail days.
    pub start_by: fn(&str, &str, u32, u32) -> String,
    /// Days from today to the start-by day.
    pub days_left: fn(i64) -> String,
    pub too_late: fn(&str) -> String,
    pub too_late_do: [&'static str; 2],
    /// For a visitor whose answers give no deadline yet: the rule, and where to give the date.
    pub start_rule: fn(u32) -> String,
    pub start_needs_route: &'static str,
    pub start_needs_date: &'static str,
    pub to_timeline: &'static str,
    pub facts_heading: &'static str,
    /// The fee and the processing days, according to the published procedure.
    pub facts: fn(u32, u32) -> String,
    /// The day the facts were recorded, before where to confirm them.
    pub confirm: fn(&str) -> String,
    pub phone: &'static str,
    pub kazakhstan: &'static str,
    pub steps_heading: &'static str,
    pub steps_intro: &'static str,
    pub steps_done: fn(usize, usize) -> String,
    /// A step's name, for a diploma or for what the receiving university names in its place.
    pub step_names: fn(CscseStep, Studies) -> &'static str,
    /// What a step needs, as the guide for the case words it.
    pub step_needs: fn(CscseStep, Guide) -> &'static str,
    pub done: &'static str,
    pub degrees_heading: &'static str,
    pub degrees_intro: &'static str,
    pub degree_level: &'static str,
    pub degree_allows: &'static str,
    pub degree_names: fn(RussianDegree) -> &'static str,
    pub work_only: &'static str,
    pub work_and_study: &'static str,
    pub equals_master: &'static str,
    pub degrees_note: &'static str,
    pub scans_heading: &'static str,
    pub scans_private: &'static str,
    pub scans_types: &'static str,
    pub scan_names: fn(Scan, Studies) -> &'static str,
    pub scan_hints: fn(Scan, Studies) -> &'static str,
    /// The limit of a scan in megabytes, or none published.
    pub scan_limit: fn(Option<u32>) -> String,
    pub choose_file: &'static str,
    pub drop_here: &'static str,
    pub checking: fn(&str) -> String,
    /// The file's name and what the check concluded.
    pub verdict_fine: fn(&str) -> String,
    pub verdict_warning: fn(&str) -> String,
    pub verdict_problem: fn(&str) -> String,
    pub unreadable: fn(&str) -> String,
    pub one_file: &'static str,
    pub comments_heading: &'static str,
    pub comments: [&'static str; 3],
    /// Links to the guide from other pages.
    pub guide_heading: &'static str,
    pub open_guide: &'static str,
    pub guide_link_hint: &'static str,
}

/// The cases kept on this device, their scenarios, and cases side by side.
pub struct DeskText {
    pub intro: &'static str,
    /// Said in place of the list while presenting: no other applicant's name is shown.
    pub presenting: &'static str,
    pub empty: &'static str,
    pub new_case: &'static str,
    pub caption: &'static str,
    /// Case, verdict, route, programme, window, next date, size.
    pub columns: [&'static str; 7],
    pub open_here: &'static str,
    /// The verdict in a word or two: eligible, needs review, not eligible, incomplete.
    pub verdicts: [&'static str; 4],
    /// A scenario's case and its change.
    pub scenario_of: fn(&str, &str) -> String,
    pub unreadable: &'static str,
    pub not_answered: &'static str,
    pub not_chosen: &'static str,
    pub no_plan: &'static str,
    /// Where the planned hand-in day stands: before the window, in it, after it.
    pub window: [&'static str; 3],
    pub size: fn(usize) -> String,
    /// How many cases, and the bytes they take.
    pub storage_use: fn(usize, usize) -> String,
    /// The actions on a case; each is followed by the case's name for a screen reader.
    pub open: &'static str,
    pub rename: &'static str,
    pub duplicate: &'static str,
    pub scenario: &'static str,
    pub delete: &'static str,
    pub compare_one: fn(&str) -> String,
    pub actions: fn(&str) -> String,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub save_name: &'static str,
    pub cancel: &'static str,
    pub name_empty: &'static str,
    pub name_too_long: fn(usize, usize) -> String,
    pub there_is_a_problem: &'static str,
    pub deleted_heading: &'static str,
    pub deleted: fn(&str) -> String,
    pub restore: &'static str,
    pub delete_all: &'static str,
    pub delete_all_question: fn(usize) -> String,
    pub delete_all_warning: &'static str,
    pub delete_all_confirm: &'static str,
    pub keep: &'static str,
    pub deleted_all: &'static str,
    pub compare: &'static str,
    pub compare_hint: &'static str,
    pub compare_count: &'static str,
    pub export_all: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    /// The file, and how many cases were added from it.
    pub imported: fn(&str, usize) -> String,
    /// The case's place in the file, its name, and why it was skipped.
    pub skipped: fn(usize, &str, &str) -> String,
    pub import_unreadable: fn(&str) -> String,
    /// A case the storage had no room for: it and those after it were not added.
    pub import_full: fn(&str) -> String,
    pub storage_full: &'static str,
    pub scenario_heading: fn(&str) -> String,
    pub scenario_intro: &'static str,
    pub change_legend: &'static str,
    /// Another programme, another semester start, another route.
    pub changes: [&'static str; 3],
    pub programme_label: &'static str,
    pub semester_label: &'static str,
    pub semester_hint: &'static str,
    pub route_label: &'static str,
    pub create: &'static str,
    pub choose_change: &'static str,
    pub choose_programme: &'static str,
    pub no_programmes: &'static str,
    /// The site's list of programmes is not here (offline before the site was kept, or on its way).
    pub programmes_unavailable: &'static str,
    /// A programme's file could not be fetched for a scenario.
    pub programme_unavailable: &'static str,
    pub not_a_date: &'static str,
    pub already: &'static str,
    /// A scenario's change as named in the list: the programme, the semester's first day, the route.
    pub change_programme: fn(&str) -> String,
    pub change_semester: fn(&str) -> String,
    pub change_route: fn(&str) -> String,
    pub created: fn(&str) -> String,
    pub side_intro: &'static str,
    pub side_caption: &'static str,
    pub side_rows: [&'static str; 9],
    /// After the first decisive reasons: how many more the result page lists.
    pub more_reasons: fn(usize) -> String,
    /// The last decision's office has no time limit (the university's approval).
    pub no_limit: &'static str,
    /// A plan without a hand-in day: the window's close is assumed.
    pub no_hand_in_day: &'static str,
    pub duplicated: fn(&str) -> String,
    pub restored: fn(&str) -> String,
    /// Another case cannot be opened while this tab's changes are not saved.
    pub unsaved_here: &'static str,
    /// Before a name in a screen reader's label of a case's button: "Open “Ana”".
    pub quoted: fn(&str) -> String,
    /// A scenario's name: its case's and its change.
    pub scenario_name: fn(&str, &str) -> String,
    pub file_heading: &'static str,
    pub differs: &'static str,
    /// Before "Differs", for the eye only (a screen reader reads the word).
    pub differs_mark: &'static str,
    /// After a row that does not differ, for a screen reader.
    pub same: &'static str,
    /// Before a case's value in the list of differences: "Ana: ".
    pub of_case: fn(&str) -> String,
    pub differences: &'static str,
    pub no_differences: &'static str,
    pub shown: &'static str,
    pub print: &'static str,
    pub back: &'static str,
    pub too_few: &'static str,
    pub none: &'static str,
}
