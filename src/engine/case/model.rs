//! The checked facts of a case: what the rules read. Built only by [`crate::engine::case::validate`], so every
//! number is in range, every grade belongs to its system and every date is real. `None` is a fact the
//! applicant did not give; the rules turn it into a `missing` finding, never a guess.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::{
    Body, CourseKind, CreditUnit, DocumentId, EctsRegion, Level, LiteracyCategory, Nature, Reason,
    Route, Status, TeachingLanguage,
};
use crate::engine::cscse::CscseStep;
use crate::engine::planning::calendar::Span;
use crate::engine::rules::grades::Grade;
use std::collections::BTreeSet;

/// The items in a new set or map, inserted one by one. `collect()` into a B-tree sorts first, with a
/// sort compiled for each item type, which the wasm would carry for collections of a few items.
pub fn by_insertion<C: Default + Extend<T>, T>(items: impl IntoIterator<Item = T>) -> C {
    let mut collection = C::default();
    collection.extend(items);
    collection
}

#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// The application date: the case's `assessed_on`, else the day of the assessment.
    pub assessed_on: Date,
    pub applicant: Applicant,
    pub origin: Origin,
    pub program: Program,
    pub courses: Vec<Course>,
    pub plan: Plan,
}

/// The checked plan: real dates between 2000 and 2100, vacations that end after they start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub semester_start: Option<Date>,
    pub revocation_announced_on: Option<Date>,
    pub submitted_on: Option<Date>,
    pub vacations: Vec<Span>,
    pub informed_on: Option<Date>,
    pub tuition_per_year: Option<Fixed>,
    pub archival_certificate_days: Option<u32>,
    pub documents_ready: BTreeSet<DocumentId>,
    pub russian_diploma: Option<bool>,
    pub cscse_done: BTreeSet<CscseStep>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applicant {
    pub route: Option<Route>,
    pub level: Option<Level>,
    pub revoked: Option<bool>,
    pub semesters_completed: Option<u32>,
    pub in_final_year: Option<bool>,
    pub status: Option<Status>,
    pub disciplinary_record: Option<bool>,
    pub reason: Option<Reason>,
    pub receiving_major_has_quota: Option<bool>,
    pub special_enrollment: Option<bool>,
    pub from_lower_level: Option<bool>,
    pub explanatory_material: Option<bool>,
    pub entrance_score: Option<Fixed>,
    pub entrance_cutoff: Option<Fixed>,
    pub performance: Option<Grade>,
    pub admission_standard_not_lower: Option<bool>,
    pub research_progress_certificate: Option<bool>,
    pub papers: Option<Vec<Paper>>,
    pub revocation_document: Option<bool>,
    pub completed_studies_certificate: Option<bool>,
    pub completed_credits: Option<Fixed>,
    /// Validated to be above zero.
    pub original_total_credits: Option<Fixed>,
    pub authentication_body: Option<Body>,
    pub authentication_consistent: Option<bool>,
    pub language: Language,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Paper {
    pub first_author: Option<bool>,
    pub wos_core: Option<bool>,
    pub impact_factor: Option<Fixed>,
    pub relevant_field: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Language {
    pub teaching: Option<TeachingLanguage>,
    pub english_speaking_country: Option<bool>,
    pub exemption_certificate: Option<bool>,
    pub tests: Option<Vec<LanguageTest>>,
}

/// A language test result, with the scores each test has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageTest {
    Ielts {
        overall: Option<Fixed>,
        sections: Option<[Fixed; 4]>,
    },
    ToeflIbt {
        overall: Option<Fixed>,
        sections: Option<[Fixed; 4]>,
    },
    Pte {
        overall: Option<Fixed>,
    },
    Hsk {
        level: Option<u8>,
    },
}

/// Class hours per credit; validated to be above zero.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CreditHours {
    pub theory: Option<Fixed>,
    pub practice: Option<Fixed>,
}

impl CreditHours {
    /// The standard for a course of this kind: practice hours for practice and internship courses.
    pub fn for_kind(&self, kind: CourseKind) -> Option<Fixed> {
        match kind {
            CourseKind::Theory => self.theory,
            CourseKind::Practice | CourseKind::Internship => self.practice,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Origin {
    pub credit_hours: CreditHours,
    pub ects_region: Option<EctsRegion>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub total_graduation_credits: Option<Fixed>,
    pub credit_hours: CreditHours,
    pub literacy_credits_required: Option<Fixed>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Course {
    pub title: String,
    pub credits: Option<Fixed>,
    pub credit_unit: CreditUnit,
    /// A course whose kind is not given is a theory course (G6).
    pub kind: CourseKind,
    pub nature: Option<Nature>,
    pub grade: Option<Grade>,
    pub hours: Option<Fixed>,
    pub weekly_hours: Option<Fixed>,
    pub weeks: Option<Fixed>,
    pub completed_on: Option<Date>,
    pub retake: bool,
    pub official_transcript: Option<bool>,
    pub translated_or_official_language: Option<bool>,
    pub regular_institution: Option<bool>,
    pub continuous_study: bool,
    pub failed_before_revocation: bool,
    pub practice_certificate: bool,
    pub literacy: Option<Literacy>,
    pub matched: Option<Match>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Literacy {
    pub category: Option<LiteracyCategory>,
    pub content_ok: Option<bool>,
    pub assessment_ok: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Match {
    pub title: Option<String>,
    pub credits: Option<Fixed>,
    pub hours: Option<Fixed>,
    pub nature: Option<Nature>,
    pub overlap: Option<Fixed>,
}
