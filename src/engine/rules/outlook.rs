//! What would change the result, put in order for the reader: what no figure can change, what would
//! change the verdict, what would only add credits, the committee route of special explanatory
//! material (A5.6), and the courses lost to the 5-year rule (A8.2).

use crate::engine::rules::changes::{Change, Target};
use crate::engine::rules::cite::Ruling;
use crate::engine::rules::courses::CourseDetail;
use crate::engine::rules::eligibility::{Condition, Outcome};
use crate::engine::Assessment;

#[derive(Clone, Debug, PartialEq)]
pub struct Outlook<'a> {
    /// Conditions not met for a reason no figure changes (the final year, a status, a record).
    pub blockers: Vec<Condition>,
    /// Changes to the conditions of eligibility: these can change the verdict.
    pub verdict: Vec<&'a Change>,
    /// Changes to courses: they add credits; the verdict does not depend on them.
    pub credits: Vec<&'a Change>,
    /// Conditions below the standard where special explanatory material would bring the
    /// committee's review instead (R4, A5.6), as the applicant said they have none.
    pub explanatory: Vec<Condition>,
    /// Courses, by index, that count for nothing because they are too old (A8.2).
    pub expired: Vec<usize>,
}

pub fn outlook<'a>(a: &Assessment, changes: &'a [Change]) -> Outlook<'a> {
    let (verdict, credits): (Vec<&Change>, Vec<&Change>) = changes
        .iter()
        .partition(|c| matches!(c.target, Target::Condition(_)));
    let changeable = |condition: Condition| {
        verdict
            .iter()
            .any(|c| c.target == Target::Condition(condition))
    };
    let failed = a.findings.iter().filter(|f| f.outcome == Outcome::Fail);
    let blockers = failed
        .clone()
        .filter(|f| !changeable(f.condition))
        .map(|f| f.condition)
        .collect();
    let explanatory = failed
        .filter(|f| f.rulings.contains(&Ruling::R4))
        .map(|f| f.condition)
        .collect();
    let expired = a
        .courses
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.reasons
                .iter()
                .any(|reason| matches!(reason.detail, CourseDetail::Expired { .. }))
        })
        .map(|(i, _)| i)
        .collect();
    Outlook {
        blockers,
        verdict,
        credits,
        explanatory,
        expired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::parse;
    use crate::engine::rules::changes::what_would_change;
    use crate::engine::{assess, MEASURES_2023_046 as P};

    fn outlook_of(json: &str, check: impl Fn(&Outlook)) {
        let case = parse(json, Date::new(2026, 9, 1).unwrap()).unwrap();
        let a = assess(&case, &P, None);
        let changes = what_would_change(&case, &a, &P);
        check(&outlook(&a, &changes));
    }

    const HEAD: &str = r#""format": "transfer-check/case", "version": 1"#;

    #[test]
    fn a_final_year_student_is_told_no_figure_changes_that() {
        let json = format!(
            r#"{{ {HEAD}, "applicant": {{ "route": "mainland", "level": "undergraduate",
                "in_final_year": true, "semesters_completed": 0 }} }}"#
        );
        outlook_of(&json, |o| {
            assert_eq!(o.blockers, [Condition::FinalYear]);
            assert!(o
                .verdict
                .iter()
                .any(|c| c.target == Target::Condition(Condition::Semesters)));
        });
    }

    #[test]
    fn a_low_average_without_material_points_to_the_committee_route() {
        let json = format!(
            r#"{{ {HEAD}, "applicant": {{ "route": "mainland", "level": "undergraduate",
                "performance": {{ "system": "percentage", "value": 65 }},
                "explanatory_material": false }} }}"#
        );
        outlook_of(&json, |o| {
            assert_eq!(o.explanatory, [Condition::Performance]);
            assert!(o.blockers.is_empty(), "{:?}", o.blockers);
        });
    }

    #[test]
    fn course_changes_add_credits_and_old_courses_are_named() {
        let json = format!(
            r#"{{ {HEAD}, "assessed_on": "2026-09-01", "courses": [
                {{ "title": "Old", "credits": 2, "completed_on": "2019-01-15",
                   "grade": {{ "system": "percentage", "value": 80 }} }},
                {{ "title": "Low", "credits": 2, "completed_on": "2025-01-15",
                   "grade": {{ "system": "percentage", "value": 50 }} }} ] }}"#
        );
        outlook_of(&json, |o| {
            assert_eq!(o.expired, [0]);
            assert!(o
                .credits
                .iter()
                .all(|c| matches!(c.target, Target::Course(_))));
            assert!(o
                .verdict
                .iter()
                .all(|c| matches!(c.target, Target::Condition(_))));
        });
    }
}
