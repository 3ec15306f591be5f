//! A case at a glance: what a list of cases shows of each, and what cases side by side compare. Drawn
//! from the assessment, never worked out again.

use super::{Assessment, Verdict};
use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Tenths};
use crate::engine::planning::timeline::WindowStatus;
use crate::engine::rules::eligibility::{Finding, Outcome};
use crate::engine::rules::grades::{Band, GradeLevel};

#[derive(Clone, Debug, PartialEq)]
pub struct Glance {
    pub verdict: Verdict,
    /// The findings that decide the verdict: every finding of the outcome it rests on (not met for a
    /// case not eligible, missing for an incomplete one, for the committee for one in review); none
    /// for an eligible case.
    pub decisive: Vec<Finding>,
    /// The converted average, once the table is known.
    pub average: Option<Band>,
    pub recognized: Tenths,
    pub shortfall: Option<Tenths>,
    /// Credits of the chosen programme's core courses still to take (A16), when the catalogue's
    /// programme applies.
    pub core_to_take: Option<Tenths>,
    pub documents_missing: usize,
    /// The last day to hand in the materials (A9.3).
    pub deadline: Option<Date>,
    /// The last office's decision, when the plan dates it (A10-A14).
    pub last_decision: Option<Date>,
    /// Where the planned hand-in day stands against the window.
    pub window: Option<WindowStatus>,
    /// The first date of the plan on or after `today`.
    pub next_date: Option<Date>,
}

impl Glance {
    pub fn of(a: &Assessment, today: Date) -> Glance {
        let decisive_outcome = match a.verdict {
            Verdict::NotEligible => Some(Outcome::Fail),
            Verdict::Incomplete => Some(Outcome::Missing),
            Verdict::NeedsReview => Some(Outcome::Review),
            Verdict::Eligible => None,
        };
        let decisive = a
            .findings
            .iter()
            .filter(|f| Some(f.outcome) == decisive_outcome)
            .cloned()
            .collect();
        let timeline = a.timeline.as_ref();
        let dues = timeline
            .into_iter()
            .flat_map(|t| t.steps.iter().filter_map(|s| s.due));
        let dates = timeline
            .into_iter()
            .flat_map(|t| t.window.opens.into_iter().chain([t.window.closes]))
            .chain(dues.clone());
        Glance {
            verdict: a.verdict,
            decisive,
            average: a.performance.and_then(|p| p.band),
            recognized: a.credits.recognized,
            shortfall: a.credits.shortfall,
            core_to_take: a.remaining.as_ref().map(|r| r.core_credits),
            documents_missing: a.documents_missing(),
            deadline: timeline.map(|t| t.window.closes),
            last_decision: dues.max(),
            window: timeline.map(|t| t.window.status),
            next_date: dates.filter(|&d| d >= today).min(),
        }
    }

    /// Whether the glances differ in `row`.
    pub fn differ(glances: &[Glance], row: Row) -> bool {
        glances.windows(2).any(|w| row.key(&w[0]) != row.key(&w[1]))
    }
}

/// What cases side by side compare, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Verdict,
    Reasons,
    Average,
    Recognized,
    Shortfall,
    CoreToTake,
    DocumentsMissing,
    Deadline,
    LastDecision,
}

impl Row {
    pub const ALL: [Row; 9] = [
        Row::Verdict,
        Row::Reasons,
        Row::Average,
        Row::Recognized,
        Row::Shortfall,
        Row::CoreToTake,
        Row::DocumentsMissing,
        Row::Deadline,
        Row::LastDecision,
    ];

    /// What two glances must share to be the same in this row.
    fn key(self, g: &Glance) -> Key<'_> {
        match self {
            Row::Verdict => Key::Verdict(g.verdict),
            Row::Reasons => Key::Findings(&g.decisive),
            Row::Average => Key::Average(g.average.map(|b| (b.range(), b.level))),
            Row::Recognized => Key::Credits(Some(g.recognized)),
            Row::Shortfall => Key::Credits(g.shortfall),
            Row::CoreToTake => Key::Credits(g.core_to_take),
            Row::DocumentsMissing => Key::Count(g.documents_missing),
            Row::Deadline => Key::Date(g.deadline),
            Row::LastDecision => Key::Date(g.last_decision),
        }
    }
}

#[derive(PartialEq)]
enum Key<'a> {
    Verdict(Verdict),
    Findings(&'a [Finding]),
    Average(Option<([Fixed; 2], GradeLevel)>),
    Credits(Option<Tenths>),
    Count(usize),
    Date(Option<Date>),
}
