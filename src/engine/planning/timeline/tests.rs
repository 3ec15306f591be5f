//! Golden timelines, each date counted by hand on the 2026 notice (see `calendar/tests.rs`).

use super::*;
use crate::engine::planning::calendar::Span;
use crate::engine::MEASURES_2023_046 as P;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn applicant(route: Route, revoked: bool) -> Applicant {
    Applicant {
        route: Some(route),
        revoked: Some(revoked),
        ..Applicant::default()
    }
}

fn dues(t: &Timeline) -> Vec<(StepId, Option<String>)> {
    t.steps
        .iter()
        .map(|s| (s.step, s.due.map(|d| d.to_string())))
        .collect()
}

#[test]
fn a_regular_transfer_in_the_autumn_of_2026() {
    let plan = Plan {
        semester_start: Some(d("2026-09-07")),
        submitted_on: Some(d("2026-09-18")),
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Mainland, false), &plan, &P).unwrap();
    assert_eq!(t.track, Track::Regular);
    assert_eq!(t.window.cite, Cite::A9_3_1);
    assert_eq!(
        (t.window.opens, t.window.closes),
        (Some(d("2026-09-07")), d("2026-09-21"))
    );
    assert_eq!(t.window.status, WindowStatus::OnTime);
    assert!(!t.window.estimated);
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        dues(&t),
        vec![
            // Sunday 20 September is worked: it is the first of the 3 days.
            (StepId::PreliminaryVerification, some("2026-09-22")),
            // Mid-Autumn (25-27 September) and National Day (1-7 October) are passed over.
            (StepId::CollegeEvaluation, some("2026-10-09")),
            (StepId::UniversityApproval, None),
            // Saturday 10 October is worked.
            (StepId::PublicNotice, some("2026-10-15")),
            (StepId::Filing, some("2026-11-05")),
            (StepId::TransferOutVerification, some("2026-11-16")),
            (StepId::TransferOutNotice, some("2026-11-19")),
        ]
    );
    let open: Vec<bool> = t.steps.iter().map(|s| s.after_open_step).collect();
    assert_eq!(open, [false, false, false, true, true, true, true]);
    assert!(t.steps.iter().all(|s| !s.estimated));
    let college = &t.steps[1];
    assert_eq!(college.from, d("2026-09-22"));
    assert_eq!(college.skipped.holidays.len(), 3 + 7);
    assert_eq!(t.steps[5].ruling, Some(Ruling::P7));
    assert_eq!(t.later.len(), 1);
}

#[test]
fn the_specs_example_past_the_data_is_estimated() {
    let plan = Plan {
        semester_start: Some(d("2027-02-22")),
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Mainland, false), &plan, &P).unwrap();
    assert_eq!(t.window.closes, d("2027-03-08"));
    assert_eq!(
        t.window.submitted_on,
        d("2027-03-08"),
        "the closing day when none is given"
    );
    assert!(t.window.estimated);
    assert!(
        t.window.submitted_estimated(),
        "the estimated closing day stands for the day of handing in"
    );
    assert_eq!(t.steps[0].due, Some(d("2027-03-11")));
    assert!(t.steps[0].estimated);
    assert_eq!(t.through, Some(d("2026-12-31")));
    let given = Plan {
        submitted_on: Some(d("2027-03-05")),
        ..plan
    };
    let t = timeline(&applicant(Route::Mainland, false), &given, &P).unwrap();
    assert!(t.window.estimated && !t.window.submitted_estimated());
}

#[test]
fn regular_vacations_lengthen_limits_but_not_the_original_institutions() {
    let plan = Plan {
        semester_start: Some(d("2026-06-22")),
        submitted_on: Some(d("2026-07-02")),
        vacations: vec![Span {
            from: d("2026-07-04"),
            to: d("2026-08-30"),
        }],
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Hmt, false), &plan, &P).unwrap();
    assert!(t.vacations_apply);
    // 3 July, then 31 August and 1 September.
    assert_eq!(t.steps[0].due, Some(d("2026-09-01")));
    assert_eq!(t.steps[0].skipped.vacation_days, 58);
    // The same vacation is nobody's business for a revoked applicant (A19, last sentence).
    let revoked = Plan {
        revocation_announced_on: Some(d("2026-06-30")),
        ..plan
    };
    let t = timeline(&applicant(Route::Hmt, true), &revoked, &P).unwrap();
    assert!(!t.vacations_apply);
    assert_eq!(t.steps[0].due, Some(d("2026-07-06")));
}

#[test]
fn a_revoked_window_runs_three_months_and_moves_to_a_working_day() {
    let plan = |announced| Plan {
        revocation_announced_on: Some(d(announced)),
        ..Plan::default()
    };
    let t = timeline(
        &applicant(Route::International, true),
        &plan("2026-08-31"),
        &P,
    )
    .unwrap();
    assert_eq!(t.track, Track::Revoked);
    assert_eq!(t.window.cite, Cite::A9_3_2);
    assert_eq!(
        (t.window.opens, t.window.closes),
        (Some(d("2026-08-31")), d("2026-11-30"))
    );
    // 30 November + 3 months has no 30 February: 28 February 2027, a Sunday, moves to Monday.
    let t = timeline(&applicant(Route::Mainland, true), &plan("2026-11-30"), &P).unwrap();
    assert_eq!(t.window.nominal_close, d("2027-02-28"));
    assert_eq!(t.window.closes, d("2027-03-01"));
    assert!(t.window.estimated);
    // P6: 2 working days of approval, then the 5 of the public notice.
    let approval = &t.steps[2];
    assert_eq!(
        (approval.working_days, approval.ruling),
        (Some(2), Some(Ruling::P6))
    );
    assert_eq!(t.steps[0].working_days, Some(2));
    assert_eq!(t.later.len(), 3, "A13.1, A13.2 and A15.3.1");
}

