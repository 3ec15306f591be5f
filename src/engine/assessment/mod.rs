//! Everything the engine decides about a case, drawn together: the verdict from the findings, the
//! courses, literacy and the credit totals.

pub mod glance;
pub mod report;

use crate::engine::case;
use crate::engine::case::date::Date;
use crate::engine::case::fixed;
use crate::engine::case::model::Case;
use crate::engine::case::Field;
use crate::engine::catalog::{Catalog, LiteracyCourse};
use crate::engine::cscse::{self, StartBy};
use crate::engine::planning::documents::{self, Document};
use crate::engine::planning::timeline::{self, Timeline, Track};
use crate::engine::rules::courses::{self, CourseOutcome, CourseResult};
use crate::engine::rules::credits::{self, Contributions, Totals};
use crate::engine::rules::eligibility::{self, Finding, Outcome};
use crate::engine::rules::grades::{self, Band};
use crate::engine::rules::literacy;
use crate::engine::rules::policy::Policy;
use crate::engine::rules::programme::{self, Chosen, Remaining};
use serde::Serialize;

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
    /// What to hand in (A9 and the passages it leans on).
    pub documents: Vec<Document>,
    /// Which limits and citations the plan follows, once the route and revocation are known (P4).
    pub track: Option<Track>,
    /// The dated plan, when the case's plan gives what the window needs (P4).
    pub timeline: Option<Timeline>,
    /// The answer the timeline waits for, while there is none.
    pub plan_needs: Option<Field>,
    /// When to start the CSCSE certification (international route, P9).
    pub cscse: Option<StartBy>,
    /// The documents the plan says are ready (the checklist's ticks).
    pub documents_ready: std::collections::BTreeSet<case::DocumentId>,
    /// The CSCSE steps the plan says are done (the guide's ticks).
    pub cscse_done: std::collections::BTreeSet<cscse::CscseStep>,
    /// The receiving programme the case chose, and whether the catalogue has it.
    pub programme: Chosen,
    /// The programme's courses still to take, when the catalogue's programme is applied.
    pub remaining: Option<Remaining>,
    /// The college's literacy courses, when literacy credits are still to take (A12.2.3).
    pub literacy_options: Vec<LiteracyCourse>,
}

/// Assesses a checked case under a policy, in the programme it chose of the catalogue, if one is
/// given (`docs/catalog.md`): the programme's figures and courses then stand in for those the case
/// typed.
impl Assessment {
    /// How many documents of the checklist are not marked ready: the checklist's count and the
    /// office's summary say the same.
    pub fn documents_missing(&self) -> usize {
        self.documents
            .iter()
            .filter(|d| !self.documents_ready.contains(&d.id))
            .count()
    }
}

pub fn assess(case: &Case, p: &'static Policy, catalog: Option<&Catalog>) -> Assessment {
    let a = &case.applicant;
    let findings = eligibility::findings(a, p);
    let chosen = programme::choose(&case.program, catalog);
    let listed = catalog
        .and_then(|c| c.chosen(&case.program))
        .filter(|_| chosen.status.applies());
    let program = match listed {
        Some(listed) => programme::figures(&case.program, listed),
        None => case.program.clone(),
    };
    let cx = courses::Context {
        program: &program,
        ..courses::Context::of(case, p)
    }
    .in_programme(listed);
    let mut results: Vec<CourseResult> = case
        .courses
        .iter()
        .map(|c| courses::assess(c, &cx))
        .collect();
    let literacy = literacy::allocate(&mut results, &case.courses, a.route, &program, p);
    let contributions = contributions(&results, literacy);
    let credits = credits::totals(&contributions, &case.origin, &program, p);
    let revoked = a.revoked == Some(true);
    let timeline = timeline::timeline(a, &case.plan, p);
    let submitted_on = timeline.as_ref().map(|t| t.window.submitted_on);
    let cscse = timeline
        .as_ref()
        .filter(|_| a.route == Some(case::Route::International))
        .map(|t| cscse::start_by(t.window.closes, case.plan.archival_certificate_days));
    Assessment {
        documents: documents::documents(case, &findings, submitted_on, p),
        track: Track::of(a),
        plan_needs: timeline::needs(a, &case.plan),
        timeline,
        cscse,
        documents_ready: case.plan.documents_ready.clone(),
        cscse_done: case.plan.cscse_done.clone(),
        policy: p,
        assessed_on: case.assessed_on,
        verdict: Verdict::of(&findings),
        findings,
        performance: a.performance.map(|grade| Performance {
            grade,
            band: grades::convert(grade, a.route, p),
        }),
        remaining: listed.map(|l| programme::remaining(l, &results, revoked, p)),
        literacy_options: listed
            .map(|l| programme::literacy_options(l, &credits))
            .unwrap_or_default(),
        programme: chosen,
        courses: results,
        credits,
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
