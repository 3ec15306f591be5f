//! The chosen programme of the catalogue, the courses still to take and the literacy courses
//! offered, in English.

use super::super::grouped;
use super::super::rate;
use super::super::words::en::offered_category;
use crate::engine::case::fixed::Tenths;
use crate::engine::catalog::{Decision, LiteracyCourse, Precedent};
use crate::engine::rules::programme::{Chosen, Exemption, Remaining, Status};
use crate::lang::Lang;

/// Which programme is used, from which publication, and what that means for the figures.
pub fn programme(c: &Chosen) -> String {
    let Some(publication) = &c.publication else {
        return "No programme catalogue is used: the programme's figures and its courses are those typed in the case.".to_owned();
    };
    let catalogue = format!(
        "{}'s catalogue published on {}",
        publication.institution.get(Lang::En),
        publication.published_on
    );
    let programme = match (&c.major, c.cohort) {
        (Some(major), Some(cohort)) => format!("{} ({cohort})", major.get(Lang::En)),
        _ => String::new(),
    };
    let chosen_in = c.chosen_in.map(|d| d.to_string()).unwrap_or_default();
    match (c.status, c.id.as_deref()) {
        (Status::Used, _) => format!("{programme} of {catalogue}: the programme's total and literacy credits and hours per credit, and the receiving courses named by their code, are the catalogue's, with overlaps counted as the college's rules set them."),
        (Status::NewerCatalog, _) => format!("{programme} of {catalogue}, after the publication of {chosen_in} the case was made with: the programme may have changed since, and its current figures are used."),
        (Status::OlderCatalog, _) => format!("{programme} of {catalogue}; the case was made with a later publication, of {chosen_in}, than this one: this catalogue's figures are used."),
        (_, Some(id)) => format!("{catalogue} has no programme {id}: the programme's figures typed in the case are used."),
        (_, None) => format!("No programme of {catalogue} is chosen: the programme's figures typed in the case are used."),
    }
}

fn credits(n: Tenths) -> String {
    let word = if n == Tenths::new(10) {
        "credit"
    } else {
        "credits"
    };
    format!("{n} {word}")
}

/// What the courses still to take list.
pub fn remaining(r: &Remaining) -> String {
    let (core, other, listed) = (
        credits(r.core_credits),
        credits(r.other_credits),
        credits(r.listed_credits()),
    );
    match r.courses.len() {
        0 => "Every course of the programme is covered by a recognized course.".to_owned(),
        1 => format!("1 course of the programme is not covered by a recognized course: {core} of core courses and {other} of others. What must still be taken is the credit shortfall."),
        n => format!("{n} courses of the programme are not covered by a recognized course: {core} of core courses and {other} of others, {listed} in all. The programme lists them; electives are chosen among them, and what must still be taken is the credit shortfall."),
    }
}

/// Why a remaining course may be exempted instead of taken.
pub fn exemption(e: &Exemption) -> String {
    format!(
        "A course you took differs from it by at most {} of its knowledge points (overlap {}) but is not recognized: you may apply for a course exemption with a course connection report of more than {} words instead of taking it.",
        rate(e.max_difference),
        rate(e.overlap),
        grouped(e.report_words)
    )
}

/// A literacy course the college offers.
pub fn literacy_option(o: &LiteracyCourse) -> String {
    format!(
        "{} ({}), {} of {}: offered by the college to make up the literacy credits still to take.",
        o.title.get(Lang::En),
        o.code,
        credits(Tenths::from(o.credits)),
        offered_category(o.category)
    )
}

/// A past decision about the same course.
pub fn precedent(p: &Precedent) -> String {
    let course = match (p.from_title.as_deref(), p.from_code.as_deref()) {
        (Some(title), Some(code)) => format!("{title} ({code})"),
        (Some(name), None) | (None, Some(name)) => name.to_owned(),
        (None, None) => "a course".to_owned(),
    };
    let decision = match p.decision {
        Decision::Recognized => "recognized",
        Decision::NotRecognized => "not recognized",
    };
    let overlap = p
        .overlap
        .map(|o| format!(", at {} overlap", rate(o)))
        .unwrap_or_default();
    format!(
        "A decision published on {}: {course} of {} was {decision} as {}{overlap}. It is shown as a fact; this case is judged on its own.",
        p.decided_on, p.from_institution, p.course
    )
}
