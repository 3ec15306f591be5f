//! A case at a glance: what a list of cases shows of each, and what cases side by side compare. Drawn
//! from the assessment, never worked out again.

use super::{Assessment, Verdict};
use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Tenths};
use crate::engine::planning::timeline::{StepId, WindowStatus};

/// The steps that decide on an application.
const DECISIONS: [StepId; 3] = [
    StepId::PreliminaryVerification,
    StepId::CollegeEvaluation,
    StepId::UniversityApproval,
];
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
    /// When the last office decides on the application, once the plan is dated: the preliminary
    /// verification, the college's evaluation and the university's approval. The steps after them
    /// (public notice, filing, objections) are not decisions on it.
    pub last_decision: Option<LastDecision>,
    /// Where the planned hand-in day stands against the window; `None` while no hand-in day is given.
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
        let steps = timeline.into_iter().flat_map(|t| t.steps.iter());
        let dues = steps.clone().filter_map(|s| s.due);
        let decisions: Vec<Option<Date>> = steps
            .filter(|s| DECISIONS.contains(&s.step))
            .map(|s| s.due)
            .collect();
        let last_decision = match decisions.iter().any(Option::is_none) {
            _ if timeline.is_none() => None,
            true => Some(LastDecision::NoLimit),
            false => decisions.into_iter().flatten().max().map(LastDecision::By),
        };
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
            last_decision,
            window: timeline
                .filter(|t| !t.window.submitted_assumed)
                .map(|t| t.window.status),
            next_date: dates.filter(|&d| d >= today).min(),
        }
    }

    /// Whether the glances differ in `row`.
    pub fn differ(glances: &[Glance], row: Row) -> bool {
        glances.windows(2).any(|w| row.key(&w[0]) != row.key(&w[1]))
    }
}

/// The last decision's day, or that the Measures give its office no time limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastDecision {
    By(Date),
    /// A deciding step has no limit (the university's approval, P3): no day can be given.
    NoLimit,
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
            Row::LastDecision => Key::Decision(g.last_decision),
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
    Decision(Option<LastDecision>),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::fixed::Tenths;
    use crate::engine::rules::eligibility::Outcome;
    use crate::engine::{assess, MEASURES_2023_046};

    fn today() -> Date {
        Date::new(2026, 12, 5).unwrap()
    }

    /// The example's assessment, with `plan` as its plan.
    fn assessed(example: &str, plan: Option<&str>) -> Assessment {
        let text = std::fs::read_to_string(format!("examples/{example}.json")).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        if let Some(plan) = plan {
            value["plan"] = serde_json::from_str(plan).unwrap();
        }
        let case = crate::engine::parse(&value.to_string(), today()).unwrap();
        assess(&case, &MEASURES_2023_046, None)
    }

    #[test]
    fn an_eligible_case_has_no_decisive_findings_and_no_dates_without_a_plan() {
        let a = assessed("mainland-undergraduate", None);
        let g = Glance::of(&a, today());
        assert_eq!(g.verdict, Verdict::Eligible);
        assert!(g.decisive.is_empty());
        assert_eq!(g.recognized, a.credits.recognized);
        assert_eq!(g.documents_missing, a.documents_missing());
        assert_eq!(
            g.documents_missing,
            a.documents.len(),
            "nothing is ticked ready"
        );
        assert_eq!(
            (g.deadline, g.last_decision, g.next_date, g.window),
            (None, None, None, None)
        );
    }

    #[test]
    fn the_findings_of_the_deciding_outcome_are_decisive() {
        let mut a = assessed("mainland-undergraduate", None);
        a.findings[1].outcome = Outcome::Fail;
        a.findings[2].outcome = Outcome::Review;
        a.verdict = Verdict::of(&a.findings);
        let g = Glance::of(&a, today());
        assert_eq!(g.verdict, Verdict::NotEligible);
        assert_eq!(
            g.decisive,
            [a.findings[1].clone()],
            "a review is not what decides"
        );
    }

    #[test]
    fn a_planned_case_has_its_deadline_last_decision_and_next_date() {
        let a = assessed(
            "mainland-undergraduate",
            Some(r#"{"semester_start": "2027-03-01"}"#),
        );
        let t = a.timeline.as_ref().expect("a timeline");
        let g = Glance::of(&a, today());
        assert_eq!(g.deadline, Some(t.window.closes));
        assert_eq!(
            g.window, None,
            "no hand-in day is given: the window's close is assumed"
        );
        let due = |id: StepId| t.steps.iter().find(|s| s.step == id).and_then(|s| s.due);
        assert_eq!(due(StepId::UniversityApproval), None, "P3: no limit");
        assert!(due(StepId::PublicNotice).is_some(), "dated at the earliest");
        assert_eq!(
            g.last_decision,
            Some(LastDecision::NoLimit),
            "the notice after the approval is not the decision, and the approval has no day"
        );
        let next = g.next_date.expect("a date ahead");
        let ahead = t
            .window
            .opens
            .into_iter()
            .chain([t.window.closes])
            .chain(t.steps.iter().filter_map(|s| s.due));
        assert_eq!(Some(next), ahead.filter(|&d| d >= today()).min());
        let given = assessed(
            "mainland-undergraduate",
            Some(r#"{"semester_start": "2027-03-01", "submitted_on": "2026-12-10"}"#),
        );
        let given = Glance::of(&given, today());
        assert!(
            given.window.is_some(),
            "a hand-in day given is placed against the window"
        );
        let later = Glance::of(&a, Date::new(2030, 1, 1).unwrap());
        assert_eq!(later.next_date, None, "every date is past");
    }

    #[test]
    fn cases_differ_only_in_the_rows_whose_values_differ() {
        let g = Glance::of(&assessed("mainland-undergraduate", None), today());
        let same = [g.clone(), g.clone()];
        assert!(Row::ALL.iter().all(|&row| !Glance::differ(&same, row)));
        let more = Glance {
            recognized: g.recognized + Tenths::new(10),
            ..g.clone()
        };
        let differing: Vec<Row> = Row::ALL
            .into_iter()
            .filter(|&row| Glance::differ(&[g.clone(), g.clone(), more.clone()], row))
            .collect();
        assert_eq!(differing, [Row::Recognized]);
    }
}
