//! The words for what the engine decided, in every language the product speaks. Phrasing reads only
//! the data of a finding or course reason; it never decides anything again. The assessment file
//! carries the English; the app shows the user's language.
//!
//! Each subject has one file per language (`findings/en.rs`, `findings/zh.rs`, ...) with the same
//! functions, so a translator reads one language alone and another language is one new file per
//! subject plus an arm in each function below. Citations that a finding or course reason carries
//! in its `rule`, `rulings` or `cites` are shown beside the sentence, so sentences do not repeat
//! them.

use super::case::DocumentId;
use super::case::Level;
use super::case::{Body, LiteracyCategory, Route, TestKind};
use super::cscse::StartBy;
use super::Verdict;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::problem::Problem;
use crate::engine::catalog::{LiteracyCourse, Precedent};
use crate::engine::cscse::scan::{FileType, ScanFinding};
use crate::engine::planning::documents::Document;
use crate::engine::planning::timeline::{Milestone, OfficeStep, StepId, Window};
use crate::engine::rules::changes::Change;
use crate::engine::rules::courses::{CourseFact, CourseOutcome, CourseReason, Gauge};
use crate::engine::rules::eligibility::{Condition, Fact, Finding, Outcome};
use crate::engine::rules::grades::{Grade, GradeLevel};
use crate::engine::rules::policy::Policy;
use crate::engine::rules::programme::{Chosen, Exemption, Remaining};
use crate::engine::transcript::{CellProblem, TranscriptError};
use crate::lang::Lang;

// It reads the golden files and their catalogues from disk, natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod citations;

/// Verdicts, outcomes, routes, levels, bodies, tests, grades and other single words.
mod words {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// What is wrong with a field of a case file.
mod problems {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// Each eligibility condition: its name, the facts it needs, and one sentence (or a few) per finding.
mod findings {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// Why a course was or was not recognized.
mod courses {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// What would change the result (`engine::rules::changes`), phrased from the change's data only.
mod changes {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// The check of a scan before it is uploaded to CSCSE.
mod scan {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// What the transcript reader could not read.
mod transcript {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// What is wrong with a catalogue folder (native only, as its reader is).
#[cfg(not(target_arch = "wasm32"))]
mod catalog {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// The chosen programme of the catalogue, the courses still to take and the literacy courses offered.
mod programme {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

/// The plan: documents, the submission window, the steps and later milestones.
mod plan {
    pub mod en;
    #[cfg(test)]
    mod tests;
    pub mod zh;
}

pub fn document_name(id: DocumentId, lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::document_name(id),
        Lang::Zh => plan::zh::document_name(id),
    }
}

/// What a document must show, with its least amount and earliest date of issue.
pub fn document_shows(d: &Document, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::document_shows(d),
        Lang::Zh => plan::zh::document_shows(d),
    }
}

/// A document's whole message: its name, then what it must show.
pub fn document(d: &Document, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::document(d),
        Lang::Zh => plan::zh::document(d),
    }
}

pub fn step_name(s: StepId, lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::step_name(s),
        Lang::Zh => plan::zh::step_name(s),
    }
}

pub fn step(s: &OfficeStep, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::step(s),
        Lang::Zh => plan::zh::step(s),
    }
}

/// "3 working days".
pub fn working_days(n: u32, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::working_days(n),
        Lang::Zh => plan::zh::working_days(n),
    }
}

pub fn window(w: &Window, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::window(w),
        Lang::Zh => plan::zh::window(w),
    }
}

pub fn milestone(m: &Milestone, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::milestone(m),
        Lang::Zh => plan::zh::milestone(m),
    }
}

/// A statutory holiday by the notice's name, in the language.
pub fn holiday(name: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => plan::en::holiday(name),
        Lang::Zh => plan::zh::holiday(name),
    }
}

/// The title of the event on the window's closing day.
pub fn window_closes(lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::window_closes(),
        Lang::Zh => plan::zh::window_closes(),
    }
}

/// What a part of the page with estimated dates says of them, once (P5).
pub fn estimated(lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::estimated(),
        Lang::Zh => plan::zh::estimated(),
    }
}

/// The word beside an estimated date (P5).
pub fn estimated_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::estimated_mark(),
        Lang::Zh => plan::zh::estimated_mark(),
    }
}