#[test]
fn an_international_window_closes_a_month_before_and_is_never_moved_later() {
    let plan = |start, submitted: Option<&str>| Plan {
        semester_start: Some(d(start)),
        submitted_on: submitted.map(d),
        ..Plan::default()
    };
    let a = applicant(Route::International, false);
    let t = timeline(&a, &plan("2026-10-08", None), &P).unwrap();
    assert_eq!((t.window.opens, t.window.closes), (None, d("2026-09-08")));
    assert_eq!(t.steps[0].working_days, Some(5));
    // 4 October is in the National Day holiday: the last working day before it is 30 September.
    let t = timeline(&a, &plan("2026-11-04", Some("2026-10-09")), &P).unwrap();
    assert_eq!(t.window.closes, d("2026-09-30"));
    assert_eq!(t.window.status, WindowStatus::Late);
    assert_eq!(t.later.len(), 2, "A15.3.1 and A15.3.2");
}

#[test]
fn a_day_before_the_window_is_early_and_kept() {
    let plan = Plan {
        semester_start: Some(d("2026-09-07")),
        submitted_on: Some(d("2026-09-01")),
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Mainland, false), &plan, &P).unwrap();
    assert_eq!(t.window.status, WindowStatus::Early);
    assert_eq!(t.steps[0].from, d("2026-09-01"));
}

#[test]
fn objections_count_from_the_day_the_result_was_told() {
    let plan = Plan {
        semester_start: Some(d("2026-09-07")),
        informed_on: Some(d("2026-09-30")),
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Mainland, false), &plan, &P).unwrap();
    let objection: Vec<_> = dues(&t).into_iter().skip(7).collect();
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        objection,
        vec![
            (StepId::ObjectionDeadline, some("2026-10-10")),
            (StepId::ObjectionReview, some("2026-10-16")),
            (StepId::ObjectionAnswer, some("2026-10-23")),
        ]
    );
}

#[test]
fn no_timeline_without_what_the_window_needs() {
    let regular = applicant(Route::Mainland, false);
    assert!(timeline(&regular, &Plan::default(), &P).is_none());
    let announced_only = Plan {
        revocation_announced_on: Some(d("2026-09-01")),
        ..Plan::default()
    };
    assert!(timeline(&regular, &announced_only, &P).is_none());
    let unknown_route = Applicant {
        revoked: Some(false),
        ..Applicant::default()
    };
    let start = Plan {
        semester_start: Some(d("2026-09-07")),
        ..Plan::default()
    };
    assert!(timeline(&unknown_route, &start, &P).is_none(), "G10");
    assert_eq!(needs(&unknown_route, &start), Some(Field::Route));
    assert_eq!(needs(&Applicant::default(), &start), Some(Field::Revoked));
    assert_eq!(needs(&regular, &announced_only), Some(Field::SemesterStart));
    assert_eq!(needs(&regular, &start), None);
    let revoked = applicant(Route::Mainland, true);
    assert_eq!(needs(&revoked, &start), Some(Field::RevocationAnnouncedOn));
}

#[test]
fn a_typical_guess_of_vacations_around_the_semester() {
    let spring = typical_vacations(d("2027-02-22"));
    assert_eq!(
        spring[0],
        Span {
            from: d("2027-01-18"),
            to: d("2027-02-21")
        }
    );
    assert_eq!(
        spring[1],
        Span {
            from: d("2027-07-06"),
            to: d("2027-08-30")
        }
    );
    let autumn = typical_vacations(d("2026-09-07"));
    assert_eq!(
        autumn[0],
        Span {
            from: d("2026-07-06"),
            to: d("2026-09-06")
        }
    );
    assert_eq!(
        autumn[1],
        Span {
            from: d("2027-01-18"),
            to: d("2027-02-21")
        }
    );
}

#[test]
fn vacations_apply_to_the_regular_track_whether_or_not_any_was_given() {
    // P1: the calendar says which rule counted the days, not whether a vacation was entered.
    let plan = Plan {
        semester_start: Some(d("2026-09-07")),
        ..Plan::default()
    };
    let t = timeline(&applicant(Route::Mainland, false), &plan, &P).unwrap();
    assert!(t.vacations_apply);
    let international = timeline(&applicant(Route::International, false), &plan, &P).unwrap();
    assert!(!international.vacations_apply);
    let revoked = Plan {
        revocation_announced_on: Some(d("2026-06-30")),
        ..plan
    };
    assert!(
        !timeline(&applicant(Route::Mainland, true), &revoked, &P)
            .unwrap()
            .vacations_apply
    );
}
