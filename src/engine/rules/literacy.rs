//! Literacy courses in place of ideological-political credits (A7.3, A12.2.3, R8): how much each
//! qualifying course substitutes once the category, route and programme caps apply.

use crate::engine::case::fixed::Tenths;
use crate::engine::case::model::{Course, Program};
use crate::engine::case::Route;
use crate::engine::rules::courses::{
    CourseDetail, CourseOutcome, CourseReason, CourseResult, Weight,
};
use crate::engine::rules::policy::Policy;

/// Settles the substitution of every recognized literacy course, in transcript order (G3), and
/// returns the total substituted.
pub fn allocate(
    results: &mut [CourseResult],
    courses: &[Course],
    route: Option<Route>,
    program: &Program,
    p: &Policy,
) -> Tenths {
    let route_max = p.literacy_route_max(route);
    let mut cap = Tenths::from(route_max.value);
    if let Some(required) = program.literacy_credits_required {
        cap = cap.min(Tenths::from(required));
    }
    let mut used = Tenths::ZERO;
    for (result, course) in results.iter_mut().zip(courses) {
        let Some(category) = course.literacy.as_ref().and_then(|l| l.category) else {
            continue;
        };
        let (Some(credits), CourseOutcome::Recognized) = (result.credits, result.outcome) else {
            continue;
        };
        let category_max = p.literacy_category_max(category);
        let share = credits.min(Tenths::from(category_max.value));
        let take = share.min(cap.saturating_sub(used));
        used += take;
        result.literacy_credits = take;
        result.reasons.push(CourseReason {
            rule: category_max.cite,
            weight: Weight::Note,
            detail: CourseDetail::LiteracySubstitutes {
                category,
                credits: take,
                category_max: category_max.value,
            },
        });
        // The category's cap cut it (a cap on the route or the requirement is said just below).
        if take == share && take < credits {
            result.reasons.push(CourseReason {
                rule: category_max.cite,
                weight: Weight::Note,
                detail: CourseDetail::LiteracyRemainder {
                    remainder: credits.saturating_sub(take),
                },
            });
        }
        if take < share {
            result.reasons.push(CourseReason {
                rule: route_max.cite,
                weight: Weight::Note,
                detail: CourseDetail::LiteracyCapped {
                    substituted: take,
                    cap,
                },
            });
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::fixed::Fixed;
    use crate::engine::case::model::Literacy;
    use crate::engine::case::LiteracyCategory::{self, Ethics, GlobalCitizenship};
    use crate::engine::rules::cite::Cite;
    use crate::engine::rules::policy::MEASURES_2023_046 as P;

    fn course(category: LiteracyCategory, credits: &str) -> Course {
        Course {
            credits: Some(Fixed::lit(credits)),
            literacy: Some(Literacy {
                category: Some(category),
                content_ok: Some(true),
                assessment_ok: Some(true),
            }),
            ..Course::default()
        }
    }

    /// Results as the course rules leave them: recognized, at their credits, nothing substituted yet.
    fn recognized(courses: &[Course]) -> Vec<CourseResult> {
        courses
            .iter()
            .map(|c| CourseResult {
                title: String::new(),
                outcome: CourseOutcome::Recognized,
                credits: c.credits.map(Tenths::from),
                band: None,
                literacy_credits: Tenths::ZERO,
                kind: c.kind,
                literacy: true,
                reasons: Vec::new(),
                match_code: None,
                overlap: None,
                precedent: None,
                gauge: None,
                hours: None,
            })
            .collect()
    }

    fn substituted(courses: &[Course], route: Route, required: Option<&str>) -> Vec<i64> {
        let mut results = recognized(courses);
        let program = Program {
            literacy_credits_required: required.map(Fixed::lit),
            ..Program::default()
        };
        let total = allocate(&mut results, courses, Some(route), &program, &P);
        let each: Vec<i64> = results.iter().map(|r| r.literacy_credits.get()).collect();
        assert_eq!(total.get(), each.iter().sum::<i64>());
        each
    }

    #[test]
    fn a_course_substitutes_up_to_its_category_s_maximum() {
        let courses = [course(Ethics, "3")];
        assert_eq!(substituted(&courses, Route::International, None), [20]);
        let courses = [course(GlobalCitizenship, "3")];
        assert_eq!(substituted(&courses, Route::International, None), [30]);
    }

    #[test]
    fn the_route_caps_the_total_in_transcript_order() {
        let courses = [course(GlobalCitizenship, "3"), course(Ethics, "2")];
        assert_eq!(substituted(&courses, Route::Mainland, None), [30, 0]);
        assert_eq!(substituted(&courses, Route::International, None), [30, 20]);
        let reversed = [course(Ethics, "2"), course(GlobalCitizenship, "3")];
        assert_eq!(substituted(&reversed, Route::Mainland, None), [20, 10]);
    }

    #[test]
    fn the_programme_s_requirement_caps_the_total_too() {
        let courses = [course(GlobalCitizenship, "3")];
        assert_eq!(
            substituted(&courses, Route::International, Some("2.5")),
            [25]
        );
        assert_eq!(substituted(&courses, Route::International, Some("0")), [0]);
    }

    #[test]
    fn a_capped_course_says_which_cap_stopped_it() {
        let courses = [course(GlobalCitizenship, "3"), course(Ethics, "2")];
        let mut results = recognized(&courses);
        allocate(
            &mut results,
            &courses,
            Some(Route::Mainland),
            &Program::default(),
            &P,
        );
        let capped = &results[1].reasons;
        assert_eq!(capped.len(), 2);
        assert_eq!(capped[1].rule, Cite::A7_3_3);
        assert!(matches!(
            capped[1].detail,
            CourseDetail::LiteracyCapped { .. }
        ));
        assert_eq!(results[0].reasons.len(), 1);
        assert_eq!(results[0].reasons[0].rule, Cite::A7_3_1);
    }

    #[test]
    fn only_recognized_literacy_courses_with_a_category_substitute() {
        let mut courses = vec![course(Ethics, "2"), course(Ethics, "2")];
        courses[1].literacy.as_mut().unwrap().category = None;
        let mut results = recognized(&courses);
        results[0].outcome = CourseOutcome::Review;
        let total = allocate(
            &mut results,
            &courses,
            Some(Route::Mainland),
            &Program::default(),
            &P,
        );
        assert_eq!(total, Tenths::ZERO);
        assert!(results.iter().all(|r| r.reasons.is_empty()));
    }

    #[test]
    fn credits_beyond_the_category_cap_are_said_not_to_count() {
        let courses = [course(Ethics, "2.7")];
        let mut results = recognized(&courses);
        allocate(
            &mut results,
            &courses,
            Some(Route::International),
            &Program::default(),
            &P,
        );
        assert_eq!(results[0].literacy_credits, Tenths::from(Fixed::lit("2")));
        assert!(matches!(
            results[0].reasons.last().map(|r| &r.detail),
            Some(CourseDetail::LiteracyRemainder { remainder }) if *remainder == Tenths::from(Fixed::lit("0.7"))
        ));
        assert_eq!(
            results[0].credits_if_counted(),
            Some(Tenths::from(Fixed::lit("2")))
        );
    }
}