/// What a date counted back from an estimated closing day of the window says (P5).
pub fn counted_back_from_estimate(lang: Lang) -> &'static str {
    match lang {
        Lang::En => plan::en::counted_back_from_estimate(),
        Lang::Zh => plan::zh::counted_back_from_estimate(),
    }
}

pub fn cscse(c: &StartBy, lang: Lang) -> String {
    match lang {
        Lang::En => plan::en::cscse(c),
        Lang::Zh => plan::zh::cscse(c),
    }
}

/// A whole number with its thousands grouped, as both languages write it: 45000 -> "45,000".
pub fn grouped(n: impl Into<i128>) -> String {
    let digits = n.into().to_string();
    let (sign, digits) = digits
        .strip_prefix('-')
        .map_or(("", digits.as_str()), |d| ("-", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What a scan is, by its first bytes.
pub fn file_type(t: FileType, lang: Lang) -> &'static str {
    match lang {
        Lang::En => scan::en::file_type(t),
        Lang::Zh => scan::zh::file_type(t),
    }
}

/// One finding of the scan check, with how to put it right.
pub fn scan_finding(f: &ScanFinding, lang: Lang) -> String {
    match lang {
        Lang::En => scan::en::finding(f),
        Lang::Zh => scan::zh::finding(f),
    }
}

pub fn verdict(v: Verdict, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::verdict(v),
        Lang::Zh => words::zh::verdict(v),
    }
}

pub fn outcome(o: Outcome, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::outcome(o),
        Lang::Zh => words::zh::outcome(o),
    }
}

pub fn course_outcome(o: CourseOutcome, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::course_outcome(o),
        Lang::Zh => words::zh::course_outcome(o),
    }
}

/// The name of a condition, as a heading.
pub fn condition(c: Condition, lang: Lang) -> &'static str {
    match lang {
        Lang::En => findings::en::condition(c),
        Lang::Zh => findings::zh::condition(c),
    }
}

pub fn level_word(l: GradeLevel, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::level_word(l),
        Lang::Zh => words::zh::level_word(l),
    }
}

pub fn grade(g: Grade, lang: Lang) -> String {
    match lang {
        Lang::En => words::en::grade(g),
        Lang::Zh => words::zh::grade(g),
    }
}

pub fn route(r: Route, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::route(r),
        Lang::Zh => words::zh::route(r),
    }
}

pub fn level(l: Level, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::level(l),
        Lang::Zh => words::zh::level(l),
    }
}

pub fn body(b: Body, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::body(b),
        Lang::Zh => words::zh::body(b),
    }
}

pub fn test(t: TestKind, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::test(t),
        Lang::Zh => words::zh::test(t),
    }
}

pub fn literacy_category(c: LiteracyCategory, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words::en::literacy_category(c),
        Lang::Zh => words::zh::literacy_category(c),
    }
}

/// What is wrong with a field of a case file, in a sentence that follows its path.
pub fn problem(p: &Problem, lang: Lang) -> String {
    match lang {
        Lang::En => problems::en::problem(p),
        Lang::Zh => problems::zh::problem(p),
    }
}

/// A fact a condition needs, as "Not given yet: ..." names it.
pub fn fact(f: Fact, lang: Lang) -> &'static str {
    match lang {
        Lang::En => findings::en::fact(f),
        Lang::Zh => findings::zh::fact(f),
    }
}

pub fn finding(f: &Finding, p: &Policy, lang: Lang) -> String {
    match lang {
        Lang::En => findings::en::finding(f, p),
        Lang::Zh => findings::zh::finding(f, p),
    }
}

pub fn course_fact(f: CourseFact, lang: Lang) -> &'static str {
    match lang {
        Lang::En => courses::en::course_fact(f),
        Lang::Zh => courses::zh::course_fact(f),
    }
}

pub fn course_reason(r: &CourseReason, lang: Lang) -> String {
    match lang {
        Lang::En => courses::en::course_reason(r),
        Lang::Zh => courses::zh::course_reason(r),
    }
}

/// Where a matched course's overlap stands against its minimum.
pub fn gauge_overlap(g: &Gauge, lang: Lang) -> String {
    match lang {
        Lang::En => courses::en::gauge_overlap(g),
        Lang::Zh => courses::zh::gauge_overlap(g),
    }
}

/// Where a matched course's class hours stand against their minimum.
pub fn gauge_hours(g: &Gauge, lang: Lang) -> String {
    match lang {
        Lang::En => courses::en::gauge_hours(g),
        Lang::Zh => courses::zh::gauge_hours(g),
    }
}

