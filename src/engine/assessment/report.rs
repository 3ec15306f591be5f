//! The assessment document, format 1 (`docs/assessment-contract.md`), with the optional fields this product
//! adds (`docs/assessment-contract.md`). Messages are phrased by [`crate::engine::explain`] in one language.

use crate::engine::assessment::{Assessment, Verdict};
use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::{DocumentId, Nature};
use crate::engine::catalog::{Category, Decision, Text};
use crate::engine::explain;
use crate::engine::planning::documents::{Document, Group, Need};
use crate::engine::planning::timeline::{MilestoneId, OfficeStep, Timeline, Window};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::cite::Ruling;
use crate::engine::rules::courses::{CourseOutcome, CourseResult, OverlapFrom};
use crate::engine::rules::credits::Totals;
use crate::engine::rules::eligibility::{Condition, Detail, Finding, Outcome};
use crate::engine::rules::grades::GradeLevel;
use crate::engine::rules::programme::{Remaining, Status};
use crate::lang::Lang;
use serde::Serialize;

pub const FORMAT: &str = "transfer-check/assessment";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub format: &'static str,
    pub version: u32,
    pub policy: &'static str,
    pub verdict: Verdict,
    pub assessed_on: Date,
    pub findings: Vec<FindingOut<'a>>,
    pub performance: Option<PerformanceOut>,
    pub courses: Vec<CourseOut>,
    pub credits: Totals,
    pub documents: Vec<DocumentOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<TimelineOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cscse: Option<CscseOut>,
    /// The receiving programme the case chose, and whether the catalogue has it (`docs/catalog.md`).
    pub programme: ProgrammeOut,
    /// The programme's courses still to take; null unless the catalogue's programme is applied.
    pub remaining: Option<RemainingOut>,
    /// The college's literacy courses, when literacy credits are still to take.
    pub literacy_options: Vec<LiteracyOptionOut>,
}

/// The programme the case chose (`docs/catalog.md`, section 4): the catalogue's facts where it has
/// it, and a sentence citing the passage that has colleges set the rules applied (A18).
#[derive(Debug, Serialize)]
pub struct ProgrammeOut {
    pub status: Status,
    pub id: Option<String>,
    pub major: Option<String>,
    pub cohort: Option<u16>,
    pub published_on: Option<Date>,
    pub institution: Option<String>,
    pub source: Option<String>,
    pub rule: Cite,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct RemainingOut {
    pub courses: Vec<RemainingCourseOut>,
    pub core_credits: Tenths,
    pub other_credits: Tenths,
    pub listed_credits: Tenths,
    pub rule: Cite,
    /// A16: which courses are core.
    pub cites: Vec<Cite>,
    pub message: String,
}

/// A course of the catalogue as the report names it: its code, its title in the report's language
/// and its credits.
#[derive(Debug, Serialize)]
pub struct ListedOut<C> {
    pub code: String,
    pub title: String,
    pub credits: C,
}

fn listed<C>(code: &str, title: &Text, credits: C, lang: Lang) -> ListedOut<C> {
    ListedOut {
        code: code.to_owned(),
        title: title.get(lang).to_owned(),
        credits,
    }
}

#[derive(Debug, Serialize)]
pub struct RemainingCourseOut {
    #[serde(flatten)]
    pub course: ListedOut<Tenths>,
    pub nature: Nature,
    pub core: bool,
    pub semester: Option<u8>,
    pub exemption_candidate: bool,
    /// Why the course may be exempted (A12.1); only for an exemption candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exemption: Option<ReasonOut>,
}

#[derive(Debug, Serialize)]
pub struct LiteracyOptionOut {
    #[serde(flatten)]
    pub course: ListedOut<Fixed>,
    pub category: Category,
    pub rule: Cite,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct PrecedentOut {
    pub decision: Decision,
    pub overlap: Option<Fixed>,
    pub decided_on: Date,
    pub rule: Cite,
    pub message: String,
}

/// A document of the checklist (`docs/planning.md`), with the fields this product adds: `group`,
/// `ruling` and `ready` (ticked in the plan).
#[derive(Debug, Serialize)]
pub struct DocumentOut {
    pub id: DocumentId,
    pub cite: Cite,
    pub status: Need,
    pub message: String,
    pub group: Group,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<Cite>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub because: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_on_or_after: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_amount_yuan: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ruling: Option<Ruling>,
    pub ready: bool,
}

#[derive(Debug, Serialize)]
pub struct TimelineOut<'a> {
    pub calendar: CalendarOut,
    pub window: Said<'a, Window>,
    pub steps: Vec<Said<'a, OfficeStep>>,
    pub later: Vec<MilestoneOut>,
}

#[derive(Debug, Serialize)]
pub struct CalendarOut {
    pub through: Option<Date>,
    pub vacations_apply: bool,
}

/// The window or a step, with its message.
#[derive(Debug, Serialize)]
pub struct Said<'a, T> {
    #[serde(flatten)]
    pub what: &'a T,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct MilestoneOut {
    pub milestone: MilestoneId,
    pub cite: Cite,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct CscseOut {
    pub start_by: Date,
    pub fee_yuan: u32,
    pub processing_days: u32,
    pub as_of: Date,
    pub message: String,
    /// The steps of the procedure the plan says are done (added field, `plan.cscse_done`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps_done: Vec<crate::engine::cscse::CscseStep>,
}

#[derive(Debug, Serialize)]
pub struct FindingOut<'a> {
    pub rule: Cite,
    pub status: Outcome,
    pub message: String,
    pub condition: Condition,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub rulings: &'a [Ruling],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub cites: &'a [Cite],
    pub facts: &'a Detail,
}

