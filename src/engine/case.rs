//! The case file, format 1, exactly as `spec/case-file.md` spells it: what the app exports and imports
//! and what `assess` reads. Every field is optional here; numbers are plain JSON numbers. Nothing in
//! this module is trusted: [`super::validate`] turns it into the checked [`super::model`].

use super::cscse::CscseStep;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub const FORMAT: &str = "transfer-check/case";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub format: Option<String>,
    pub version: Option<Num>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_on: Option<String>,
    #[serde(default, deserialize_with = "object_or_default")]
    pub applicant: Applicant,
    #[serde(default, deserialize_with = "object_or_default")]
    pub origin: Origin,
    #[serde(default, deserialize_with = "object_or_default")]
    pub program: Program,
    #[serde(default, deserialize_with = "objects_or_empty")]
    pub courses: Vec<Course>,
    /// The dates and amounts the plan of the application needs (`spec/planning.md`); absent from a
    /// case that has none.
    #[serde(
        default,
        deserialize_with = "object",
        skip_serializing_if = "Option::is_none"
    )]
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

// serde reads a struct from a JSON array of its field values as readily as from an object; the
// format has objects only, so every object-valued field goes through these, which accept a map and
// nothing else. `null` for an optional object or list means the same as leaving it out.

/// Reads `T` from a JSON object only.
struct ObjectOnly<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectOnly<T> {
    type Value = T;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
    }
}

impl<'de, T: Deserialize<'de>> serde::de::DeserializeSeed<'de> for ObjectOnly<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_map(self)
    }
}

fn object_only<T>() -> ObjectOnly<T> {
    ObjectOnly(std::marker::PhantomData)
}

/// A list whose items are objects.
struct ObjectList<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectList<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of objects")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element_seed(object_only::<T>())? {
            items.push(item);
        }
        Ok(items)
    }
}

/// An optional value read by `seed` when present and not `null`.
struct Nullable<S>(S);

impl<'de, S: serde::de::DeserializeSeed<'de>> serde::de::Visitor<'de> for Nullable<S> {
    type Value = Option<S::Value>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value or null")
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(d).map(Some)
    }
}

struct ListSeed<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::DeserializeSeed<'de> for ListSeed<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
        d.deserialize_seq(ObjectList(std::marker::PhantomData))
    }
}

fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_option(Nullable(object_only::<T>()))
}

fn object_or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    object(d).map(Option::unwrap_or_default)
}

fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Vec<T>>, D::Error> {
    d.deserialize_option(Nullable(ListSeed(std::marker::PhantomData)))
}

fn objects_or_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    objects(d).map(Option::unwrap_or_default)
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    #[serde(default, deserialize_with = "object")]
    pub entrance_exam: Option<EntranceExam>,
    #[serde(default, deserialize_with = "object")]
    pub performance: Option<Grade>,
    #[serde(default, deserialize_with = "object")]
    pub postgraduate: Option<Postgraduate>,
    #[serde(default, deserialize_with = "object")]
    pub revoked_details: Option<RevokedDetails>,
    #[serde(default, deserialize_with = "object")]
    pub authentication: Option<Authentication>,
    #[serde(default, deserialize_with = "object")]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntranceExam {
    pub score: Option<Num>,
    pub receiving_cutoff: Option<Num>,
}

/// A JSON number as written; integers print without a fraction (`4`, not `4.0`) when a case is saved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = self.0;
        if n.fract() == 0.0 && n.abs() < 1e15 {
            s.serialize_i64(n as i64)
        } else {
            s.serialize_f64(n)
        }
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Num, D::Error> {
        f64::deserialize(d).map(Num)
    }
}

/// A grade in the applicant's own system: `{"system": "...", "value": ...}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

impl Serialize for GradeValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            GradeValue::Number(n) => Num(*n).serialize(s),
            GradeValue::Word(w) => s.serialize_str(w),
        }
    }
}

impl<'de> Deserialize<'de> for GradeValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<GradeValue, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = GradeValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a grade word")
            }
            fn visit_f64<E>(self, v: f64) -> Result<GradeValue, E> {
                Ok(GradeValue::Number(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<GradeValue, E> {
                Ok(GradeValue::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<GradeValue, E> {
                Ok(GradeValue::Number(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> Result<GradeValue, E> {
                Ok(GradeValue::Word(v.to_owned()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Postgraduate {
    pub admission_standard_not_lower: Option<bool>,
    pub research_progress_certificate: Option<bool>,
    #[serde(default, deserialize_with = "objects")]
    pub papers: Option<Vec<Paper>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    pub first_author: Option<bool>,
    pub wos_core: Option<bool>,
    pub impact_factor: Option<Num>,
    pub relevant_field: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokedDetails {
    pub revocation_document: Option<bool>,
    pub completed_studies_certificate: Option<bool>,
    pub completed_credits: Option<Num>,
    pub original_total_credits: Option<Num>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub major_teaching_language: Option<TeachingLanguage>,
    pub english_speaking_country: Option<bool>,
    pub exemption_certificate: Option<bool>,
    #[serde(default, deserialize_with = "objects")]
    pub tests: Option<Vec<LanguageTest>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeachingLanguage {
    English,
    Chinese,
}

/// One test result; which fields a test takes is checked in validation, so that errors name the field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageTest {
    pub test: TestKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall: Option<Num>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Num>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    #[serde(default, deserialize_with = "object")]
    pub credit_hours: Option<CreditHours>,
    pub ects_region: Option<EctsRegion>,
}

/// Class hours per credit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub total_graduation_credits: Option<Num>,
    #[serde(default, deserialize_with = "object")]
    pub credit_hours: Option<CreditHours>,
    pub literacy_credits_required: Option<Num>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub title: Option<String>,
    pub credits: Option<Num>,
    pub credit_unit: Option<CreditUnit>,
    pub kind: Option<CourseKind>,
    pub nature: Option<Nature>,
    #[serde(default, deserialize_with = "object")]
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
    #[serde(default, deserialize_with = "object")]
    pub literacy: Option<Literacy>,
    #[serde(rename = "match", default, deserialize_with = "object")]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Match {
    pub title: Option<String>,
    pub credits: Option<Num>,
    pub hours: Option<Num>,
    pub nature: Option<Nature>,
    pub overlap: Option<Num>,
}

/// The plan of the application: every field optional, dates as `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semester_start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_announced_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_on: Option<String>,
    #[serde(
        default,
        deserialize_with = "objects_or_empty",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub vacations: Vec<Vacation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub informed_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuition_per_year: Option<Num>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archival_certificate_days: Option<Num>,
    /// The documents the applicant has ready (added field): the checklist's ticks, kept with the case
    /// so that export, share links and print keep them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents_ready: Vec<DocumentId>,
    /// Whether the diploma to certify was issued in the Russian Federation (added field): the CSCSE
    /// guide then explains its degree levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub russian_diploma: Option<bool>,
    /// The steps of the CSCSE certification the applicant has done (added field): the guide's ticks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cscse_done: Vec<CscseStep>,
}

/// A winter or summer vacation of the receiving institution, both ends included.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vacation {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A document of the application checklist (`spec/planning.md`), in the order the checklist lists
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
