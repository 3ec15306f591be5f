//! The case file, format 1, exactly as `docs/case-file.md` spells it: what the app exports and imports
//! and what `assess` reads. Every field is optional here; numbers are plain JSON numbers. Nothing in
//! this module is trusted: [`validate`] turns it into the checked [`model`].
//!
//! Each struct is declared once, in the schema below: a row per field gives its type, how it is read
//! and written, its identity ([`Field`]) and path, and the range of a number ([`schema`] says how).
//! The words of the format are the enums after it, each word spelled once, on its enum.

use crate::engine::cscse::CscseStep;
use schema::schema;
use serde::{Deserialize, Serialize};

pub mod answer;
pub mod date;
pub mod field;
pub mod fixed;
pub mod json;
pub mod model;
pub mod number;
pub mod parts;
pub mod problem;
pub mod range;
mod schema;
pub mod shape;
pub mod validate;

pub const FORMAT: &str = "transfer-check/case";
pub const VERSION: u32 = 1;

schema! {
    /// A whole case file: one applicant, their courses and the receiving programme.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct CaseFile in TOP at "" by_hand reach |c, i| { get: c, make: c } {
        format: Option<String> = optional => Format;
        version: Option<Num> = optional => Version;
        /// The day the student will apply; the date the rules are applied on.
        assessed_on: Option<String> = omitted => AssessedOn;
        applicant: Applicant = defaulted;
        origin: Origin = defaulted;
        program: Program = defaulted;
        courses: Vec<Course> = defaulted => Courses;
        /// The dates and amounts the plan of the application needs (`docs/planning.md`); absent from
        /// a case that has none.
        plan: Option<Plan> = omitted => Plan;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Applicant in TOP at "applicant." checked reach |c, i| {
        get: &c.applicant,
        make: &mut c.applicant,
    } {
        route: Option<Route> = optional => Route, copy;
        level: Option<Level> = optional => Level, copy;
        revoked: Option<bool> = optional => Revoked, copy;
        semesters_completed: Option<Num> = optional => SemestersCompleted in SEMESTERS, whole;
        in_final_year: Option<bool> = optional => InFinalYear, copy;
        status: Option<Status> = optional => Status, copy;
        disciplinary_record: Option<bool> = optional => DisciplinaryRecord, copy;
        reason: Option<Reason> = optional => Reason, copy;
        receiving_major_has_quota: Option<bool> = optional => Quota, copy;
        special_enrollment: Option<bool> = optional => SpecialEnrollment, copy;
        from_lower_level: Option<bool> = optional => FromLowerLevel, copy;
        explanatory_material: Option<bool> = optional => ExplanatoryMaterial, copy;
        entrance_exam: Option<EntranceExam> = optional => EntranceExam, part(EntranceExam);
        /// The average: its grading system and value together.
        performance: Option<Grade> = optional => Performance, grade(PerformanceValue);
        postgraduate: Option<Postgraduate> = optional => Postgraduate, part(Postgraduate);
        revoked_details: Option<RevokedDetails> = optional => RevokedDetails, part(RevokedDetails);
        authentication: Option<Authentication> = optional => Authentication, part(Authentication);
        language: Option<Language> = optional => Language, part(Language);
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct EntranceExam in TOP at "applicant.entrance_exam." checked reach |c, i| {
        get: c.applicant.entrance_exam.as_ref()?,
        make: c.applicant.entrance_exam.get_or_insert_with(Default::default),
    } {
        score: Option<Num> = optional => EntranceScore in EXAM_SCORE, number;
        receiving_cutoff: Option<Num> = optional => EntranceCutoff in EXAM_SCORE, number;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Postgraduate in TOP at "applicant.postgraduate." checked reach |c, i| {
        get: c.applicant.postgraduate.as_ref()?,
        make: c.applicant.postgraduate.get_or_insert_with(Default::default),
    } {
        admission_standard_not_lower: Option<bool> = optional => AdmissionStandard, copy;
        research_progress_certificate: Option<bool> = optional => ResearchProgressCertificate, copy;
        papers: Option<Vec<Paper>> = optional => Papers, items_opt(Paper);
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Paper in PAPER at "" checked reach |c, i| {
        get: c.applicant.postgraduate.as_ref()?.papers.as_ref()?.get(i)?,
        make: Postgraduate::reach_mut(c, i)?.papers.as_mut()?.get_mut(i)?,
    } {
        first_author: Option<bool> = optional => PaperFirstAuthor, copy;
        wos_core: Option<bool> = optional => PaperWosCore, copy;
        impact_factor: Option<Num> = optional => PaperImpactFactor in IMPACT_FACTOR, number;
        relevant_field: Option<bool> = optional => PaperRelevantField, copy;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct RevokedDetails in TOP at "applicant.revoked_details." checked reach |c, i| {
        get: c.applicant.revoked_details.as_ref()?,
        make: c.applicant.revoked_details.get_or_insert_with(Default::default),
    } {
        revocation_document: Option<bool> = optional => RevocationDocument, copy;
        completed_studies_certificate: Option<bool> = optional => CompletedStudiesCertificate, copy;
        completed_credits: Option<Num> = optional => CompletedCredits in CREDITS_TOTAL, number;
        original_total_credits: Option<Num> = optional
            => OriginalTotalCredits in POSITIVE_TOTAL, number;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Authentication in TOP at "applicant.authentication." checked reach |c, i| {
        get: c.applicant.authentication.as_ref()?,
        make: c.applicant.authentication.get_or_insert_with(Default::default),
    } {
        body: Option<Body> = optional => AuthenticationBody, copy;
        consistent: Option<bool> = optional => AuthenticationConsistent, copy;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Language in TOP at "applicant.language." checked reach |c, i| {
        get: c.applicant.language.as_ref()?,
        make: c.applicant.language.get_or_insert_with(Default::default),
    } {
        major_teaching_language: Option<TeachingLanguage> = optional => TeachingLanguage, copy;
        english_speaking_country: Option<bool> = optional => EnglishSpeakingCountry, copy;
        exemption_certificate: Option<bool> = optional => ExemptionCertificate, copy;
        tests: Option<Vec<LanguageTest>> = optional
            => LanguageTests, kept_items_opt(parts::LanguageTest);
    }

    /// One test result; which scores a test takes is checked in validation, so that errors name the
    /// field.
    #[derive(Clone, Debug, PartialEq)]
    struct LanguageTest in TEST at "" by_hand reach |c, i| {
        get: c.applicant.language.as_ref()?.tests.as_ref()?.get(i)?,
        make: Language::reach_mut(c, i)?.tests.as_mut()?.get_mut(i)?,
    } {
        test: TestKind = required => TestKind;
        overall: Option<Num> = omitted => TestOverall;
        /// The four section scores together; one of them is [`field::FieldPath::section`].
        sections: Option<Vec<Num>> = omitted => TestSections;
        level: Option<Num> = omitted => TestLevel;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Origin in TOP at "origin." checked reach |c, i| { get: &c.origin, make: &mut c.origin } {
        /// The original institution's name, as its transcripts print it (added field: matched to
        /// the catalogue's past decisions).
        institution: Option<String> = omitted => OriginInstitution, copy;
        credit_hours: Option<OriginHours> = optional => OriginCreditHours, part(parts::CreditHours);
        ects_region: Option<EctsRegion> = optional => EctsRegion, copy;
    }

    /// Class hours per credit at the original institution.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct OriginHours in TOP at "origin.credit_hours." by_hand reach |c, i| {
        get: c.origin.credit_hours.as_ref()?,
        make: c.origin.credit_hours.get_or_insert_with(Default::default),
    } {
        theory: Option<Num> = optional => OriginTheoryHours in HOURS_PER_CREDIT;
        practice: Option<Num> = optional => OriginPracticeHours in HOURS_PER_CREDIT;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Program in TOP at "program." checked reach |c, i| { get: &c.program, make: &mut c.program } {
        /// The programme of the catalogue the applicant chose (added field, `docs/catalog.md`).
        catalog: Option<CatalogChoice> = omitted => ProgramCatalog, part_opt(CatalogChoice);
        total_graduation_credits: Option<Num> = optional
            => ProgramTotalCredits in POSITIVE_TOTAL, number;
        credit_hours: Option<ProgramHours> = optional
            => ProgramCreditHours, part(parts::CreditHours);
        literacy_credits_required: Option<Num> = optional
            => LiteracyRequired in LITERACY_REQUIRED, number;
    }

    /// Which programme of which publication of the catalogue the applicant chose.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct CatalogChoice in TOP at "program.catalog." checked reach |c, i| {
        get: c.program.catalog.as_ref()?,
        make: c.program.catalog.get_or_insert_with(Default::default),
    } {
        /// The programme's id in the catalogue, such as `cs-2026`.
        programme: Option<String> = optional => CatalogProgramme, copy;
        /// The day the catalogue the programme was chosen in was published.
        published_on: Option<String> = optional => CatalogPublishedOn, date;
    }

    /// Class hours per credit in the receiving programme.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct ProgramHours in TOP at "program.credit_hours." by_hand reach |c, i| {
        get: c.program.credit_hours.as_ref()?,
        make: c.program.credit_hours.get_or_insert_with(Default::default),
    } {
        theory: Option<Num> = optional => ProgramTheoryHours in HOURS_PER_CREDIT;
        practice: Option<Num> = optional => ProgramPracticeHours in HOURS_PER_CREDIT;
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Course in COURSE at "" checked reach |c, i| {
        get: c.courses.get(i)?,
        make: c.courses.get_mut(i)?,
    } {
        title: Option<String> = optional => CourseTitle, or_default(String);
        /// The course's code at the original institution (added field).
        code: Option<String> = omitted => CourseCode, copy;
        credits: Option<Num> = optional => CourseCredits in COURSE_CREDITS, number;
        credit_unit: Option<CreditUnit> = optional => CourseCreditUnit, or_default(CreditUnit);
        kind: Option<CourseKind> = optional => CourseKind, or_default(CourseKind);
        nature: Option<Nature> = optional => CourseNature, copy;
        grade: Option<Grade> = optional => CourseGrade, grade(CourseGradeValue);
        hours: Option<Num> = optional => CourseHours in HOURS, number;
        weekly_hours: Option<Num> = optional => CourseWeeklyHours in WEEKLY_HOURS, number;
        weeks: Option<Num> = optional => CourseWeeks in WEEKS, number;
        completed_on: Option<String> = optional => CourseCompletedOn, completion_date;
        retake: Option<bool> = optional => CourseRetake, or_false;
        official_transcript: Option<bool> = optional => CourseOfficialTranscript, copy;
        translated_or_official_language: Option<bool> = optional => CourseTranslated, copy;
        regular_institution: Option<bool> = optional => CourseRegularInstitution, copy;
        continuous_study: Option<bool> = optional => CourseContinuousStudy, or_false;
        failed_before_revocation: Option<bool> = optional => CourseFailedBeforeRevocation, or_false;
        practice_certificate: Option<bool> = optional => CoursePracticeCertificate, or_false;
        literacy: Option<Literacy> = optional => CourseLiteracy, part_opt(Literacy);
        /// The receiving programme's course it is matched with.
        matched as "match": Option<Match> = optional => CourseMatch, part_opt(Match);
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Literacy in COURSE at "literacy." checked reach |c, i| {
        get: c.courses.get(i)?.literacy.as_ref()?,
        make: c.courses.get_mut(i)?.literacy.get_or_insert_with(Default::default),
    } {
        category: Option<LiteracyCategory> = optional => CourseLiteracyCategory, copy;
        content_ok: Option<bool> = optional => CourseLiteracyContent, copy;
        assessment_ok: Option<bool> = optional => CourseLiteracyAssessment, copy;
    }

    /// The receiving programme's course a course is matched with.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Match in COURSE at "match." checked reach |c, i| {
        get: c.courses.get(i)?.matched.as_ref()?,
        make: c.courses.get_mut(i)?.matched.get_or_insert_with(Default::default),
    } {
        /// The receiving course's code in the chosen programme of the catalogue (added field).
        code: Option<String> = omitted => CourseMatchCode, copy;
        title: Option<String> = optional => CourseMatchTitle, copy;
        credits: Option<Num> = optional => CourseMatchCredits in COURSE_CREDITS, number;
        hours: Option<Num> = optional => CourseMatchHours in HOURS, number;
        nature: Option<Nature> = optional => CourseMatchNature, copy;
        overlap: Option<Num> = optional => CourseMatchOverlap in OVERLAP, number;
        /// The ids of the receiving course's knowledge points the course taught (added field), each
        /// once.
        covered: Option<Vec<String>> = omitted => CourseMatchCovered, distinct;
    }

    /// The plan of the application: every field optional, dates as `YYYY-MM-DD`.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Plan in TOP at "plan." checked reach |c, i| {
        get: c.plan.as_ref()?,
        make: c.plan.get_or_insert_with(Default::default),
    } {
        /// The first teaching day of the semester applied for.
        semester_start: Option<String> = omitted => SemesterStart, plan_date;
        revocation_announced_on: Option<String> = omitted => RevocationAnnouncedOn, plan_date;
        submitted_on: Option<String> = omitted => SubmittedOn, plan_date;
        vacations: Vec<Vacation> = listed
            => Vacations, kept_items(crate::engine::planning::calendar::Span);
        informed_on: Option<String> = omitted => InformedOn, plan_date;
        tuition_per_year: Option<Num> = omitted => TuitionPerYear in TUITION, number;
        archival_certificate_days: Option<Num> = omitted
            => ArchivalCertificateDays in MAIL_DAYS, whole;
        /// The documents the applicant has ready (added field): the checklist's ticks, kept with the
        /// case so that export, share links and print keep them.
        documents_ready: Vec<DocumentId> = listed => DocumentsReady, set(DocumentId);
        /// Whether the diploma to certify was issued in the Russian Federation, or will be for an
        /// applicant still studying (added field): the CSCSE guide then explains its degree levels and
        /// shows the Russian and Kazakh items (`cscse::Guide`).
        russian_diploma: Option<bool> = omitted => RussianDiploma, copy;
        /// The steps of the CSCSE certification the applicant has done (added field): the guide's
        /// ticks.
        cscse_done: Vec<CscseStep> = listed => CscseDone, set(CscseStep);
    }

    /// A winter or summer vacation of the receiving institution, both ends included.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Vacation in VACATION at "" by_hand reach |c, i| {
        get: c.plan.as_ref()?.vacations.get(i)?,
        make: Plan::reach_mut(c, i)?.vacations.get_mut(i)?,
    } {
        from: Option<String> = optional => VacationFrom;
        to: Option<String> = optional => VacationTo;
    }

    others {
        /// The average's value, where its checks name it.
        PerformanceValue => TOP, "applicant.performance.value";
        /// A whole course (`courses[i]`).
        Course => COURSE, "";
        /// A course grade's value, where its checks name it.
        CourseGradeValue => COURSE, "grade.value";
        /// A whole paper (`applicant.postgraduate.papers[i]`).
        Paper => PAPER, "";
        /// A whole test result (`applicant.language.tests[i]`).
        Test => TEST, "";
        /// A whole vacation (`plan.vacations[i]`).
        Vacation => VACATION, "";
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeachingLanguage {
    English,
    Chinese,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestKind {
    Ielts,
    ToeflIbt,
    Pte,
    Hsk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EctsRegion {
    Eu,
    NonEu,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiteracyCategory {
    GlobalCitizenship,
    Ethics,
    Intercultural,
    Sustainability,
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
