//! What the applicant should do next, decided from the assessment: the interface only words it.

use crate::engine::case::Route;
use crate::engine::rules::courses::CourseOutcome;
use crate::engine::{Assessment, Verdict};

/// One thing to do next, in the order they are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NextStep {
    /// Some answers need correcting before they count.
    FixErrors,
    /// Facts the rules need are missing.
    GiveMissing,
    /// A condition is not met: what the result means and where to look for alternatives.
    NotEligible,
    /// The committee decides on some conditions.
    Review,
    Eligible,
    /// Prepare the application materials (A9).
    Materials,
    /// International applicants: start the academic authentication early (A4.4.2.a, A9.2.2.a).
    Authentication,
    /// Some courses go to the committee for recognition.
    CoursesReview,
    /// How to object to a decision (A14).
    Appeal,
}

/// The next steps for an assessment; `input_errors` is whether the form still has answers in error.
pub fn next_steps(a: &Assessment, route: Option<Route>, input_errors: bool) -> Vec<NextStep> {
    let mut steps = Vec::new();
    if input_errors {
        steps.push(NextStep::FixErrors);
    }
    steps.push(match a.verdict {
        Verdict::Incomplete => NextStep::GiveMissing,
        Verdict::NotEligible => NextStep::NotEligible,
        Verdict::NeedsReview => NextStep::Review,
        Verdict::Eligible => NextStep::Eligible,
    });
    if a.verdict != Verdict::NotEligible {
        steps.push(NextStep::Materials);
        if route == Some(Route::International) {
            steps.push(NextStep::Authentication);
        }
    }
    if a.courses.iter().any(|c| c.outcome == CourseOutcome::Review) {
        steps.push(NextStep::CoursesReview);
    }
    steps.push(NextStep::Appeal);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::parse;
    use crate::engine::{assess, MEASURES_2023_046};

    fn assessment(json: &str) -> Assessment {
        let case = parse(json, Date::new(2026, 9, 1).unwrap()).unwrap();
        assess(&case, &MEASURES_2023_046, None)
    }

    const EMPTY: &str = r#"{"format": "transfer-check/case", "version": 1}"#;

    #[test]
    fn an_incomplete_case_asks_for_what_is_missing_first() {
        let a = assessment(EMPTY);
        assert_eq!(
            next_steps(&a, None, true),
            [
                NextStep::FixErrors,
                NextStep::GiveMissing,
                NextStep::Materials,
                NextStep::Appeal
            ]
        );
    }

    #[test]
    fn international_applicants_are_told_to_start_their_authentication() {
        let a = assessment(EMPTY);
        let steps = next_steps(&a, Some(Route::International), false);
        assert!(steps.contains(&NextStep::Authentication));
        assert!(!next_steps(&a, Some(Route::Mainland), false).contains(&NextStep::Authentication));
    }

    #[test]
    fn an_applicant_who_cannot_transfer_is_not_sent_to_gather_materials() {
        let a = assessment(
            r#"{"format": "transfer-check/case", "version": 1,
                "applicant": {"in_final_year": true, "route": "international"}}"#,
        );
        assert_eq!(a.verdict, Verdict::NotEligible);
        let steps = next_steps(&a, Some(Route::International), false);
        assert_eq!(steps, [NextStep::NotEligible, NextStep::Appeal]);
    }
}