/// A share of a course's class hours, for display: what A6.2.1's minimum asks of `receiving`, rounded
/// up to the thousandth so that the figure named always meets it.
fn needed_hours(receiving: Fixed, ratio: Fixed) -> Fixed {
    Fixed::from_milli((receiving.milli() * ratio.milli() + 999) / 1000)
}

/// A suggestion, e.g. "An average of at least 70 points (yours: 69.9 points) would meet A4.3.1.a."
pub fn change(c: &Change, lang: Lang) -> String {
    match lang {
        Lang::En => changes::en::change(c),
        Lang::Zh => changes::zh::change(c),
    }
}

/// Whether a finding already carries a citation, which the interface shows beside its sentence.
fn carries(f: &Finding, cite: &str) -> bool {
    f.rule.id() == cite
        || f.rulings.iter().any(|r| r.id() == cite)
        || f.cites.iter().any(|c| c.id() == cite)
}

/// A share as a percentage beside the rate it was held against, for display only: decisions were
/// taken on exact values, and the shown share never contradicts them.
fn percent(num: Fixed, den: Fixed, threshold: Fixed) -> String {
    if den == Fixed::ZERO {
        return "0%".to_owned();
    }
    format!("{}%", Tenths::percent_beside(num, den, threshold))
}

/// An overlap as a percentage, "71.43%", the same in every language.
pub fn overlap(r: Rate) -> String {
    rate(r)
}

/// An exact rate such as 0.705 as "70.5%", and an overlap counted to four places such as 0.6667 as
/// "66.67%".
fn rate(r: impl Into<Rate>) -> String {
    let percent_in_thousandths = r.into().ten_thousandths() * 10;
    format!("{}%", Fixed::from_milli(percent_in_thousandths))
}

/// One transcript cell that could not be read.
pub fn transcript_problem(p: &CellProblem, lang: Lang) -> String {
    match lang {
        Lang::En => transcript::en::problem(p),
        Lang::Zh => transcript::zh::problem(p),
    }
}

/// Why a transcript could not be read at all.
pub fn transcript_error(e: &TranscriptError, lang: Lang) -> String {
    match lang {
        Lang::En => transcript::en::error(e),
        Lang::Zh => transcript::zh::error(e),
    }
}

/// A catalogue's problem where it is, `FILE:LINE:COLUMN: message`: the column by its English name
/// whatever language the header was written in, the message in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog_problem(p: &crate::engine::catalog::problem::CatalogProblem, lang: Lang) -> String {
    let mut at = p.file.name().to_owned();
    if let Some(line) = p.line {
        at = format!("{at}:{line}");
    }
    if let Some(column) = p.column {
        at = format!("{at}:{}", column.name());
    }
    let message = match lang {
        Lang::En => catalog::en::message(p),
        Lang::Zh => catalog::zh::message(p),
    };
    format!("{at}: {message}")
}

/// What a catalogue holds, in one line.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog_summary(c: &crate::engine::catalog::Counts, lang: Lang) -> String {
    match lang {
        Lang::En => catalog::en::summary(c),
        Lang::Zh => catalog::zh::summary(c),
    }
}

/// Which programme of the catalogue the assessment used, and what that means for its figures.
pub fn programme(c: &Chosen, lang: Lang) -> String {
    match lang {
        Lang::En => programme::en::programme(c),
        Lang::Zh => programme::zh::programme(c),
    }
}

/// What the programme's courses still to take list.
pub fn remaining(r: &Remaining, lang: Lang) -> String {
    match lang {
        Lang::En => programme::en::remaining(r),
        Lang::Zh => programme::zh::remaining(r),
    }
}

/// Why a remaining course may be exempted instead of taken (A12.1).
pub fn exemption(e: &Exemption, lang: Lang) -> String {
    match lang {
        Lang::En => programme::en::exemption(e),
        Lang::Zh => programme::zh::exemption(e),
    }
}

/// A literacy course the college offers (A12.2.3).
pub fn literacy_option(o: &LiteracyCourse, lang: Lang) -> String {
    match lang {
        Lang::En => programme::en::literacy_option(o),
        Lang::Zh => programme::zh::literacy_option(o),
    }
}

/// A published past decision about a course.
pub fn precedent(p: &Precedent, lang: Lang) -> String {
    match lang {
        Lang::En => programme::en::precedent(p),
        Lang::Zh => programme::zh::precedent(p),
    }
}
