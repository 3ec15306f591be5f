//! The documents checklist (A9 with A4.2, A4.3.2.c, A5.6, A6.1, A6.2.4.b, A7.1.3, A7.3.2, A8.1, A8.2,
//! A8.4): which papers this applicant hands in, each with the passage that asks for it and the facts
//! of the case that brought it in. An absent fact brings in nothing that needs it.

use crate::engine::case::date::Date;
use crate::engine::case::field::FieldPath;
use crate::engine::case::model::{Applicant, Case, Course};
use crate::engine::case::Field;
use crate::engine::case::{
    CourseKind, DocumentId, EctsRegion, Level, Reason, Route, TeachingLanguage,
};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::eligibility::{Condition, Finding, Outcome};
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::Policy;
use serde::Serialize;

/// Whether the document is needed, or needed only if a condition holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Required,
    Conditional,
}

/// The checklist's groups, in the order a page lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Every applicant's papers (A9.1).
    Basic,
    /// The papers of the applicant's route and level (A9.2.1-A9.2.3).
    Route,
    /// The papers of the applicant's reason, a revoked institution included (A9.2.4, A4.2).
    Reason,
    /// Papers that particular courses, grades or circumstances bring in.
    Conditional,
}

/// One document of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: DocumentId,
    pub cite: Cite,
    /// Further passages that say what it must show.
    pub cites: Vec<Cite>,
    pub need: Need,
    /// The answers that brought it in; empty for a document every applicant hands in.
    pub because: Vec<FieldPath>,
    /// The diagnosis certificate's earliest date of issue (P12).
    pub issued_on_or_after: Option<Date>,
    /// The financial proof's least amount, in whole yuan (P11).
    pub min_amount_yuan: Option<i64>,
    /// The planning ruling that decided a figure of this entry.
    pub ruling: Option<Ruling>,
}

impl Document {
    fn new(id: DocumentId, cite: Cite) -> Document {
        Document {
            id,
            cite,
            cites: Vec::new(),
            need: Need::Required,
            because: Vec::new(),
            issued_on_or_after: None,
            min_amount_yuan: None,
            ruling: None,
        }
    }

    fn because(mut self, fields: impl IntoIterator<Item = FieldPath>) -> Document {
        self.because.extend(fields);
        self
    }

    fn cites(mut self, cites: &[Cite]) -> Document {
        self.cites.extend_from_slice(cites);
        self
    }

    fn conditional(mut self) -> Document {
        self.need = Need::Conditional;
        self
    }

    pub fn group(&self) -> Group {
        group(self.id)
    }
}

/// The group a document is listed in.
pub fn group(id: DocumentId) -> Group {
    use DocumentId::*;
    match id {
        ApplicationForm | StudentStatusCertificate | OfficialTranscript | CourseCompatibility => {
            Group::Basic
        }
        ChsiReportAndAdmissionRoster
        | HmtAuthenticationAndRanking
        | SinoForeignRecordAndReport
        | AuthenticationReport
        | LanguageCertificate
        | FinancialProof
        | ResearchAchievements
        | SupervisorRecommendation => Group::Route,
        MajorRecommendationLetter
        | DiagnosisCertificate
        | FamilyDifficultyCertificate
        | RevocationAnnouncement
        | CompletedStudiesStatement
        | ResearchProgressCertificate => Group::Reason,
        ClosedInstitutionProofs
        | LiteracyCourseMaterials
        | EctsTranscriptOfRecords
        | EctsImplementationRules
        | GpaMethodExplanation
        | PracticeCertificates
        | ContinuousStudyProof
        | RetakeExplanation
        | ExplanatoryMaterial
        | Translations => Group::Conditional,
    }
}

/// The checklist for a case, in the order of `docs/planning.md`'s table. `submitted_on` is the
/// plan's day of handing in (the window's, P4), which dates the diagnosis certificate (P12).
pub fn documents(
    case: &Case,
    findings: &[Finding],
    submitted_on: Option<Date>,
    p: &Policy,
) -> Vec<Document> {
    let a = &case.applicant;
    let mut list: Vec<Document> = [
        (DocumentId::ApplicationForm, Cite::A9_1_1),
        (DocumentId::StudentStatusCertificate, Cite::A9_1_2),
        (DocumentId::OfficialTranscript, Cite::A9_1_3),
        (DocumentId::CourseCompatibility, Cite::A9_1_4),
    ]
    .into_iter()
    .map(|(id, cite)| Document::new(id, cite))
    .collect();
    list.extend(route_documents(case, p));
    list.extend(level_documents(a));
    list.extend(reason_documents(a, submitted_on, p));
    list.extend(course_documents(case, findings));
    if a.route == Some(Route::International) {
        list.push(
            Document::new(DocumentId::Translations, Cite::A8_1)
                .because([Field::Route.into()])
                .conditional(),
        );
    }
    list
}

