//! Who may transfer in (A4, A5): one finding per condition, in a fixed order, each with the passage it
//! applies, the ruling that decided it where one did, and the facts it compared.

mod authentication;
mod entrance;
mod finding;
mod language;
mod performance;
mod revoked;
mod standing;

use crate::engine::case::model::Applicant;
use crate::engine::rules::cite::Cite;
use crate::engine::rules::policy::Policy;
pub use finding::{
    Because, Condition, Detail, Fact, Finding, LanguageDetail, Outcome, PostgraduateDetail,
    RevokedDocument, TestResult, TestVerdict,
};

/// Every finding for an applicant, in [`Condition`] order.
pub fn findings(a: &Applicant, p: &Policy) -> Vec<Finding> {
    vec![
        standing::semesters(a, p),
        standing::final_year(a),
        standing::status(a),
        standing::discipline(a),
        standing::reason(a),
        standing::quota(a),
        finding::flag(
            a.special_enrollment,
            Condition::SpecialEnrollment,
            Cite::A5_2,
            Fact::SpecialEnrollment,
            |special| Detail::SpecialEnrollment { special },
        ),
        finding::flag(
            a.from_lower_level,
            Condition::LowerLevel,
            Cite::A5_1,
            Fact::FromLowerLevel,
            |lower| Detail::LowerLevel { lower },
        ),
        entrance::entrance_exam(a),
        performance::performance(a, p),
        performance::admission_standard(a),
        revoked::revoked_ratio(a, p),
        revoked::revoked_document(
            a,
            Condition::RevocationDocument,
            RevokedDocument::RevocationDocument,
        ),
        revoked::revoked_document(
            a,
            Condition::CompletedStudiesCertificate,
            RevokedDocument::CompletedStudiesCertificate,
        ),
        revoked::research_progress(a),
        authentication::authentication(a, p),
        language::language(a, p),
    ]
}

#[cfg(test)]
mod tests;
