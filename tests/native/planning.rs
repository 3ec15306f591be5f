#![cfg(not(target_arch = "wasm32"))]
//! Property tests of planning: the working-day calendar (P1, P2) and the timeline built on it (P3,
//! P4, P7), for dates from 2023 to 2028 (known years of the holiday data and estimated ones past it)
//! and random vacations of the receiving institution.
//!
//! - `Calendar::add_working_days(from, n)`, n >= 1, ends on a working day of that calendar, is
//!   strictly increasing in n and never decreases when `from` moves later;
//! - `working_on_or_after(d)` is a working day on or after d, `working_on_or_before(d)` one on or
//!   before d;
//! - for any applicant whose track is known and any plan, the window never closes before it opens
//!   and closes on a working day; each step's `due`, where it has one, is after its `from` and is a
//!   working day of the calendar P1 and P7 give it; the receiving chain and the objection chain are
//!   each in non-decreasing order of due.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError};
use transfer_check::engine::case::date::Date;
use transfer_check::engine::case::model::{Applicant, Plan};
use transfer_check::engine::case::Route;
use transfer_check::engine::planning::calendar::{Calendar, Span};
use transfer_check::engine::planning::timeline::{timeline, StepId, Timeline, Track};
use transfer_check::engine::MEASURES_2023_046 as P;

/// A modest number of cases (`PROPTEST_CASES` overrides), and no regression files: the tests must
/// not write into the repository; a failure prints its minimal case instead.
fn config() -> Config {
    Config {
        cases: 200,
        failure_persistence: None,
        ..Config::default()
    }
}

fn first_day() -> Date {
    Date::new(2023, 1, 1).expect("a date")
}

fn last_day() -> Date {
    Date::new(2028, 12, 31).expect("a date")
}

/// A day from 2023-01-01 to 2028-12-31, both included.
fn date() -> impl Strategy<Value = Date> {
    let first = first_day();
    let days = last_day().unix_days() - first.unix_days();
    (0..=days).prop_map(move |i| first.plus_days(i))
}

/// A vacation of up to 70 days, both ends included, starting in the range of [`date`].
fn vacation() -> impl Strategy<Value = Span> {
    (date(), 0i64..70).prop_map(|(from, len)| Span {
        from,
        to: from.plus_days(len),
    })
}

fn vacations() -> impl Strategy<Value = Vec<Span>> {
    vec(vacation(), 0..4)
}

/// The national calendar or one with random vacations, with the vacations it holds.
fn calendar() -> impl Strategy<Value = (Vec<Span>, Calendar)> {
    vacations().prop_map(|v| {
        let cal = Calendar::with_vacations(&v);
        (v, cal)
    })
}

/// An applicant whose track is known: `revoked` given and, when not revoked, a route (G10).
fn applicant() -> impl Strategy<Value = Applicant> {
    let route = select(vec![
        Route::Mainland,
        Route::Hmt,
        Route::SinoForeign,
        Route::International,
    ]);
    (route, any::<bool>()).prop_map(|(route, revoked)| Applicant {
        route: Some(route),
        revoked: Some(revoked),
        ..Applicant::default()
    })
}

/// A plan with the window's dates mostly given, so that most cases have a timeline.
fn plan() -> impl Strategy<Value = Plan> {
    (
        option::weighted(0.9, date()),
        option::weighted(0.9, date()),
        option::of(date()),
        vacations(),
        option::of(date()),
    )
        .prop_map(
            |(semester_start, revocation_announced_on, submitted_on, vacations, informed_on)| {
                Plan {
                    semester_start,
                    revocation_announced_on,
                    submitted_on,
                    vacations,
                    informed_on,
                    ..Plan::default()
                }
            },
        )
}

/// The calendar a step is counted on: the national one for the original institution (P7), else the
/// track's (P1: vacations count for regular transfers only).
fn step_calendar(track: Track, step: StepId, plan: &Plan) -> Calendar {
    let transfer_out = matches!(
        step,
        StepId::TransferOutVerification | StepId::TransferOutNotice
    );
    match track {
        Track::Regular if !transfer_out => Calendar::with_vacations(&plan.vacations),
        _ => Calendar::national(),
    }
}

fn track_calendar(track: Track, plan: &Plan) -> Calendar {
    match track {
        Track::Regular => Calendar::with_vacations(&plan.vacations),
        Track::Revoked | Track::International => Calendar::national(),
    }
}

fn is_objection(step: StepId) -> bool {
    matches!(
        step,
        StepId::ObjectionDeadline | StepId::ObjectionReview | StepId::ObjectionAnswer
    )
}

