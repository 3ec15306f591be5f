//! What a condition's finding says: the conditions in the order they are listed, each finding's outcome,
//! the passage it applies, the rulings that decided it and the facts it compared, as data the
//! explanation is phrased from in any language; and the small pieces every condition is built from.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::Field;
use crate::engine::case::{Body, Level, Reason, Route, Status, TeachingLanguage, TestKind};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::grades::Grade;
use serde::Serialize;

/// The conditions, in the order findings are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Semesters,
    FinalYear,
    Status,
    Discipline,
    Reason,
    Quota,
    SpecialEnrollment,
    LowerLevel,
    EntranceExam,
    Performance,
    AdmissionStandard,
    RevokedRatio,
    RevocationDocument,
    CompletedStudiesCertificate,
    ResearchProgress,
    Authentication,
    Language,
}

/// A finding's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    Fail,
    Review,
    Missing,
    NotApplicable,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub condition: Condition,
    pub rule: Cite,
    pub outcome: Outcome,
    pub detail: Detail,
    pub rulings: Vec<Ruling>,
    pub cites: Vec<Cite>,
}

impl Finding {
    pub(super) fn new(
        condition: Condition,
        rule: Cite,
        outcome: Outcome,
        detail: Detail,
    ) -> Finding {
        Finding {
            condition,
            rule,
            outcome,
            detail,
            rulings: Vec::new(),
            cites: Vec::new(),
        }
    }

    pub(super) fn ruling(mut self, r: Ruling) -> Finding {
        if !self.rulings.contains(&r) {
            self.rulings.push(r);
        }
        self
    }

    pub(super) fn cite(mut self, c: Cite) -> Finding {
        if !self.cites.contains(&c) && c != self.rule {
            self.cites.push(c);
        }
        self
    }
}

/// A fact a condition needs; [`Fact::field`] is where the case file holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    Route,
    Level,
    Revoked,
    SemestersCompleted,
    InFinalYear,
    Status,
    DisciplinaryRecord,
    Reason,
    Quota,
    SpecialEnrollment,
    FromLowerLevel,
    ExplanatoryMaterial,
    EntranceScore,
    EntranceCutoff,
    Performance,
    Papers,
    AdmissionStandard,
    CompletedCredits,
    OriginalTotalCredits,
    RevocationDocument,
    CompletedStudiesCertificate,
    ResearchProgressCertificate,
    AuthenticationBody,
    AuthenticationConsistent,
    TeachingLanguage,
    EnglishSpeakingCountry,
    ExemptionCertificate,
    LanguageTests,
}

impl Fact {
    /// The field of the case file that holds it.
    pub const fn field(self) -> Field {
        match self {
            Fact::Route => Field::Route,
            Fact::Level => Field::Level,
            Fact::Revoked => Field::Revoked,
            Fact::SemestersCompleted => Field::SemestersCompleted,
            Fact::InFinalYear => Field::InFinalYear,
            Fact::Status => Field::Status,
            Fact::DisciplinaryRecord => Field::DisciplinaryRecord,
            Fact::Reason => Field::Reason,
            Fact::Quota => Field::Quota,
            Fact::SpecialEnrollment => Field::SpecialEnrollment,
            Fact::FromLowerLevel => Field::FromLowerLevel,
            Fact::ExplanatoryMaterial => Field::ExplanatoryMaterial,
            Fact::EntranceScore => Field::EntranceScore,
            Fact::EntranceCutoff => Field::EntranceCutoff,
            Fact::Performance => Field::Performance,
            Fact::Papers => Field::Papers,
            Fact::AdmissionStandard => Field::AdmissionStandard,
            Fact::CompletedCredits => Field::CompletedCredits,
            Fact::OriginalTotalCredits => Field::OriginalTotalCredits,
            Fact::RevocationDocument => Field::RevocationDocument,
            Fact::CompletedStudiesCertificate => Field::CompletedStudiesCertificate,
            Fact::ResearchProgressCertificate => Field::ResearchProgressCertificate,
            Fact::AuthenticationBody => Field::AuthenticationBody,
            Fact::AuthenticationConsistent => Field::AuthenticationConsistent,
            Fact::TeachingLanguage => Field::TeachingLanguage,
            Fact::EnglishSpeakingCountry => Field::EnglishSpeakingCountry,
            Fact::ExemptionCertificate => Field::ExemptionCertificate,
            Fact::LanguageTests => Field::LanguageTests,
        }
    }
}

/// Why a condition does not concern this applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Because {
    Postgraduate,
    InternationalRoute,
    NotMaster,
    NotRevoked,
    Undergraduate,
    NotInternational,
}

/// A document a revoked-institution applicant provides (A4.3.1.c, A4.3.2.c).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevokedDocument {
    RevocationDocument,
    CompletedStudiesCertificate,
    ResearchProgressCertificate,
}

