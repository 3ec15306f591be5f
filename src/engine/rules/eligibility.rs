//! Who may transfer in (A4, A5): one finding per condition, in a fixed order, each with the passage it
//! applies, the ruling that decided it where one did, and the facts it compared.

use crate::engine::case::field::Field;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::{Applicant, LanguageTest, Paper};
use crate::engine::case::{Body, Level, Reason, Route, Status, TeachingLanguage, TestKind};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::{Param, Policy};
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

// Callers have always found the ruling type here.
pub use crate::engine::rules::cite::Ruling;

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
    fn new(condition: Condition, rule: Cite, outcome: Outcome, detail: Detail) -> Finding {
        Finding {
            condition,
            rule,
            outcome,
            detail,
            rulings: Vec::new(),
            cites: Vec::new(),
        }
    }

    fn ruling(mut self, r: Ruling) -> Finding {
        if !self.rulings.contains(&r) {
            self.rulings.push(r);
        }
        self
    }

    fn cite(mut self, c: Cite) -> Finding {
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
pub enum Document {
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
        document: Document,
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
enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    fn of(b: Option<bool>) -> Tri {
        match b {
            Some(true) => Tri::Yes,
            Some(false) => Tri::No,
            None => Tri::Unknown,
        }
    }

    fn at_least(v: Option<Fixed>, min: Fixed) -> Tri {
        Tri::of(v.map(|v| v >= min))
    }

    fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }
}

/// Every finding for an applicant, in [`Condition`] order.
pub fn findings(a: &Applicant, p: &Policy) -> Vec<Finding> {
    vec![
        semesters(a, p),
        final_year(a),
        status(a),
        discipline(a),
        reason(a),
        quota(a),
        flag(
            a.special_enrollment,
            Condition::SpecialEnrollment,
            Cite::A5_2,
            Fact::SpecialEnrollment,
            |special| Detail::SpecialEnrollment { special },
        ),
        flag(
            a.from_lower_level,
            Condition::LowerLevel,
            Cite::A5_1,
            Fact::FromLowerLevel,
            |lower| Detail::LowerLevel { lower },
        ),
        entrance_exam(a),
        performance(a, p),
        admission_standard(a),
        revoked_ratio(a, p),
        revoked_document(
            a,
            Condition::RevocationDocument,
            Document::RevocationDocument,
        ),
        revoked_document(
            a,
            Condition::CompletedStudiesCertificate,
            Document::CompletedStudiesCertificate,
        ),
        research_progress(a),
        authentication(a, p),
        language(a, p),
    ]
}

fn missing(condition: Condition, rule: Cite, fact: Fact) -> Finding {
    Finding::new(condition, rule, Outcome::Missing, Detail::Missing { fact })
}

fn not_applicable(condition: Condition, rule: Cite, because: Because) -> Finding {
    Finding::new(
        condition,
        rule,
        Outcome::NotApplicable,
        Detail::NotApplicable { because },
    )
}

fn pass_if(ok: bool) -> Outcome {
    if ok {
        Outcome::Pass
    } else {
        Outcome::Fail
    }
}

