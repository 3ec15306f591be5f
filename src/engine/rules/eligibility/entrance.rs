//! The entrance examination score against the receiving major's cut-off (A4.3.1; R14).

use super::finding::{missing, not_applicable, pass_if, Because, Condition, Detail, Fact, Finding};
use crate::engine::case::model::Applicant;
use crate::engine::case::Route;
use crate::engine::rules::cite::{Cite, Ruling};

pub(super) fn entrance_exam(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_1;
    let c = Condition::EntranceExam;
    match a.level {
        None => return missing(c, RULE, Fact::Level),
        Some(l) if l.is_postgraduate() => return not_applicable(c, RULE, Because::Postgraduate),
        Some(_) => {}
    }
    match a.route {
        Some(Route::International) => return not_applicable(c, RULE, Because::InternationalRoute),
        None => return missing(c, RULE, Fact::Route),
        Some(_) => {}
    }
    let Some(score) = a.entrance_exam.score else {
        return missing(c, RULE, Fact::EntranceScore);
    };
    let Some(cutoff) = a.entrance_exam.receiving_cutoff else {
        return missing(c, RULE, Fact::EntranceCutoff);
    };
    Finding::new(
        c,
        RULE,
        pass_if(score >= cutoff),
        Detail::EntranceExam { score, cutoff },
    )
    .ruling(Ruling::R14)
}
