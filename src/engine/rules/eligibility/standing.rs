//! Standing at the original institution (A4.1, A4.2, A4.5, A5.1-A5.3; R14): semesters completed, not in
//! the final year, student status, no disciplinary record, an accepted reason and a quota in the
//! receiving major.

use super::finding::{flag, missing, pass_if, Condition, Detail, Fact, Finding, Outcome};
use crate::engine::case::model::Applicant;
use crate::engine::case::{Reason, Status};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::policy::Policy;

pub(super) fn semesters(a: &Applicant, p: &Policy) -> Finding {
    let min = p.min_semesters;
    let Some(completed) = a.semesters_completed else {
        return missing(Condition::Semesters, min.cite, Fact::SemestersCompleted);
    };
    Finding::new(
        Condition::Semesters,
        min.cite,
        pass_if(completed >= min.value),
        Detail::Semesters {
            completed,
            min: min.value,
        },
    )
    .ruling(Ruling::R14)
}

pub(super) fn final_year(a: &Applicant) -> Finding {
    let Some(in_final_year) = a.in_final_year else {
        return missing(Condition::FinalYear, Cite::A4_1, Fact::InFinalYear);
    };
    Finding::new(
        Condition::FinalYear,
        Cite::A4_1,
        pass_if(!in_final_year),
        Detail::FinalYear { in_final_year },
    )
    .ruling(Ruling::R14)
}

pub(super) fn status(a: &Applicant) -> Finding {
    let Some(status) = a.status else {
        return missing(Condition::Status, Cite::A4_1, Fact::Status);
    };
    let rule = match status {
        Status::Normal => Cite::A4_1,
        Status::Suspended | Status::AdmissionRetained => Cite::A4_5,
        Status::ExpulsionProposed | Status::Expelled => Cite::A5_3,
    };
    Finding::new(
        Condition::Status,
        rule,
        pass_if(status == Status::Normal),
        Detail::Status { status },
    )
    .ruling(Ruling::R14)
}

pub(super) fn discipline(a: &Applicant) -> Finding {
    flag(
        a.disciplinary_record,
        Condition::Discipline,
        Cite::A4_5,
        Fact::DisciplinaryRecord,
        |record| Detail::Discipline { record },
    )
}

pub(super) fn reason(a: &Applicant) -> Finding {
    let Some(reason) = a.reason else {
        return missing(Condition::Reason, Cite::A4_2, Fact::Reason);
    };
    if reason != Reason::Revoked {
        return Finding::new(
            Condition::Reason,
            Cite::A4_2,
            Outcome::Pass,
            Detail::Reason {
                reason,
                revoked: a.revoked == Some(true),
            },
        );
    }
    // R14: the revocation reason needs an institution whose authority was revoked.
    match a.revoked {
        None => missing(Condition::Reason, Cite::A4_2, Fact::Revoked),
        Some(revoked) => Finding::new(
            Condition::Reason,
            Cite::A4_2,
            pass_if(revoked),
            Detail::Reason { reason, revoked },
        )
        .ruling(Ruling::R14),
    }
}

pub(super) fn quota(a: &Applicant) -> Finding {
    match a.receiving_major_has_quota {
        None => missing(Condition::Quota, Cite::A4_2, Fact::Quota),
        Some(has_quota) => Finding::new(
            Condition::Quota,
            Cite::A4_2,
            pass_if(has_quota),
            Detail::Quota { has_quota },
        )
        .ruling(Ruling::R14),
    }
}
