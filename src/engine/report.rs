//! The assessment document, format 1 (`spec/case-file.md`), with the optional fields this product
//! adds (`docs/assessment-contract.md`). Messages are phrased by [`super::explain`] in one language.

use super::assessment::{Assessment, Verdict};
use super::courses::{CourseOutcome, CourseResult};
use super::credits::Totals;
use super::date::Date;
use super::eligibility::{Condition, Detail, Finding, Outcome, Ruling};
use super::explain;
use super::fixed::{Fixed, Tenths};
use super::grades::GradeLevel;
use super::policy::Cite;
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