/// What a finding compared: the data the explanation is phrased from, in any language.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    Missing {
        fact: Fact,
    },
    NotApplicable {
        because: Because,
    },
    Semesters {
        completed: u32,
        min: u32,
    },
    FinalYear {
        in_final_year: bool,
    },
    Status {
        status: Status,
    },
    Discipline {
        record: bool,
    },
    Reason {
        reason: Reason,
        revoked: bool,
    },
    Quota {
        has_quota: bool,
    },
    SpecialEnrollment {
        special: bool,
    },
    LowerLevel {
        lower: bool,
    },
    EntranceExam {
        score: Fixed,
        cutoff: Fixed,
    },
    /// An average compared with the minimum of its own system.
    Average {
        grade: Grade,
        minimum: Grade,
        /// The passage that sets `minimum`; for a domestic GPA not the finding's rule (R11).
        minimum_cite: Cite,
        meets: bool,
        explanatory_material: Option<bool>,
        /// R4: an international undergraduate GPA in Table A7.2's 2.3-2.5 band.
        a7_2_band: bool,
    },
    /// An average in a system the passage does not name: the committee converts it (R11).
    AverageToConvert {
        grade: Grade,
        level: Level,
    },
    Postgraduate(Box<PostgraduateDetail>),
    AdmissionStandard {
        not_lower: bool,
    },
    RevokedRatio {
        completed: Fixed,
        total: Fixed,
        min: Fixed,
        level: Level,
    },
    Document {
        document: RevokedDocument,
        provided: bool,
    },
    Authentication {
        route: Route,
        body: Body,
        listed: bool,
        consistent: Option<bool>,
    },
    Language(Box<LanguageDetail>),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PostgraduateDetail {
    pub level: Level,
    pub grade: Option<Grade>,
    pub min_gpa: Fixed,
    pub papers_given: bool,
    /// Papers that certainly meet every requirement.
    pub qualifying_papers: u32,
    /// Papers that might, with a fact not yet given.
    pub uncertain_papers: u32,
    pub min_papers: u32,
    pub min_impact_factor: Fixed,
    /// Doctoral: among the qualifying papers, those at or above the impact factor.
    pub high_impact_papers: u32,
    pub min_high_impact_papers: u32,
    pub explanatory_material: Option<bool>,
    /// Papers, by index, that meet every other requirement and whose impact factor is below the
    /// minimum or not given.
    pub below_impact_factor: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LanguageDetail {
    pub teaching: TeachingLanguage,
    pub english_speaking_country: Option<bool>,
    pub exemption_certificate: Option<bool>,
    pub tests: Option<Vec<TestResult>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TestResult {
    pub test: TestKind,
    #[serde(flatten)]
    pub verdict: TestVerdict,
    /// The overall score (HSK: level) the major asks of this test; none if the test does not count
    /// for the major.
    pub minimum: Option<Fixed>,
    /// The minimum of every section, for tests with sections (IELTS, TOEFL iBT).
    pub section_minimum: Option<Fixed>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum TestVerdict {
    Qualifies {
        score: Fixed,
    },
    OverallBelow {
        score: Fixed,
        min: Fixed,
    },
    SectionBelow {
        section: Fixed,
        min: Fixed,
    },
    /// A score the test needs was not given.
    Incomplete,
    /// A test the teaching language does not call for.
    NotForThisMajor,
}

/// Three-valued truth: a fact not given is neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub(super) fn of(b: Option<bool>) -> Tri {
        match b {
            Some(true) => Tri::Yes,
            Some(false) => Tri::No,
            None => Tri::Unknown,
        }
    }

    pub(super) fn at_least(v: Option<Fixed>, min: Fixed) -> Tri {
        Tri::of(v.map(|v| v >= min))
    }

    pub(super) fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }
}

pub(super) fn missing(condition: Condition, rule: Cite, fact: Fact) -> Finding {
    Finding::new(condition, rule, Outcome::Missing, Detail::Missing { fact })
}

pub(super) fn not_applicable(condition: Condition, rule: Cite, because: Because) -> Finding {
    Finding::new(
        condition,
        rule,
        Outcome::NotApplicable,
        Detail::NotApplicable { because },
    )
}

pub(super) fn pass_if(ok: bool) -> Outcome {
    if ok {
        Outcome::Pass
    } else {
        Outcome::Fail
    }
}

/// A condition that fails when its fact is true (R14).
pub(super) fn flag(
    value: Option<bool>,
    condition: Condition,
    rule: Cite,
    fact: Fact,
    detail: impl Fn(bool) -> Detail,
) -> Finding {
    match value {
        None => missing(condition, rule, fact),
        Some(v) => Finding::new(condition, rule, pass_if(!v), detail(v)).ruling(Ruling::R14),
    }
}