/// The dues of the steps `keep` selects, in the timeline's order, must never go back.
fn dues_never_go_back(t: &Timeline, keep: fn(StepId) -> bool) -> Result<(), TestCaseError> {
    let dues: Vec<(StepId, Date)> = t
        .steps
        .iter()
        .filter(|s| keep(s.step))
        .filter_map(|s| s.due.map(|due| (s.step, due)))
        .collect();
    for pair in dues.windows(2) {
        prop_assert!(
            pair[0].1 <= pair[1].1,
            "{:?} due {} but the next step {:?} due {}",
            pair[0].0,
            pair[0].1,
            pair[1].0,
            pair[1].1
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn adding_working_days_ends_on_a_working_day_and_grows_with_n(
        (_, cal) in calendar(),
        from in date(),
        n in 1u32..40,
    ) {
        let reached = cal.add_working_days(from, n).date;
        let further = cal.add_working_days(from, n + 1).date;
        prop_assert!(reached > from, "{n} working days after {from} gave {reached}");
        prop_assert!(
            cal.day(reached).is_working(),
            "{n} working days after {from} gave {reached}, which is {:?}",
            cal.day(reached)
        );
        prop_assert!(
            further > reached,
            "{} working days after {from} gave {further}, not after {reached} ({n} days)",
            n + 1
        );
    }

    #[test]
    fn adding_working_days_never_decreases_when_the_start_moves_later(
        (_, cal) in calendar(),
        from in date(),
        later_by in 0i64..30,
        n in 1u32..40,
    ) {
        let later = from.plus_days(later_by);
        let a = cal.add_working_days(from, n).date;
        let b = cal.add_working_days(later, n).date;
        prop_assert!(
            a <= b,
            "{n} working days after {from} gave {a}, after {later} gave {b}"
        );
    }

    #[test]
    fn moving_to_a_working_day_moves_the_right_way(
        (_, cal) in calendar(),
        d in date(),
    ) {
        let after = cal.working_on_or_after(d).date;
        prop_assert!(after >= d, "working on or after {d} gave {after}");
        prop_assert!(cal.day(after).is_working(), "{after} is {:?}", cal.day(after));
        let before = cal.working_on_or_before(d).date;
        prop_assert!(before <= d, "working on or before {d} gave {before}");
        prop_assert!(cal.day(before).is_working(), "{before} is {:?}", cal.day(before));
        if cal.day(d).is_working() {
            prop_assert_eq!(after, d);
            prop_assert_eq!(before, d);
        }
    }

    #[test]
    fn every_timeline_is_in_order_and_on_working_days(a in applicant(), plan in plan()) {
        let Some(t) = timeline(&a, &plan, &P) else {
            // Only a window without what it needs has no timeline (P4).
            let needs_announcement = a.revoked == Some(true);
            prop_assert!(
                if needs_announcement {
                    plan.revocation_announced_on.is_none()
                } else {
                    plan.semester_start.is_none()
                },
                "no timeline for {a:?} with {plan:?}"
            );
            return Ok(());
        };
        let expected_track = match (a.revoked, a.route) {
            (Some(true), _) => Track::Revoked,
            (_, Some(Route::International)) => Track::International,
            _ => Track::Regular,
        };
        prop_assert_eq!(t.track, expected_track);
        // P1: a regular applicant's working days take vacations into account whether or not any
        // was given.
        prop_assert_eq!(t.vacations_apply, t.track == Track::Regular);

        let w = &t.window;
        if let Some(opens) = w.opens {
            prop_assert!(w.closes >= opens, "window opens {opens} but closes {}", w.closes);
        }
        let cal = track_calendar(t.track, &plan);
        prop_assert!(
            cal.day(w.closes).is_working(),
            "the window closes on {}, which is {:?}",
            w.closes,
            cal.day(w.closes)
        );
        prop_assert_eq!(w.submitted_on, plan.submitted_on.unwrap_or(w.closes));

        for s in &t.steps {
            let Some(due) = s.due else {
                prop_assert!(s.working_days.is_none(), "{:?} has a limit but no due", s.step);
                continue;
            };
            prop_assert!(due > s.from, "{:?} from {} is due {due}", s.step, s.from);
            let cal = step_calendar(t.track, s.step, &plan);
            prop_assert!(
                cal.day(due).is_working(),
                "{:?} is due {due}, which is {:?} on its calendar",
                s.step,
                cal.day(due)
            );
        }
        prop_assert_eq!(t.steps[0].step, StepId::PreliminaryVerification);
        prop_assert_eq!(t.steps[0].from, w.submitted_on);
        dues_never_go_back(&t, |s| !is_objection(s))?;
        dues_never_go_back(&t, is_objection)?;
        prop_assert_eq!(
            t.steps.iter().any(|s| is_objection(s.step)),
            plan.informed_on.is_some()
        );
    }
}
