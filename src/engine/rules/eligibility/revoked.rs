//! An institution whose degree-awarding authority was revoked (A4.3.1.c, A4.3.2.c): the share of credits
//! completed, the documents, and the research progress certificate.

use super::finding::{
    missing, not_applicable, pass_if, Because, Condition, Detail, Fact, Finding, RevokedDocument,
};
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::Applicant;
use crate::engine::case::Level;
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::policy::{Param, Policy};

/// The revoked-institution conditions apply only when the original institution's authority was
/// revoked; until that is known they are missing.
fn revoked_gate(a: &Applicant, c: Condition, rule: Cite) -> Option<Finding> {
    match a.revoked {
        None => Some(missing(c, rule, Fact::Revoked)),
        Some(false) => Some(not_applicable(c, rule, Because::NotRevoked)),
        Some(true) => None,
    }
}

pub(super) fn revoked_ratio(a: &Applicant, p: &Policy) -> Finding {
    let c = Condition::RevokedRatio;
    const RULE: Cite = Cite::A4_3_1_c;
    if let Some(f) = revoked_gate(a, c, RULE) {
        return f;
    }
    let Some(level) = a.level else {
        return missing(c, RULE, Fact::Level);
    };
    let min: Param<Fixed> = if level.is_postgraduate() {
        p.revoked_min_ratio_postgraduate
    } else {
        p.revoked_min_ratio_undergraduate
    };
    let Some(completed) = a.revoked_details.completed_credits else {
        return missing(c, min.cite, Fact::CompletedCredits);
    };
    let Some(total) = a.revoked_details.original_total_credits else {
        return missing(c, min.cite, Fact::OriginalTotalCredits);
    };
    let ok = completed.ratio_at_least(total, min.value);
    let f = Finding::new(
        c,
        min.cite,
        pass_if(ok),
        Detail::RevokedRatio {
            completed,
            total,
            min: min.value,
            level,
        },
    )
    .ruling(Ruling::R11);
    if ok {
        f
    } else {
        f.cite(Cite::A5_7)
    }
}

pub(super) fn revoked_document(a: &Applicant, c: Condition, document: RevokedDocument) -> Finding {
    const RULE: Cite = Cite::A4_3_1_c;
    if let Some(f) = revoked_gate(a, c, RULE) {
        return f;
    }
    let (given, fact) = match document {
        RevokedDocument::RevocationDocument => (
            a.revoked_details.revocation_document,
            Fact::RevocationDocument,
        ),
        _ => (
            a.revoked_details.completed_studies_certificate,
            Fact::CompletedStudiesCertificate,
        ),
    };
    let Some(provided) = given else {
        return missing(c, RULE, fact);
    };
    let f = Finding::new(
        c,
        RULE,
        pass_if(provided),
        Detail::Document { document, provided },
    )
    .ruling(Ruling::R11);
    if !provided && document == RevokedDocument::RevocationDocument {
        f.cite(Cite::A5_7)
    } else {
        f
    }
}

pub(super) fn research_progress(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_2_c;
    let c = Condition::ResearchProgress;
    if let Some(f) = revoked_gate(a, c, RULE) {
        return f;
    }
    match a.level {
        None => missing(c, RULE, Fact::Level),
        Some(Level::Undergraduate) => not_applicable(c, RULE, Because::Undergraduate),
        Some(_) => match a.postgraduate.research_progress_certificate {
            None => missing(c, RULE, Fact::ResearchProgressCertificate),
            Some(provided) => Finding::new(
                c,
                RULE,
                pass_if(provided),
                Detail::Document {
                    document: RevokedDocument::ResearchProgressCertificate,
                    provided,
                },
            )
            .ruling(Ruling::R11),
        },
    }
}