fn semesters(a: &Applicant, p: &Policy) -> Finding {
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

fn final_year(a: &Applicant) -> Finding {
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

fn status(a: &Applicant) -> Finding {
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

fn discipline(a: &Applicant) -> Finding {
    flag(
        a.disciplinary_record,
        Condition::Discipline,
        Cite::A4_5,
        Fact::DisciplinaryRecord,
        |record| Detail::Discipline { record },
    )
}

/// A condition that fails when its fact is true (R14).
fn flag(
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

fn reason(a: &Applicant) -> Finding {
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

fn quota(a: &Applicant) -> Finding {
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

fn entrance_exam(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_1;
    let c = Condition::EntranceExam;
    match a.level {
        None => return missing(c, RULE, Fact::Level),
        Some(l) if l.is_postgraduate() => return not_applicable(c, RULE, Because::Postgraduate),
        Some(_) => {}
    }
    match a.route {
        Some(Route::International) => return not_applicable(c, RULE, Because::InternationalRoute),
        None => return missing(c, RULE, Fact::Route),
        Some(_) => {}
    }
    let Some(score) = a.entrance_score else {
        return missing(c, RULE, Fact::EntranceScore);
    };
    let Some(cutoff) = a.entrance_cutoff else {
        return missing(c, RULE, Fact::EntranceCutoff);
    };
    Finding::new(
        c,
        RULE,
        pass_if(score >= cutoff),
        Detail::EntranceExam { score, cutoff },
    )
    .ruling(Ruling::R14)
}

fn performance(a: &Applicant, p: &Policy) -> Finding {
    match a.level {
        None => missing(Condition::Performance, Cite::A4_3, Fact::Level),
        Some(Level::Undergraduate) => undergraduate_performance(a, p),
        Some(level) => postgraduate_performance(a, level, p),
    }
}

/// An average's minimum and the passage that sets it, whether it is met, the finding's rule and
/// rulings.
type Threshold = (Grade, Cite, bool, Cite, &'static [Ruling]);

fn undergraduate_performance(a: &Applicant, p: &Policy) -> Finding {
    let c = Condition::Performance;
    let rule = match a.route {
        Some(Route::International) => Cite::A4_3_1_b,
        Some(_) => Cite::A4_3_1_a,
        None => Cite::A4_3_1,
    };
    let Some(grade) = a.performance else {
        return missing(c, rule, Fact::Performance);
    };
    let (minimum, minimum_cite, meets, rule, rulings): Threshold = match (grade, a.route) {
        // R2, R11: an ECTS letter is judged by A4.3.1.b's "C or above" on every route.
        (Grade::Ects(g), _) => {
            let min = p.ug_min_ects;
            (
                Grade::Ects(min.value),
                min.cite,
                g >= min.value,
                min.cite,
                &[Ruling::R11, Ruling::R2],
            )
        }
        (_, None) => return missing(c, rule, Fact::Route),
        (Grade::Gpa4(v), Some(Route::International)) => {
            let min = p.ug_min_gpa_international;
            (
                Grade::Gpa4(min.value),
                min.cite,
                v >= min.value,
                min.cite,
                &[Ruling::R11],
            )
        }
        (other, Some(Route::International)) => {
            return Finding::new(
                c,
                rule,
                Outcome::Review,
                Detail::AverageToConvert {
                    grade: other,
                    level: Level::Undergraduate,
                },
            )
            .ruling(Ruling::R11)
        }
        (Grade::Percentage(v), Some(_)) => {
            let min = p.ug_min_percentage;
            (
                Grade::Percentage(min.value),
                min.cite,
                v >= min.value,
                min.cite,
                &[Ruling::R11],
            )
        }
        (Grade::FiveLevel(g), Some(_)) => {
            let min = p.ug_min_five_level;
            (
                Grade::FiveLevel(min.value),
                min.cite,
                g >= min.value,
                min.cite,
                &[Ruling::R11],
            )
        }
        (Grade::FourLevel(g), Some(_)) => {
            let min = p.ug_min_four_level;
            (
                Grade::FourLevel(min.value),
                min.cite,
                g >= min.value,
                min.cite,
                &[Ruling::R11],
            )
        }
        (Grade::Gpa4(v), Some(_)) => {
            let min = p.ug_min_gpa_domestic;
            (
                Grade::Gpa4(min.value),
                min.cite,
                v >= min.value,
                Cite::A4_3_1_a,
                &[Ruling::R11],
            )
        }
    };
    let a7_2_band = !meets
        && a.route == Some(Route::International)
        && matches!(grade, Grade::Gpa4(v) if v >= p.a7_2_undergraduate_band_from.value);
    let detail = Detail::Average {
        grade,
        minimum,
        minimum_cite,
        meets,
        explanatory_material: a.explanatory_material,
        a7_2_band,
    };
    let mut f = rulings
        .iter()
        .fold(Finding::new(c, rule, Outcome::Pass, detail), |f, r| {
            f.ruling(*r)
        });
    if matches!(grade, Grade::Gpa4(_)) && a.route != Some(Route::International) {
        f = f.cite(p.ug_min_gpa_domestic.cite);
    }
    if a7_2_band {
        f = f.cite(p.a7_2_undergraduate_band_from.cite);
    }
    below_threshold(f, meets, a.explanatory_material)
}

/// R4 (A4.3, A5.6): below the threshold, explanatory material sends the case to review; without it,
/// the condition fails. Not knowing whether there is such material leaves the finding missing.
fn below_threshold(mut f: Finding, meets: bool, explanatory: Option<bool>) -> Finding {
    if meets {
        return f;
    }
    f = f.ruling(Ruling::R4).cite(Cite::A5_6);
    f.outcome = match explanatory {
        Some(true) => Outcome::Review,
        Some(false) => Outcome::Fail,
        None => Outcome::Missing,
    };
    f
}

fn postgraduate_performance(a: &Applicant, level: Level, p: &Policy) -> Finding {
    let doctoral = level == Level::Doctoral;
    let (min_gpa, min_papers, min_if) = if doctoral {
        (
            p.doctoral_min_gpa,
            p.doctoral_min_papers,
            p.doctoral_min_impact_factor,
        )
    } else {
        (
            p.master_min_gpa,
            p.master_min_papers,
            p.master_min_impact_factor,
        )
    };
    let rule = min_gpa.cite;
    // The GPA arm: R11's postgraduate thresholds are on the 4.0 scale.
    let gpa = match a.performance {
        None => Tri::Unknown,
        Some(Grade::Gpa4(v)) => Tri::of(Some(v >= min_gpa.value)),
        Some(_) => Tri::No,
    };
    let other_system = a.performance.is_some_and(|g| !matches!(g, Grade::Gpa4(_)));
    let papers = paper_count(a.papers.as_deref(), doctoral, min_if.value);
    let papers_arm = match &a.papers {
        None => Tri::Unknown,
        Some(_) => papers.arm(
            min_papers.value,
            doctoral.then_some(p.doctoral_min_high_impact_papers.value),
        ),
    };
    let detail = Detail::Postgraduate(Box::new(PostgraduateDetail {
        level,
        grade: a.performance,
        min_gpa: min_gpa.value,
        papers_given: a.papers.is_some(),
        qualifying_papers: papers.qualifying,
        uncertain_papers: papers.uncertain,
        min_papers: min_papers.value,
        min_impact_factor: min_if.value,
        high_impact_papers: papers.high_impact,
        min_high_impact_papers: p.doctoral_min_high_impact_papers.value,
        explanatory_material: a.explanatory_material,
        below_impact_factor: papers.below_impact_factor.clone(),
    }));
    let f = Finding::new(Condition::Performance, rule, Outcome::Pass, detail).ruling(Ruling::R11);
    match (gpa, papers_arm) {
        (Tri::Yes, _) | (_, Tri::Yes) => f,
        // A grade in another system is for the committee to convert, unless the papers settle it.
        _ if other_system => Finding {
            outcome: Outcome::Review,
            ..f
        },
        (Tri::Unknown, _) | (_, Tri::Unknown) => Finding {
            outcome: Outcome::Missing,
            ..f
        },
        (Tri::No, Tri::No) => below_threshold(f, false, a.explanatory_material),
    }
}

struct PaperCount {
    qualifying: u32,
    uncertain: u32,
    high_impact: u32,
    /// Whether any certain or uncertain paper may reach the impact factor.
    high_impact_possible: bool,
    below_impact_factor: Vec<usize>,
}

impl PaperCount {
    fn arm(&self, min_papers: u32, min_high_impact: Option<u32>) -> Tri {
        let enough_high = min_high_impact.is_none_or(|n| self.high_impact >= n);
        if self.qualifying >= min_papers && enough_high {
            Tri::Yes
        } else if self.qualifying + self.uncertain < min_papers
            || (min_high_impact.is_some() && !self.high_impact_possible)
        {
            Tri::No
        } else {
            Tri::Unknown
        }
    }
}

/// Master's papers qualify as first-author Web of Science core papers at the impact factor
/// (A4.3.2.a); doctoral papers as first-author core papers in the relevant field, of which enough
/// reach the impact factor (A4.3.2.b).
fn paper_count(papers: Option<&[Paper]>, doctoral: bool, min_if: Fixed) -> PaperCount {
    let mut count = PaperCount {
        qualifying: 0,
        uncertain: 0,
        high_impact: 0,
        high_impact_possible: false,
        below_impact_factor: Vec::new(),
    };
    for (i, paper) in papers.unwrap_or(&[]).iter().enumerate() {
        let core = Tri::of(paper.first_author).and(Tri::of(paper.wos_core));
        let high = Tri::at_least(paper.impact_factor, min_if);
        let field = if doctoral {
            Tri::of(paper.relevant_field)
        } else {
            Tri::Yes
        };
        if core.and(field) == Tri::Yes && high != Tri::Yes {
            count.below_impact_factor.push(i);
        }
        let qualifies = if doctoral {
            core.and(Tri::of(paper.relevant_field))
        } else {
            core.and(high)
        };
        match qualifies {
            Tri::Yes => count.qualifying += 1,
            Tri::Unknown => count.uncertain += 1,
            Tri::No => continue,
        }
        if qualifies == Tri::Yes && high == Tri::Yes {
            count.high_impact += 1;
        }
        if high != Tri::No {
            count.high_impact_possible = true;
        }
    }
    count
}

fn admission_standard(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_2_a;
    let c = Condition::AdmissionStandard;
    match a.level {
        None => missing(c, RULE, Fact::Level),
        Some(Level::Master) => match a.admission_standard_not_lower {
            None => missing(c, RULE, Fact::AdmissionStandard),
            Some(not_lower) => Finding::new(
                c,
                RULE,
                pass_if(not_lower),
                Detail::AdmissionStandard { not_lower },
            )
            .ruling(Ruling::R11),
        },
        Some(_) => not_applicable(c, RULE, Because::NotMaster),
    }
}

/// The revoked-institution conditions apply only when the original institution's authority was
/// revoked; until that is known they are missing.
fn revoked_gate(a: &Applicant, c: Condition, rule: Cite) -> Option<Finding> {
    match a.revoked {
        None => Some(missing(c, rule, Fact::Revoked)),
        Some(false) => Some(not_applicable(c, rule, Because::NotRevoked)),
        Some(true) => None,
    }
}

fn revoked_ratio(a: &Applicant, p: &Policy) -> Finding {
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
    let Some(completed) = a.completed_credits else {
        return missing(c, min.cite, Fact::CompletedCredits);
    };
    let Some(total) = a.original_total_credits else {
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

fn revoked_document(a: &Applicant, c: Condition, document: Document) -> Finding {
    const RULE: Cite = Cite::A4_3_1_c;
    if let Some(f) = revoked_gate(a, c, RULE) {
        return f;
    }
    let (given, fact) = match document {
        Document::RevocationDocument => (a.revocation_document, Fact::RevocationDocument),
        _ => (
            a.completed_studies_certificate,
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
    if !provided && document == Document::RevocationDocument {
        f.cite(Cite::A5_7)
    } else {
        f
    }
}

fn research_progress(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_2_c;
    let c = Condition::ResearchProgress;
    if let Some(f) = revoked_gate(a, c, RULE) {
        return f;
    }
    match a.level {
        None => missing(c, RULE, Fact::Level),
        Some(Level::Undergraduate) => not_applicable(c, RULE, Because::Undergraduate),
        Some(_) => match a.research_progress_certificate {
            None => missing(c, RULE, Fact::ResearchProgressCertificate),
            Some(provided) => Finding::new(
                c,
                RULE,
                pass_if(provided),
                Detail::Document {
                    document: Document::ResearchProgressCertificate,
                    provided,
                },
            )
            .ruling(Ruling::R11),
        },
    }
}

fn authentication(a: &Applicant, p: &Policy) -> Finding {
    let c = Condition::Authentication;
    let Some(route) = a.route else {
        return missing(c, Cite::A4_4, Fact::Route);
    };
    let bodies = p.bodies_for(route);
    let Some(body) = a.authentication_body else {
        return missing(c, bodies.cite, Fact::AuthenticationBody);
    };
    let listed = bodies.value.contains(&body);
    let consistent = a.authentication_consistent;
    let outcome = match (listed, consistent) {
        (false, _) | (_, Some(false)) => Outcome::Fail,
        (true, None) => return missing(c, bodies.cite, Fact::AuthenticationConsistent),
        (true, Some(true)) => Outcome::Pass,
    };
    let f = Finding::new(
        c,
        bodies.cite,
        outcome,
        Detail::Authentication {
            route,
            body,
            listed,
            consistent,
        },
    )
    .ruling(Ruling::R13);
    if outcome == Outcome::Fail {
        f.cite(Cite::A5_8)
    } else {
        f
    }
}

fn language(a: &Applicant, p: &Policy) -> Finding {
    const RULE: Cite = Cite::A4_4_2_b;
    let c = Condition::Language;
    match a.route {
        None => return missing(c, RULE, Fact::Route),
        Some(Route::International) => {}
        Some(_) => return not_applicable(c, RULE, Because::NotInternational),
    }
    let l = &a.language;
    let Some(teaching) = l.teaching else {
        return missing(c, RULE, Fact::TeachingLanguage);
    };
    let tests: Option<Vec<TestResult>> = l
        .tests
        .as_ref()
        .map(|tests| tests.iter().map(|t| test_result(*t, teaching, p)).collect());
    let by_tests = match &tests {
        None => Tri::Unknown,
        Some(results)
            if results
                .iter()
                .any(|r| matches!(r.verdict, TestVerdict::Qualifies { .. })) =>
        {
            Tri::Yes
        }
        Some(results) if results.iter().any(|r| r.verdict == TestVerdict::Incomplete) => {
            Tri::Unknown
        }
        Some(_) => Tri::No,
    };
    // R12: English-taught majors ask this only of applicants from non-English-speaking countries, and
    // accept an exemption certificate instead of a test.
    let others = match teaching {
        TeachingLanguage::English => [
            Tri::of(l.english_speaking_country),
            Tri::of(l.exemption_certificate),
        ],
        TeachingLanguage::Chinese => [Tri::No, Tri::No],
    };
    let arms = [by_tests, others[0], others[1]];
    let outcome = if arms.contains(&Tri::Yes) {
        Outcome::Pass
    } else if arms.contains(&Tri::Unknown) {
        Outcome::Missing
    } else {
        Outcome::Fail
    };
    let detail = Detail::Language(Box::new(LanguageDetail {
        teaching,
        english_speaking_country: l.english_speaking_country,
        exemption_certificate: l.exemption_certificate,
        tests,
    }));
    Finding::new(c, RULE, outcome, detail).ruling(Ruling::R12)
}

fn test_result(t: LanguageTest, teaching: TeachingLanguage, p: &Policy) -> TestResult {
    let english = teaching == TeachingLanguage::English;
    let hsk_level = Fixed::int(p.hsk_min_level.value.into());
    // Each test with whether the major's teaching language calls for it and the minimums it is
    // held to; IELTS and TOEFL iBT also have sections.
    let (test, counts, min, min_section, overall, sections) = match t {
        LanguageTest::Ielts { overall, sections } => (
            TestKind::Ielts,
            english,
            p.ielts_min_overall.value,
            Some(p.ielts_min_section.value),
            overall,
            sections,
        ),
        LanguageTest::ToeflIbt { overall, sections } => (
            TestKind::ToeflIbt,
            english,
            p.toefl_min_overall.value,
            Some(p.toefl_min_section.value),
            overall,
            sections,
        ),
        LanguageTest::Pte { overall } => (
            TestKind::Pte,
            english,
            p.pte_min_overall.value,
            None,
            overall,
            None,
        ),
        LanguageTest::Hsk { level } => (
            TestKind::Hsk,
            !english,
            hsk_level,
            None,
            level.map(|l| Fixed::int(l.into())),
            None,
        ),
    };
    let verdict = match min_section {
        Some(min_section) => scored(counts, overall, sections, min, min_section),
        None if counts => at_least(overall, min),
        None => TestVerdict::NotForThisMajor,
    };
    TestResult {
        test,
        verdict,
        minimum: counts.then_some(min),
        section_minimum: min_section.filter(|_| counts),
    }
}

fn at_least(score: Option<Fixed>, min: Fixed) -> TestVerdict {
    match score {
        None => TestVerdict::Incomplete,
        Some(score) if score < min => TestVerdict::OverallBelow { score, min },
        Some(score) => TestVerdict::Qualifies { score },
    }
}

/// IELTS and TOEFL: the overall score and no section below the section minimum.
fn scored(
    english: bool,
    overall: Option<Fixed>,
    sections: Option<[Fixed; 4]>,
    min: Fixed,
    min_section: Fixed,
) -> TestVerdict {
    if !english {
        return TestVerdict::NotForThisMajor;
    }
    match at_least(overall, min) {
        TestVerdict::Qualifies { score } => {
            match sections.map(|s| s.into_iter().min().unwrap_or(score)) {
                None => TestVerdict::Incomplete,
                Some(lowest) if lowest < min_section => TestVerdict::SectionBelow {
                    section: lowest,
                    min: min_section,
                },
                Some(_) => TestVerdict::Qualifies { score },
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::model::Language;
    use crate::engine::rules::grades::Ects;
    use crate::engine::rules::policy::MEASURES_2023_046 as P;

    fn find(a: &Applicant, c: Condition) -> Finding {
        findings(a, &P)
            .into_iter()
            .find(|f| f.condition == c)
            .unwrap()
    }

    fn outcome(a: &Applicant, c: Condition) -> Outcome {
        find(a, c).outcome
    }

    fn n(s: &str) -> Option<Fixed> {
        Some(Fixed::lit(s))
    }

    fn undergraduate(route: Route) -> Applicant {
        Applicant {
            route: Some(route),
            level: Some(Level::Undergraduate),
            ..Applicant::default()
        }
    }

    fn postgraduate(level: Level, gpa: &str, papers: Vec<Paper>) -> Applicant {
        Applicant {
            route: Some(Route::Mainland),
            level: Some(level),
            performance: Some(Grade::Gpa4(Fixed::lit(gpa))),
            papers: Some(papers),
            explanatory_material: Some(false),
            ..Applicant::default()
        }
    }

    fn paper(impact_factor: &str, relevant_field: bool) -> Paper {
        Paper {
            first_author: Some(true),
            wos_core: Some(true),
            impact_factor: n(impact_factor),
            relevant_field: Some(relevant_field),
        }
    }

    #[test]
    fn every_fact_is_a_top_level_field() {
        for fact in [
            Fact::Route,
            Fact::Papers,
            Fact::LanguageTests,
            Fact::CompletedCredits,
        ] {
            assert_eq!(fact.field().list(), None, "{fact:?}");
        }
        assert_eq!(
            Fact::EntranceCutoff.field().path(),
            "applicant.entrance_exam.receiving_cutoff"
        );
    }

    #[test]
    fn findings_come_one_per_condition_in_order() {
        let all = findings(&Applicant::default(), &P);
        let conditions: Vec<Condition> = all.iter().map(|f| f.condition).collect();
        assert_eq!(conditions.len(), 17);
        assert_eq!(conditions[0], Condition::Semesters);
        assert_eq!(conditions[16], Condition::Language);
        assert!(all.iter().all(|f| f.outcome == Outcome::Missing));
    }

    #[test]
    fn one_completed_semester_is_enough() {
        let mut a = Applicant::default();
        assert_eq!(
            find(&a, Condition::Semesters).detail,
            Detail::Missing {
                fact: Fact::SemestersCompleted
            }
        );
        a.semesters_completed = Some(0);
        assert_eq!(outcome(&a, Condition::Semesters), Outcome::Fail);
        a.semesters_completed = Some(1);
        let f = find(&a, Condition::Semesters);
        assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_1));
        assert_eq!(f.rulings, [Ruling::R14]);
    }

    #[test]
    fn a_status_other_than_normal_fails_under_its_own_passage() {
        let mut a = Applicant::default();
        for (status, rule) in [
            (Status::Normal, Cite::A4_1),
            (Status::Suspended, Cite::A4_5),
            (Status::Expelled, Cite::A5_3),
        ] {
            a.status = Some(status);
            let f = find(&a, Condition::Status);
            assert_eq!(f.rule, rule, "{status:?}");
            assert_eq!(f.outcome == Outcome::Pass, status == Status::Normal);
        }
    }

    #[test]
    fn the_revocation_reason_needs_a_revoked_institution() {
        let mut a = Applicant {
            reason: Some(Reason::Revoked),
            ..Applicant::default()
        };
        assert_eq!(
            find(&a, Condition::Reason).detail,
            Detail::Missing {
                fact: Fact::Revoked
            }
        );
        a.revoked = Some(false);
        assert_eq!(outcome(&a, Condition::Reason), Outcome::Fail);
        a.revoked = Some(true);
        assert_eq!(outcome(&a, Condition::Reason), Outcome::Pass);
        a.reason = Some(Reason::Health);
        a.revoked = None;
        assert_eq!(outcome(&a, Condition::Reason), Outcome::Pass);
    }

    #[test]
    fn the_entrance_score_must_reach_the_cutoff() {
        let mut a = undergraduate(Route::Mainland);
        a.entrance_cutoff = n("598");
        a.entrance_score = n("598");
        assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::Pass);
        a.entrance_score = n("597.5");
        assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::Fail);
        a.route = Some(Route::International);
        assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::NotApplicable);
        a.route = Some(Route::Mainland);
        a.level = Some(Level::Master);
        assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::NotApplicable);
    }

    #[test]
    fn a_percentage_average_needs_70_and_below_it_explanatory_material_means_review() {
        let mut a = undergraduate(Route::Mainland);
        a.performance = Some(Grade::Percentage(Fixed::lit("70")));
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        a.performance = Some(Grade::Percentage(Fixed::lit("69.9")));
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Missing);
        a.explanatory_material = Some(false);
        let f = find(&a, Condition::Performance);
        assert_eq!(f.outcome, Outcome::Fail);
        assert_eq!(f.rulings, [Ruling::R11, Ruling::R4]);
        assert_eq!(f.cites, [Cite::A5_6]);
        a.explanatory_material = Some(true);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Review);
    }

    #[test]
    fn an_ects_average_is_judged_by_its_letter_on_every_route() {
        let mut a = undergraduate(Route::Mainland);
        a.explanatory_material = Some(false);
        a.performance = Some(Grade::Ects(Ects::C));
        let f = find(&a, Condition::Performance);
        assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_3_1_b));
        assert!(f.rulings.contains(&Ruling::R2));
        a.performance = Some(Grade::Ects(Ects::D));
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
    }

    #[test]
    fn an_international_gpa_just_below_2_5_is_noted_against_table_a7_2() {
        let mut a = undergraduate(Route::International);
        a.explanatory_material = Some(false);
        a.performance = Some(Grade::Gpa4(Fixed::lit("2.5")));
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        a.performance = Some(Grade::Gpa4(Fixed::lit("2.3")));
        let f = find(&a, Condition::Performance);
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f.cites.contains(&Cite::A7_2));
        a.performance = Some(Grade::Gpa4(Fixed::lit("2.29")));
        assert!(!find(&a, Condition::Performance).cites.contains(&Cite::A7_2));
        a.performance = Some(Grade::Percentage(Fixed::lit("90")));
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Review);
    }

    #[test]
    fn a_master_passes_by_gpa_or_by_one_paper_at_impact_factor_1() {
        let a = postgraduate(Level::Master, "3.0", vec![]);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        let a = postgraduate(Level::Master, "2.99", vec![paper("1.0", false)]);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        let a = postgraduate(Level::Master, "2.99", vec![paper("0.99", true)]);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
        let mut unknown = paper("1.5", true);
        unknown.wos_core = None;
        let a = postgraduate(Level::Master, "2.99", vec![unknown]);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Missing);
    }

    #[test]
    fn a_doctoral_student_needs_two_relevant_papers_one_at_impact_factor_2() {
        let a = postgraduate(Level::Doctoral, "3.3", vec![]);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        let two = vec![paper("2.0", true), paper("0.5", true)];
        let a = postgraduate(Level::Doctoral, "3.29", two);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
        let low = vec![paper("1.99", true), paper("1.5", true)];
        let a = postgraduate(Level::Doctoral, "3.29", low);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
        let irrelevant = vec![paper("3.0", true), paper("3.0", false)];
        let a = postgraduate(Level::Doctoral, "3.29", irrelevant);
        assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
    }

    #[test]
    fn the_revoked_ratio_is_60_percent_for_undergraduates_and_50_for_postgraduates() {
        let mut a = undergraduate(Route::Mainland);
        assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Missing);
        a.revoked = Some(false);
        assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::NotApplicable);
        a.revoked = Some(true);
        a.original_total_credits = n("160");
        a.completed_credits = n("96");
        assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Pass);
        a.completed_credits = n("95.9");
        let f = find(&a, Condition::RevokedRatio);
        assert_eq!(f.outcome, Outcome::Fail);
        assert_eq!(f.cites, [Cite::A5_7]);
        a.level = Some(Level::Master);
        a.completed_credits = n("80");
        assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Pass);
        a.completed_credits = n("79.9");
        assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Fail);
    }

    #[test]
    fn research_progress_is_asked_of_revoked_postgraduates_only() {
        let mut a = undergraduate(Route::Mainland);
        a.revoked = Some(true);
        assert_eq!(
            outcome(&a, Condition::ResearchProgress),
            Outcome::NotApplicable
        );
        a.level = Some(Level::Doctoral);
        assert_eq!(outcome(&a, Condition::ResearchProgress), Outcome::Missing);
        a.research_progress_certificate = Some(false);
        assert_eq!(outcome(&a, Condition::ResearchProgress), Outcome::Fail);
    }

    #[test]
    fn authentication_needs_a_listed_body_and_a_consistent_record() {
        let mut a = undergraduate(Route::Mainland);
        a.authentication_body = Some(Body::Chsi);
        assert_eq!(outcome(&a, Condition::Authentication), Outcome::Missing);
        a.authentication_consistent = Some(true);
        let f = find(&a, Condition::Authentication);
        assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_4_1_a));
        a.authentication_consistent = Some(false);
        assert_eq!(find(&a, Condition::Authentication).cites, [Cite::A5_8]);
        a.authentication_consistent = Some(true);
        a.authentication_body = Some(Body::Cscse);
        assert_eq!(outcome(&a, Condition::Authentication), Outcome::Fail);
        a.route = Some(Route::International);
        assert_eq!(outcome(&a, Condition::Authentication), Outcome::Pass);
    }

    fn international(teaching: TeachingLanguage, tests: Vec<LanguageTest>) -> Applicant {
        Applicant {
            language: Language {
                teaching: Some(teaching),
                english_speaking_country: Some(false),
                exemption_certificate: Some(false),
                tests: Some(tests),
            },
            ..undergraduate(Route::International)
        }
    }

    fn ielts(overall: &str, lowest_section: &str) -> LanguageTest {
        let s = Fixed::lit(lowest_section);
        LanguageTest::Ielts {
            overall: n(overall),
            sections: Some([Fixed::lit("7.0"), s, Fixed::lit("7.0"), Fixed::lit("7.0")]),
        }
    }

    #[test]
    fn ielts_needs_6_overall_and_5_5_in_every_section() {
        let english = TeachingLanguage::English;
        let a = international(english, vec![ielts("6.0", "5.5")]);
        assert_eq!(outcome(&a, Condition::Language), Outcome::Pass);
        let a = international(english, vec![ielts("6.0", "5.0")]);
        assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
        let a = international(english, vec![ielts("5.5", "6.0")]);
        assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
        let mut a = international(english, vec![]);
        a.language.english_speaking_country = Some(true);
        assert_eq!(outcome(&a, Condition::Language), Outcome::Pass);
    }

    #[test]
    fn a_chinese_taught_major_asks_for_hsk_5() {
        let chinese = TeachingLanguage::Chinese;
        let hsk = |level| LanguageTest::Hsk { level: Some(level) };
        assert_eq!(
            outcome(&international(chinese, vec![hsk(5)]), Condition::Language),
            Outcome::Pass
        );
        assert_eq!(
            outcome(&international(chinese, vec![hsk(4)]), Condition::Language),
            Outcome::Fail
        );
        // An English test does not count for a Chinese-taught major.
        let a = international(chinese, vec![ielts("8.0", "8.0")]);
        assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
        let a = undergraduate(Route::Mainland);
        assert_eq!(outcome(&a, Condition::Language), Outcome::NotApplicable);
    }
}