#[derive(Debug, Serialize)]
pub struct PerformanceOut {
    pub percentage: Option<[Fixed; 2]>,
    pub level: Option<GradeLevel>,
    pub table: Option<Cite>,
}

#[derive(Debug, Serialize)]
pub struct CourseOut {
    pub title: String,
    pub status: CourseOutcome,
    pub credits: Option<Tenths>,
    pub percentage: Option<[Fixed; 2]>,
    pub level: Option<GradeLevel>,
    pub rules: Vec<Cite>,
    pub literacy_credits: Tenths,
    pub reasons: Vec<ReasonOut>,
    /// The receiving course's code, as the case gives it.
    pub match_code: Option<String>,
    /// The overlap the course was judged on, and where it comes from (`knowledge_points` or
    /// `typed`).
    pub overlap: Option<Rate>,
    pub overlap_from: Option<OverlapFrom>,
    pub precedent: Option<PrecedentOut>,
}

#[derive(Debug, Serialize)]
pub struct ReasonOut {
    pub rule: Cite,
    pub message: String,
}

pub fn report(a: &Assessment, lang: Lang) -> Report<'_> {
    Report {
        format: FORMAT,
        version: VERSION,
        policy: a.policy.id,
        verdict: a.verdict,
        assessed_on: a.assessed_on,
        findings: a.findings.iter().map(|f| finding(f, a, lang)).collect(),
        performance: a.performance.map(|p| PerformanceOut {
            percentage: p.band.map(|b| b.range()),
            level: p.band.map(|b| b.level),
            table: p.band.map(|b| b.table),
        }),
        courses: a.courses.iter().map(|c| course(c, lang)).collect(),
        credits: a.credits,
        documents: a.documents.iter().map(|d| document(d, a, lang)).collect(),
        timeline: a.timeline.as_ref().map(|t| timeline(t, lang)),
        programme: programme(a, lang),
        remaining: a.remaining.as_ref().map(|r| remaining(r, lang)),
        literacy_options: a
            .literacy_options
            .iter()
            .map(|o| LiteracyOptionOut {
                course: listed(&o.code, &o.title, o.credits, lang),
                category: o.category,
                rule: Cite::A12_2_3,
                message: explain::literacy_option(o, lang),
            })
            .collect(),
        cscse: a.cscse.map(|c| CscseOut {
            start_by: c.start_by,
            fee_yuan: c.procedure.fee_yuan,
            processing_days: c.procedure.processing_days,
            as_of: c.procedure.as_of,
            message: explain::cscse(&c, lang),
            steps_done: a.cscse_done.iter().copied().collect(),
        }),
    }
}

