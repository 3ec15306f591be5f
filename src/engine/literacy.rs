//! Literacy courses in place of ideological-political credits (A7.3, A12.2.3, R8): how much each
//! qualifying course substitutes once the category, route and programme caps apply.

use super::case::Route;
use super::courses::{CourseDetail, CourseOutcome, CourseReason, CourseResult, Weight};
use super::fixed::Tenths;
use super::model::{Course, Program};
use super::policy::Policy;

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
        let Some(category) = course.literacy.and_then(|l| l.category) else {
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
