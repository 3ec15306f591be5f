//! The chosen programme of the catalogue applied to a case (`docs/catalog.md`, sections 3 and 4):
//! which programme of which publication (its status); the programme's figures in place of those the
//! case typed (A12.1, A6.2.3, A12.2.3); the programme's courses still to take, core courses first
//! (A12.1, A16), with those a revoked institution's applicant may ask to be exempted from (A12.1);
//! and the literacy courses the college offers in place of those still to take (A18, A12.2.3). Each
//! course's match is read from the catalogue in [`crate::engine::rules::courses`].

use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::model::{CreditHours, Program};
use crate::engine::case::Nature;
use crate::engine::catalog::{Catalog, LiteracyCourse, Programme, Publication, Text};
use crate::engine::rules::courses::{CourseOutcome, CourseResult};
use crate::engine::rules::credits::Totals;
use crate::engine::rules::policy::Policy;
use serde::Serialize;
use std::cmp::Ordering;

/// Whether the case's programme was found in the catalogue, and in which publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Found, in the publication the case was made with (or the case does not say which).
    Used,
    /// The catalogue does not have it (or the case chose none): the case's figures are used.
    Unknown,
    /// No catalogue: the case's figures are used.
    NoCatalog,
    /// Found, in a publication later than the case's: the programme may have changed since.
    NewerCatalog,
    /// Found, in a publication earlier than the case's.
    OlderCatalog,
}

impl Status {
    /// Whether the catalogue's programme is applied.
    pub fn applies(self) -> bool {
        matches!(
            self,
            Status::Used | Status::NewerCatalog | Status::OlderCatalog
        )
    }
}

/// The programme a case chose, as far as the catalogue has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    pub status: Status,
    /// The programme's id, as the case gives it.
    pub id: Option<String>,
    /// The publication the case says the programme was chosen in.
    pub chosen_in: Option<Date>,
    /// The catalogue's publication, when there is a catalogue.
    pub publication: Option<Publication>,
    /// The programme's major and cohort, when the catalogue has it.
    pub major: Option<Text>,
    pub cohort: Option<u16>,
}

/// The programme a case chose, in the catalogue if one is given.
pub fn choose(program: &Program, catalog: Option<&Catalog>) -> Chosen {
    let choice = program.catalog.as_ref();
    let id = choice.and_then(|c| c.programme.clone());
    let chosen_in = choice.and_then(|c| c.published_on);
    let Some(catalog) = catalog else {
        return Chosen {
            status: Status::NoCatalog,
            id,
            chosen_in,
            publication: None,
            major: None,
            cohort: None,
        };
    };
    let found = catalog.chosen(program);
    let published_on = catalog.publication.published_on;
    let status = match (found, chosen_in.map(|d| d.cmp(&published_on))) {
        (None, _) => Status::Unknown,
        (Some(_), Some(Ordering::Less)) => Status::NewerCatalog,
        (Some(_), Some(Ordering::Greater)) => Status::OlderCatalog,
        (Some(_), _) => Status::Used,
    };
    Chosen {
        status,
        id,
        chosen_in,
        publication: Some(catalog.publication.clone()),
        major: found.map(|p| p.major.clone()),
        cohort: found.map(|p| p.cohort),
    }
}

/// The receiving programme's figures as the rules read them: the catalogue's total credits, hours
/// per credit and literacy credits, whatever the case typed.
pub fn figures(program: &Program, programme: &Programme) -> Program {
    Program {
        total_graduation_credits: Some(programme.total_credits),
        credit_hours: CreditHours {
            theory: Some(programme.hours_per_credit.theory),
            practice: Some(programme.hours_per_credit.practice),
        },
        literacy_credits_required: Some(programme.literacy_credits),
        ..program.clone()
    }
}

/// The programme's courses no recognized course of the case covers (A12.1: what is left is taken in
/// the receiving programme), core courses first (A16).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Remaining {
    pub courses: Vec<RemainingCourse>,
    pub core_credits: Tenths,
    pub other_credits: Tenths,
}

impl Remaining {
    /// Every credit the remaining courses list: electives are chosen among them, so this is what
    /// the programme lists, not what must be taken (that is the shortfall, R10).
    pub fn listed_credits(&self) -> Tenths {
        self.core_credits + self.other_credits
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RemainingCourse {
    pub code: String,
    pub title: Text,
    pub credits: Tenths,
    pub nature: Nature,
    /// A16: marked professional core, or compulsory.
    pub core: bool,
    pub semester: Option<u8>,
    /// For a revoked institution's applicant, a course of the case matched with it whose knowledge
    /// points differ by at most the share A12.1 sets, but which is not recognized: the overlap it
    /// has. Such a course may be exempted with a course connection report instead of taken.
    pub exemption: Option<Exemption>,
}

/// Why a remaining course may be exempted (A12.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exemption {
    pub overlap: Rate,
    /// The largest difference of knowledge points A12.1 allows.
    pub max_difference: Fixed,
    /// The words the course connection report must exceed.
    pub report_words: u32,
}

/// The programme's courses not covered: a course is covered when a course of the case with its
/// code (`match.code`) is recognized. Core courses first, then by suggested semester (none last),
/// then by code.
pub fn remaining(
    programme: &Programme,
    results: &[CourseResult],
    revoked: bool,
    p: &Policy,
) -> Remaining {
    let difference = p.course_exemption_max_difference.value;
    let least =
        Rate::from(Fixed::int(1)).ten_thousandths() - Rate::from(difference).ten_thousandths();
    let mut out = Remaining::default();
    for course in &programme.courses {
        if matched(results, &course.code).any(|r| r.outcome == CourseOutcome::Recognized) {
            continue;
        }
        let exemption = matched(results, &course.code)
            .filter(|_| revoked)
            .filter_map(|r| r.overlap.map(|(overlap, _)| overlap))
            .filter(|overlap| overlap.ten_thousandths() >= least)
            .max()
            .map(|overlap| Exemption {
                overlap,
                max_difference: difference,
                report_words: p.course_connection_report_min_words.value,
            });
        let credits = Tenths::from(course.credits);
        let core = course.is_core();
        if core {
            out.core_credits += credits;
        } else {
            out.other_credits += credits;
        }
        out.courses.push(RemainingCourse {
            code: course.code.clone(),
            title: course.title.clone(),
            credits,
            nature: course.nature,
            core,
            semester: course.semester,
            exemption,
        });
    }
    out.courses.sort_by(order);
    out
}

/// The results of the case's courses matched with the receiving course `code`.
fn matched<'r>(
    results: &'r [CourseResult],
    code: &'r str,
) -> impl Iterator<Item = &'r CourseResult> {
    results
        .iter()
        .filter(move |r| r.match_code.as_deref() == Some(code))
}

/// Core courses first, then by suggested semester with none last, then by code.
pub fn order(a: &RemainingCourse, b: &RemainingCourse) -> Ordering {
    let key = |c: &RemainingCourse| (!c.core, c.semester.is_none(), c.semester);
    key(a).cmp(&key(b)).then_with(|| a.code.cmp(&b.code))
}

/// The literacy courses the college offers (A18), when literacy credits are still to take
/// (A12.2.3): by category in the contract's order, then by code. None otherwise.
pub fn literacy_options(programme: &Programme, totals: &Totals) -> Vec<LiteracyCourse> {
    if totals
        .literacy_remaining
        .is_none_or(|left| left == Tenths::ZERO)
    {
        return Vec::new();
    }
    let mut options = programme.literacy.clone();
    options.sort_by(|a, b| (a.category, &a.code).cmp(&(b.category, &b.code)));
    options
}

#[cfg(test)]
mod tests;
