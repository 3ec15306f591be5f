//! The rules engine: a case in, an assessment out. Pure Rust with no web dependency, so the browser
//! app, the `assess` command and the tests all run the same rules.
//!
//! Reading order: [`case`] (the file format) -> [`validate`] -> [`model`] (checked facts) ->
//! [`eligibility`], [`courses`], [`literacy`], [`credits`] (the rules, every number from [`policy`]) ->
//! [`Assessment`] -> [`report`] (the assessment format) with words from [`explain`].

pub mod case;
pub mod changes;
pub mod courses;
pub mod credits;
pub mod date;
pub mod eligibility;
pub mod explain;
pub mod field;
pub mod fixed;
pub mod grades;
pub mod literacy;
pub mod model;
pub mod policy;
pub mod report;
pub mod validate;

use crate::lang::Lang;
use courses::{CourseOutcome, CourseResult};
use credits::{Contributions, Totals};
use date::Date;
use eligibility::{Finding, Outcome};
use grades::Band;
use model::Case;
use policy::Policy;
use serde::Serialize;

pub use policy::MEASURES_2023_046;
pub use validate::{parse, CaseError, FieldError};

/// The overall result (the spec's aggregation rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    NeedsReview,
    NotEligible,
    Incomplete,
}

impl Verdict {
    /// Any fail gives not eligible; else any missing fact, incomplete; else any review, needs review.
    pub fn of(findings: &[Finding]) -> Verdict {
        let any = |o: Outcome| findings.iter().any(|f| f.outcome == o);
        if any(Outcome::Fail) {
            Verdict::NotEligible
        } else if any(Outcome::Missing) {
            Verdict::Incomplete
        } else if any(Outcome::Review) {
            Verdict::NeedsReview
        } else {
            Verdict::Eligible
        }
    }
}

/// The applicant's average and its conversion; `band` is `None` while the table cannot be chosen (G5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Performance {
    pub grade: grades::Grade,
    pub band: Option<Band>,
}

/// Everything the engine decides about a case, as data.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub policy: &'static Policy,
    pub assessed_on: Date,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    /// The applicant's average, if given, and where it lands in the receiving institution's system.
    pub performance: Option<Performance>,
    pub courses: Vec<CourseResult>,
    pub credits: Totals,
}

/// Assesses a checked case under a policy.
pub fn assess(case: &Case, p: &'static Policy) -> Assessment {
    let a = &case.applicant;
    let findings = eligibility::findings(a, p);
    let cx = courses::Context::of(case, p);
    let mut results: Vec<CourseResult> = case
        .courses
        .iter()
        .map(|c| courses::assess(c, &cx))
        .collect();
    let literacy = literacy::allocate(&mut results, &case.courses, a.route, &case.program, p);
    let contributions = contributions(&results, literacy);
    Assessment {
        policy: p,
        assessed_on: case.assessed_on,
        verdict: Verdict::of(&findings),
        findings,
        performance: a.performance.map(|grade| Performance {
            grade,
            band: grades::convert(grade, a.route, p),
        }),
        courses: results,
        credits: credits::totals(&contributions, &case.origin, &case.program, p),
    }
}

fn contributions(results: &[CourseResult], literacy: fixed::Tenths) -> Contributions {
    let mut c = Contributions {
        literacy,
        ..Contributions::default()
    };
    for r in results {
        let Some(credits) = r.credits else { continue };
        match r.outcome {
            CourseOutcome::Review => c.in_review += credits,
            CourseOutcome::NotRecognized => {}
            CourseOutcome::Recognized if r.literacy => {}
            CourseOutcome::Recognized if r.kind == case::CourseKind::Internship => {
                c.recognized_internship += credits
            }
            CourseOutcome::Recognized => c.recognized_other += credits,
        }
    }
    c
}

/// Parses, checks and assesses a case file, returning the assessment (format 1) as JSON with English
/// messages; `today` (`YYYY-MM-DD`) stands in for a missing `assessed_on`.
pub fn assess_json(case_json: &str, today: &str) -> Result<serde_json::Value, String> {
    let today = Date::parse(today).ok_or_else(|| format!("today: \"{today}\" is not a date"))?;
    let case = parse(case_json, today).map_err(|e| e.to_string())?;
    let assessment = assess(&case, &MEASURES_2023_046);
    serde_json::to_value(report::report(&assessment, Lang::En)).map_err(|e| e.to_string())
}