fn route_documents(case: &Case, p: &Policy) -> Vec<Document> {
    let a = &case.applicant;
    let route = [FieldPath::from(Field::Route)];
    let one = |id, cite| vec![Document::new(id, cite).because(route)];
    match a.route {
        Some(Route::Mainland) => one(DocumentId::ChsiReportAndAdmissionRoster, Cite::A9_2_1_a),
        Some(Route::Hmt) => one(DocumentId::HmtAuthenticationAndRanking, Cite::A9_2_1_b),
        Some(Route::SinoForeign) => one(DocumentId::SinoForeignRecordAndReport, Cite::A9_2_1_c),
        Some(Route::International) => {
            let mut list = one(DocumentId::AuthenticationReport, Cite::A9_2_2_a);
            if needs_language_certificate(a) {
                list.push(
                    Document::new(DocumentId::LanguageCertificate, Cite::A9_2_2_b)
                        .cites(&[Cite::A4_4_2_b])
                        .because(route),
                );
            }
            list.push(financial_proof(case, p));
            list
        }
        None => Vec::new(),
    }
}

/// P10: every international applicant hands in a language certificate, except one from an
/// English-speaking country applying to an English-taught major.
fn needs_language_certificate(a: &Applicant) -> bool {
    let exempt = a.language.english_speaking_country == Some(true)
        && a.language.major_teaching_language == Some(TeachingLanguage::English);
    !exempt
}

/// P11: at least 1.5 times the receiving institution's tuition, rounded half-up to a whole yuan.
fn financial_proof(case: &Case, p: &Policy) -> Document {
    let mut d =
        Document::new(DocumentId::FinancialProof, Cite::A9_2_2_c).because([Field::Route.into()]);
    let least = case
        .plan
        .tuition_per_year
        .and_then(|tuition| tuition.checked_mul(p.financial_proof_tuition_factor.value));
    if let Some(least) = least {
        // Thousandths of a yuan, never negative: add half a yuan and cut.
        d.min_amount_yuan = Some((least.milli() + 500) / 1000);
        d.because.push(Field::TuitionPerYear.into());
        d.ruling = Some(Ruling::P11);
    }
    d
}

fn level_documents(a: &Applicant) -> Vec<Document> {
    if !matches!(a.level, Some(Level::Master | Level::Doctoral)) {
        return Vec::new();
    }
    let level = [FieldPath::from(Field::Level)];
    vec![
        Document::new(DocumentId::ResearchAchievements, Cite::A9_2_3_a).because(level),
        Document::new(DocumentId::SupervisorRecommendation, Cite::A9_2_3_b).because(level),
    ]
}

fn reason_documents(a: &Applicant, submitted_on: Option<Date>, p: &Policy) -> Vec<Document> {
    let reason = [FieldPath::from(Field::Reason)];
    let mut list = Vec::new();
    match a.reason {
        Some(Reason::Academic) => list
            .push(Document::new(DocumentId::MajorRecommendationLetter, Cite::A4_2).because(reason)),
        Some(Reason::Health) => {
            let mut d = Document::new(DocumentId::DiagnosisCertificate, Cite::A9_2_4_a)
                .cites(&[Cite::A4_2])
                .because(reason);
            // P12: issued within the 6 months before the materials are handed in.
            if let Some(day) = submitted_on {
                let months = p.diagnosis_certificate_max_age.value.count() as i32;
                d.issued_on_or_after = Some(day.plus_months(-months));
                d.ruling = Some(Ruling::P12);
            }
            list.push(d);
        }
        Some(Reason::Family) => list.push(
            Document::new(DocumentId::FamilyDifficultyCertificate, Cite::A9_2_4_b).because(reason),
        ),
        _ => {}
    }
    if a.revoked == Some(true) {
        let revoked = [FieldPath::from(Field::Revoked)];
        list.push(
            Document::new(DocumentId::RevocationAnnouncement, Cite::A9_2_4_c).because(revoked),
        );
        list.push(
            Document::new(DocumentId::CompletedStudiesStatement, Cite::A9_2_4_c).because(revoked),
        );
        list.push(
            Document::new(DocumentId::ClosedInstitutionProofs, Cite::A9_2_4_c)
                .because(revoked)
                .conditional(),
        );
        if matches!(a.level, Some(Level::Master | Level::Doctoral)) {
            list.push(
                Document::new(DocumentId::ResearchProgressCertificate, Cite::A4_3_2_c)
                    .because([Field::Revoked.into(), Field::Level.into()]),
            );
        }
    }
    list
}

