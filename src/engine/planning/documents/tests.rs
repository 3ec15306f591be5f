//! The checklist for typical cases: which documents come in, and what brings them.

use super::*;
use crate::engine::assess;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::{Literacy, Plan};
use crate::engine::case::{CourseKind, Reason, Route};
use crate::engine::MEASURES_2023_046 as P;

fn case(route: Route, level: Level, revoked: bool) -> Case {
    Case {
        assessed_on: Date::new(2026, 9, 1).unwrap(),
        applicant: Applicant {
            route: Some(route),
            level: Some(level),
            revoked: Some(revoked),
            ..Applicant::default()
        },
        origin: Default::default(),
        program: Default::default(),
        courses: Vec::new(),
        plan: Plan::default(),
    }
}

fn ids(c: &Case) -> Vec<DocumentId> {
    assess(c, &P, None).documents.iter().map(|d| d.id).collect()
}

#[test]
fn a_mainland_undergraduate_hands_in_the_basics_and_the_chsi_report() {
    use DocumentId::*;
    assert_eq!(
        ids(&case(Route::Mainland, Level::Undergraduate, false)),
        [
            ApplicationForm,
            StudentStatusCertificate,
            OfficialTranscript,
            CourseCompatibility,
            ChsiReportAndAdmissionRoster
        ]
    );
}

#[test]
fn an_international_applicant_and_p10_p11() {
    use DocumentId::*;
    let mut c = case(Route::International, Level::Undergraduate, false);
    c.plan.tuition_per_year = Some(Fixed::lit("12345.5"));
    let a = assess(&c, &P, None);
    let list: Vec<_> = a.documents.iter().map(|d| d.id).collect();
    assert!(list.contains(&LanguageCertificate) && list.contains(&Translations));
    let proof = a.documents.iter().find(|d| d.id == FinancialProof).unwrap();
    assert_eq!(proof.min_amount_yuan, Some(18_518));
    assert_eq!(proof.ruling, Some(Ruling::P11));
    let translations = a.documents.iter().find(|d| d.id == Translations).unwrap();
    assert_eq!(translations.need, Need::Conditional);
    // P10: from an English-speaking country to an English-taught major, no language certificate.
    c.applicant.language.english_speaking_country = Some(true);
    c.applicant.language.major_teaching_language = Some(TeachingLanguage::English);
    assert!(!ids(&c).contains(&LanguageCertificate));
}

#[test]
fn a_revoked_postgraduate_with_a_health_reason() {
    use DocumentId::*;
    let mut c = case(Route::Mainland, Level::Master, true);
    c.applicant.reason = Some(Reason::Health);
    c.plan.revocation_announced_on = Date::new(2026, 5, 31);
    c.plan.submitted_on = Date::new(2026, 8, 31);
    let a = assess(&c, &P, None);
    let list: Vec<_> = a.documents.iter().map(|d| d.id).collect();
    for id in [
        ResearchAchievements,
        SupervisorRecommendation,
        DiagnosisCertificate,
        RevocationAnnouncement,
        CompletedStudiesStatement,
        ClosedInstitutionProofs,
        ResearchProgressCertificate,
    ] {
        assert!(list.contains(&id), "{id:?}");
    }
    let diagnosis = a
        .documents
        .iter()
        .find(|d| d.id == DiagnosisCertificate)
        .unwrap();
    // P12: 6 months before 31 August is 28 February, the month's last day.
    assert_eq!(diagnosis.issued_on_or_after, Date::new(2026, 2, 28));
    assert_eq!(diagnosis.group(), Group::Reason);
}

#[test]
fn courses_bring_in_their_papers_and_name_themselves() {
    use DocumentId::*;
    let mut c = case(Route::Mainland, Level::Undergraduate, true);
    c.courses = vec![
        Course {
            literacy: Some(Literacy::default()),
            ..Course::default()
        },
        Course {
            kind: CourseKind::Internship,
            practice_certificate: true,
            retake: true,
            continuous_study: true,
            grade: Some(Grade::Gpa4(Fixed::lit("3.0"))),
            ..Course::default()
        },
    ];
    let a = assess(&c, &P, None);
    let find = |id| a.documents.iter().find(|d| d.id == id).unwrap();
    assert_eq!(
        find(LiteracyCourseMaterials).because,
        [FieldPath::course(0, Field::CourseLiteracy)]
    );
    assert_eq!(
        find(PracticeCertificates).because,
        [FieldPath::course(1, Field::CoursePracticeCertificate)]
    );
    assert_eq!(find(RetakeExplanation).cite, Cite::A8_4);
    assert_eq!(find(ContinuousStudyProof).cite, Cite::A8_2);
    assert_eq!(
        find(GpaMethodExplanation).because,
        [FieldPath::course(1, Field::CourseGradeValue)]
    );
    // Without a route, nothing that needs one.
    c.applicant.route = None;
    assert!(!ids(&c).contains(&GpaMethodExplanation));
    assert!(!ids(&c).contains(&ChsiReportAndAdmissionRoster));
}
