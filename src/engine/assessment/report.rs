//! The assessment document, format 1 (`docs/assessment-contract.md`), with the optional fields this product
//! adds (`docs/assessment-contract.md`). Messages are phrased by [`crate::engine::explain`] in one language.

use crate::engine::assessment::{Assessment, Verdict};
use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Tenths};
use crate::engine::case::DocumentId;
use crate::engine::explain;
use crate::engine::planning::documents::{Document, Group, Need};
use crate::engine::planning::timeline::{MilestoneId, OfficeStep, Timeline, Window};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::cite::Ruling;
use crate::engine::rules::courses::{CourseOutcome, CourseResult};
use crate::engine::rules::credits::Totals;
use crate::engine::rules::eligibility::{Condition, Detail, Finding, Outcome};
use crate::engine::rules::grades::GradeLevel;
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
    }
}