fn programme(a: &Assessment, lang: Lang) -> ProgrammeOut {
    let c = &a.programme;
    let publication = c.publication.as_ref();
    ProgrammeOut {
        status: c.status,
        id: c.id.clone(),
        major: c.major.as_ref().map(|m| m.get(lang).to_owned()),
        cohort: c.cohort,
        published_on: publication.map(|p| p.published_on),
        institution: publication.map(|p| p.institution.get(lang).to_owned()),
        source: publication.map(|p| p.source.get(lang).to_owned()),
        rule: Cite::A18,
        message: explain::programme(c, lang),
    }
}

fn remaining(r: &Remaining, lang: Lang) -> RemainingOut {
    RemainingOut {
        courses: r
            .courses
            .iter()
            .map(|c| RemainingCourseOut {
                course: listed(&c.code, &c.title, c.credits, lang),
                nature: c.nature,
                core: c.core,
                semester: c.semester,
                exemption_candidate: c.exemption.is_some(),
                exemption: c.exemption.as_ref().map(|e| ReasonOut {
                    rule: Cite::A12_1,
                    message: explain::exemption(e, lang),
                }),
            })
            .collect(),
        core_credits: r.core_credits,
        other_credits: r.other_credits,
        listed_credits: r.listed_credits(),
        rule: Cite::A12_1,
        cites: vec![Cite::A16],
        message: explain::remaining(r, lang),
    }
}

fn document(d: &Document, a: &Assessment, lang: Lang) -> DocumentOut {
    DocumentOut {
        id: d.id,
        cite: d.cite,
        status: d.need,
        message: explain::document(d, lang),
        group: d.group(),
        cites: d.cites.clone(),
        because: d.because.iter().map(ToString::to_string).collect(),
        issued_on_or_after: d.issued_on_or_after,
        min_amount_yuan: d.min_amount_yuan,
        ruling: d.ruling,
        ready: a.documents_ready.contains(&d.id),
    }
}

fn timeline(t: &Timeline, lang: Lang) -> TimelineOut<'_> {
    TimelineOut {
        calendar: CalendarOut {
            through: t.through,
            vacations_apply: t.vacations_apply,
        },
        window: Said {
            what: &t.window,
            message: explain::window(&t.window, lang),
        },
        steps: t
            .steps
            .iter()
            .map(|s| Said {
                what: s,
                message: explain::step(s, lang),
            })
            .collect(),
        later: t
            .later
            .iter()
            .map(|m| MilestoneOut {
                milestone: m.milestone,
                cite: m.cite,
                message: explain::milestone(m, lang),
            })
            .collect(),
    }
}

fn finding<'a>(f: &'a Finding, a: &Assessment, lang: Lang) -> FindingOut<'a> {
    FindingOut {
        rule: f.rule,
        status: f.outcome,
        message: explain::finding(f, a.policy, lang),
        condition: f.condition,
        rulings: &f.rulings,
        cites: &f.cites,
        facts: &f.detail,
    }
}

fn course(c: &CourseResult, lang: Lang) -> CourseOut {
    CourseOut {
        title: c.title.clone(),
        status: c.outcome,
        credits: c.credits,
        percentage: c.band.map(|b| b.range()),
        level: c.band.map(|b| b.level),
        rules: c.rules(),
        literacy_credits: c.literacy_credits,
        reasons: c
            .reasons
            .iter()
            .map(|r| ReasonOut {
                rule: r.rule,
                message: explain::course_reason(r, lang),
            })
            .collect(),
        match_code: c.match_code.clone(),
        overlap: c.overlap.map(|(overlap, _)| overlap),
        overlap_from: c.overlap.map(|(_, from)| from),
        precedent: c.precedent.as_ref().map(|p| PrecedentOut {
            decision: p.decision,
            overlap: p.overlap,
            decided_on: p.decided_on,
            rule: Cite::A6_2_1,
            message: explain::precedent(p, lang),
        }),
    }
}