/// Papers that courses, grades and the performance finding bring in.
fn course_documents(case: &Case, findings: &[Finding]) -> Vec<Document> {
    let a = &case.applicant;
    let courses = |keep: fn(&Course) -> bool, field: Field| -> Vec<FieldPath> {
        case.courses
            .iter()
            .enumerate()
            .filter(|(_, c)| keep(c))
            .map(|(i, _)| FieldPath::course(i, field))
            .collect()
    };
    let mut list = Vec::new();
    let mut add = |id, cite, because: Vec<FieldPath>| {
        if !because.is_empty() {
            list.push(Document::new(id, cite).because(because));
        }
    };
    add(
        DocumentId::LiteracyCourseMaterials,
        Cite::A7_3_2,
        courses(|c| c.literacy.is_some(), Field::CourseLiteracy),
    );
    let region = |r| {
        (case.origin.ects_region == Some(r))
            .then(|| FieldPath::from(Field::EctsRegion))
            .into_iter()
            .collect()
    };
    add(
        DocumentId::EctsTranscriptOfRecords,
        Cite::A7_1_3_a,
        region(EctsRegion::Eu),
    );
    add(
        DocumentId::EctsImplementationRules,
        Cite::A7_1_3_b,
        region(EctsRegion::NonEu),
    );
    add(
        DocumentId::GpaMethodExplanation,
        Cite::A6_1,
        gpa_grades(case),
    );
    let practice = if a.revoked == Some(true) {
        courses(
            |c| {
                matches!(c.kind, CourseKind::Practice | CourseKind::Internship)
                    && c.practice_certificate
            },
            Field::CoursePracticeCertificate,
        )
    } else {
        Vec::new()
    };
    add(DocumentId::PracticeCertificates, Cite::A6_2_4_b, practice);
    add(
        DocumentId::ContinuousStudyProof,
        Cite::A8_2,
        courses(|c| c.continuous_study, Field::CourseContinuousStudy),
    );
    let retakes = if a.level == Some(Level::Undergraduate) {
        courses(|c| c.retake, Field::CourseRetake)
    } else {
        Vec::new()
    };
    add(DocumentId::RetakeExplanation, Cite::A8_4, retakes);
    add(
        DocumentId::ExplanatoryMaterial,
        Cite::A5_6,
        explanatory(a, findings),
    );
    list
}

/// R3: Table A6.1 asks how a GPA was computed, on every route but the international one.
fn gpa_grades(case: &Case) -> Vec<FieldPath> {
    let route = case.applicant.route;
    if route.is_none() || route == Some(Route::International) {
        return Vec::new();
    }
    let average = matches!(case.applicant.performance, Some(Grade::Gpa4(_)))
        .then(|| FieldPath::from(Field::PerformanceValue));
    let courses = case
        .courses
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.grade, Some(Grade::Gpa4(_))))
        .map(|(i, _)| FieldPath::course(i, Field::CourseGradeValue));
    average.into_iter().chain(courses).collect()
}

/// R4: the performance finding is in review because explanatory material was given.
fn explanatory(a: &Applicant, findings: &[Finding]) -> Vec<FieldPath> {
    let in_review = findings.iter().any(|f| {
        f.condition == Condition::Performance
            && f.outcome == Outcome::Review
            && f.rulings.contains(&Ruling::R4)
    });
    (in_review && a.explanatory_material == Some(true))
        .then(|| FieldPath::from(Field::ExplanatoryMaterial))
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests;
