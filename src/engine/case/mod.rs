//! The case file, format 1, exactly as `docs/case-file.md` spells it: what the app exports and imports
//! and what `assess` reads. Every field is optional here; numbers are plain JSON numbers. Nothing in
//! this module is trusted: [`validate`] turns it into the checked [`model`].

use crate::engine::cscse::CscseStep;
use serde::{Deserialize, Serialize};

pub mod date;
pub mod field;
pub mod fixed;
pub mod json;
pub mod model;
pub mod number;
pub mod problem;
pub mod shape;
pub mod validate;

pub const FORMAT: &str = "transfer-check/case";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaseFile {
    pub format: Option<String>,
    pub version: Option<Num>,
    pub assessed_on: Option<String>,
    pub applicant: Applicant,
    pub origin: Origin,
    pub program: Program,
    pub courses: Vec<Course>,
    /// The dates and amounts the plan of the application needs (`docs/planning.md`); absent from a
    /// case that has none.
    pub plan: Option<Plan>,
}

impl CaseFile {
    /// An empty case of the current format, the starting point of a new self-assessment.
    pub fn new() -> CaseFile {
        CaseFile {
            format: Some(FORMAT.to_owned()),
            version: Some(Num(f64::from(VERSION))),
            ..CaseFile::default()
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applicant {
    pub route: Option<Route>,
    pub level: Option<Level>,
    pub revoked: Option<bool>,
    pub semesters_completed: Option<Num>,
    pub in_final_year: Option<bool>,
    pub status: Option<Status>,
    pub disciplinary_record: Option<bool>,
    pub reason: Option<Reason>,
    pub receiving_major_has_quota: Option<bool>,
    pub special_enrollment: Option<bool>,
    pub from_lower_level: Option<bool>,
    pub explanatory_material: Option<bool>,
    pub entrance_exam: Option<EntranceExam>,
    pub performance: Option<Grade>,
    pub postgraduate: Option<Postgraduate>,
    pub revoked_details: Option<RevokedDetails>,
    pub authentication: Option<Authentication>,
    pub language: Option<Language>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    Mainland,
    Hmt,
    SinoForeign,
    International,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Undergraduate,
    Master,
    Doctoral,
}

impl Level {
    pub fn is_postgraduate(self) -> bool {
        self != Level::Undergraduate
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Normal,
    Suspended,
    AdmissionRetained,
    ExpulsionProposed,
    Expelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Health,
    Family,
    Academic,
    Revoked,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntranceExam {
    pub score: Option<Num>,
    pub receiving_cutoff: Option<Num>,
}

/// A JSON number as written; integers print without a fraction (`4`, not `4.0`) when a case is saved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

/// A grade in the applicant's own system: `{"system": "...", "value": ...}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    pub system: GradeSystem,
    pub value: GradeValue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GradeSystem {
    Percentage,
    FiveLevel,
    FourLevel,
    Gpa4,
    Ects,
}

/// A grade's value before it is checked against its system: a number or a word.
#[derive(Clone, Debug, PartialEq)]
pub enum GradeValue {
    Number(f64),
    Word(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Postgraduate {
    pub admission_standard_not_lower: Option<bool>,
    pub research_progress_certificate: Option<bool>,
    pub papers: Option<Vec<Paper>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paper {
    pub first_author: Option<bool>,
    pub wos_core: Option<bool>,
    pub impact_factor: Option<Num>,
    pub relevant_field: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RevokedDetails {
    pub revocation_document: Option<bool>,
    pub completed_studies_certificate: Option<bool>,
    pub completed_credits: Option<Num>,
    pub original_total_credits: Option<Num>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Authentication {
    pub body: Option<Body>,
    pub consistent: Option<bool>,
}

/// Authentication bodies (A4.4, R13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Chsi,
    HmtOffice,
    Hkcaavq,
    Gaes,
    TaiwanMoe,
    SinoForeignPlatform,
    Cscse,
    Naric,
    WesUs,
    Ece,
    Aqf,
    WesCanada,
    Icas,
    Qaa,
    Other,
}

impl Body {
    pub const ALL: [Body; 15] = [
        Body::Chsi,
        Body::HmtOffice,
        Body::Hkcaavq,
        Body::Gaes,
        Body::TaiwanMoe,
        Body::SinoForeignPlatform,
        Body::Cscse,
        Body::Naric,
        Body::WesUs,
        Body::Ece,
        Body::Aqf,
        Body::WesCanada,
        Body::Icas,
        Body::Qaa,
        Body::Other,
    ];
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Language {
    pub major_teaching_language: Option<TeachingLanguage>,
    pub english_speaking_country: Option<bool>,
    pub exemption_certificate: Option<bool>,
    pub tests: Option<Vec<LanguageTest>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeachingLanguage {
    English,
    Chinese,
}

/// One test result; which fields a test takes is checked in validation, so that errors name the field.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageTest {
    pub test: TestKind,
    pub overall: Option<Num>,
    pub sections: Option<Vec<Num>>,
    pub level: Option<Num>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestKind {
    Ielts,
    ToeflIbt,
    Pte,
    Hsk,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Origin {
    pub credit_hours: Option<CreditHours>,
    pub ects_region: Option<EctsRegion>,
}

/// Class hours per credit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreditHours {
    pub theory: Option<Num>,
    pub practice: Option<Num>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EctsRegion {
    Eu,
    NonEu,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub total_graduation_credits: Option<Num>,
    pub credit_hours: Option<CreditHours>,
    pub literacy_credits_required: Option<Num>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Course {
    pub title: Option<String>,
    pub credits: Option<Num>,
    pub credit_unit: Option<CreditUnit>,
    pub kind: Option<CourseKind>,
    pub nature: Option<Nature>,
    pub grade: Option<Grade>,
    pub hours: Option<Num>,
    pub weekly_hours: Option<Num>,
    pub weeks: Option<Num>,
    pub completed_on: Option<String>,
    pub retake: Option<bool>,
    pub official_transcript: Option<bool>,
    pub translated_or_official_language: Option<bool>,
    pub regular_institution: Option<bool>,
    pub continuous_study: Option<bool>,
    pub failed_before_revocation: Option<bool>,
    pub practice_certificate: Option<bool>,
    pub literacy: Option<Literacy>,
    pub matched: Option<Match>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditUnit {
    #[default]
    Local,
    Ects,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseKind {
    #[default]
    Theory,
    Practice,
    Internship,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    Compulsory,
    Elective,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Literacy {
    pub category: Option<LiteracyCategory>,
    pub content_ok: Option<bool>,
    pub assessment_ok: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiteracyCategory {
    GlobalCitizenship,
    Ethics,
    Intercultural,
    Sustainability,
}

/// The receiving programme's course a course is matched with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Match {
    pub title: Option<String>,
    pub credits: Option<Num>,
    pub hours: Option<Num>,
    pub nature: Option<Nature>,
    pub overlap: Option<Num>,
}

/// The plan of the application: every field optional, dates as `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub semester_start: Option<String>,
    pub revocation_announced_on: Option<String>,
    pub submitted_on: Option<String>,
    pub vacations: Vec<Vacation>,
    pub informed_on: Option<String>,
    pub tuition_per_year: Option<Num>,
    pub archival_certificate_days: Option<Num>,
    /// The documents the applicant has ready (added field): the checklist's ticks, kept with the case
    /// so that export, share links and print keep them.
    pub documents_ready: Vec<DocumentId>,
    /// Whether the diploma to certify was issued in the Russian Federation (added field): the CSCSE
    /// guide then explains its degree levels.
    pub russian_diploma: Option<bool>,
    /// The steps of the CSCSE certification the applicant has done (added field): the guide's ticks.
    pub cscse_done: Vec<CscseStep>,
}

/// A winter or summer vacation of the receiving institution, both ends included.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vacation {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A document of the application checklist (`docs/planning.md`), in the order the checklist lists
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentId {
    ApplicationForm,
    StudentStatusCertificate,
    OfficialTranscript,
    CourseCompatibility,
    ChsiReportAndAdmissionRoster,
    HmtAuthenticationAndRanking,
    SinoForeignRecordAndReport,
    AuthenticationReport,
    LanguageCertificate,
    FinancialProof,
    ResearchAchievements,
    SupervisorRecommendation,
    MajorRecommendationLetter,
    DiagnosisCertificate,
    FamilyDifficultyCertificate,
    RevocationAnnouncement,
    CompletedStudiesStatement,
    ClosedInstitutionProofs,
    ResearchProgressCertificate,
    LiteracyCourseMaterials,
    EctsTranscriptOfRecords,
    EctsImplementationRules,
    GpaMethodExplanation,
    PracticeCertificates,
    ContinuousStudyProof,
    RetakeExplanation,
    ExplanatoryMaterial,
    Translations,
}

impl DocumentId {
    pub const ALL: [DocumentId; 28] = [
        DocumentId::ApplicationForm,
        DocumentId::StudentStatusCertificate,
        DocumentId::OfficialTranscript,
        DocumentId::CourseCompatibility,
        DocumentId::ChsiReportAndAdmissionRoster,
        DocumentId::HmtAuthenticationAndRanking,
        DocumentId::SinoForeignRecordAndReport,
        DocumentId::AuthenticationReport,
        DocumentId::LanguageCertificate,
        DocumentId::FinancialProof,
        DocumentId::ResearchAchievements,
        DocumentId::SupervisorRecommendation,
        DocumentId::MajorRecommendationLetter,
        DocumentId::DiagnosisCertificate,
        DocumentId::FamilyDifficultyCertificate,
        DocumentId::RevocationAnnouncement,
        DocumentId::CompletedStudiesStatement,
        DocumentId::ClosedInstitutionProofs,
        DocumentId::ResearchProgressCertificate,
        DocumentId::LiteracyCourseMaterials,
        DocumentId::EctsTranscriptOfRecords,
        DocumentId::EctsImplementationRules,
        DocumentId::GpaMethodExplanation,
        DocumentId::PracticeCertificates,
        DocumentId::ContinuousStudyProof,
        DocumentId::RetakeExplanation,
        DocumentId::ExplanatoryMaterial,
        DocumentId::Translations,
    ];
}
