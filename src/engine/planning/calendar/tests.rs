//! Golden dates of the working-day calendar, each checked by hand against the State Council's notices
//! in `data/holidays-cn/` and a printed calendar.

use super::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn national(from: &str, n: u32) -> Reached {
    Calendar::national().add_working_days(d(from), n)
}

fn holidays(r: &Reached) -> Vec<String> {
    r.skipped
        .holidays
        .iter()
        .map(|h| h.date.to_string())
        .collect()
}

#[test]
fn the_data_runs_through_the_last_notice() {
    assert_eq!(Calendar::through(), Some(d("2026-12-31")));
}

#[test]
fn national_day_and_its_adjusted_saturday() {
    // 2026: 1-7 October off (Thursday to Wednesday); Saturday 10 October is worked.
    let r = national("2026-09-30", 3);
    assert_eq!(r.date, d("2026-10-10"));
    assert_eq!(holidays(&r).len(), 7);
    assert_eq!(r.skipped.adjusted_working_days, vec![d("2026-10-10")]);
    assert_eq!(
        r.skipped.weekend_days, 0,
        "the weekend inside the holiday is holiday"
    );
    assert!(!r.estimated);
}

#[test]
fn spring_festival_with_a_worked_saturday_before_it() {
    // 2026: Saturday 14 February is worked, 15-23 February off.
    assert_eq!(national("2026-02-13", 1).date, d("2026-02-14"));
    let r = national("2026-02-13", 2);
    assert_eq!(r.date, d("2026-02-24"));
    assert_eq!(holidays(&r).first().map(String::as_str), Some("2026-02-15"));
    assert_eq!(holidays(&r).len(), 9);
    assert!(r.skipped.holidays.iter().all(|h| h.name == "春节"));
    // 2024: 10-17 February off, Sunday 18 February worked.
    assert_eq!(national("2024-02-09", 1).date, d("2024-02-18"));
}

#[test]
fn an_adjusted_sunday_after_new_year_across_the_year_boundary() {
    // 2026: 1-3 January off, Sunday 4 January worked.
    let r = national("2025-12-31", 1);
    assert_eq!(r.date, d("2026-01-04"));
    assert_eq!(r.skipped.adjusted_working_days, vec![d("2026-01-04")]);
    assert!(!r.estimated);
}

#[test]
fn a_notice_may_name_a_day_of_the_year_before() {
    // The 2023 notice makes Saturday 31 December 2022 a holiday; 2022's notice is not in the data.
    assert_eq!(
        Calendar::national().day(d("2022-12-31")),
        Day::Holiday("元旦")
    );
    assert!(!Calendar::is_known(d("2022-12-31")));
    assert!(Calendar::is_known(d("2023-01-02")));
}

#[test]
fn plain_weekends_are_skipped() {
    // Friday 2026-03-06 + 1 working day is Monday the 9th.
    let r = national("2026-03-06", 1);
    assert_eq!(r.date, d("2026-03-09"));
    assert_eq!(r.skipped.weekend_days, 2);
}

#[test]
fn month_ends_and_leap_days() {
    assert_eq!(national("2024-02-28", 1).date, d("2024-02-29"));
    assert_eq!(national("2024-02-28", 2).date, d("2024-03-01"));
    // 2026: 1-5 May off, Saturday 9 May worked.
    assert_eq!(national("2026-04-30", 1).date, d("2026-05-06"));
    assert_eq!(national("2026-05-08", 1).date, d("2026-05-09"));
    assert_eq!(national("2026-01-30", 1).date, d("2026-02-02"));
}

#[test]
fn the_december_rule_of_p5() {
    // No notice for 2027 in the data: weekend days from 15 December 2026 on may yet be moved.
    assert!(
        Calendar::is_known(d("2026-12-12")),
        "a weekend before the 15th"
    );
    assert!(Calendar::is_known(d("2026-12-18")), "a Friday after it");
    assert!(!Calendar::is_known(d("2026-12-19")), "a Saturday after it");
    assert!(
        Calendar::is_known(d("2025-12-20")),
        "2026's notice is in the data"
    );
    assert!(!national("2026-12-10", 1).estimated);
    let r = national("2026-12-17", 2);
    assert_eq!(r.date, d("2026-12-21"));
    assert!(r.estimated, "passed over Saturday 19 December");
}

#[test]
fn dates_past_the_data_are_plain_weekdays_and_estimated() {
    let r = national("2027-03-08", 3);
    assert_eq!(r.date, d("2027-03-11"));
    assert!(r.estimated);
    // Even 1 October 2027 is counted as a plain Friday: the notice for 2027 is not in the data.
    assert_eq!(Calendar::national().day(d("2027-10-01")), Day::Working);
    assert!(!Calendar::is_known(d("2027-10-01")));
}

#[test]
fn vacations_are_not_working_days_and_are_certain_whatever_the_data() {
    let summer = Span {
        from: d("2026-07-04"),
        to: d("2026-08-30"),
    };
    let r = Calendar::with_vacations(&[summer]).add_working_days(d("2026-07-02"), 3);
    assert_eq!(r.date, d("2026-09-01"));
    assert_eq!(r.skipped.vacation_days, 58);
    assert_eq!(r.skipped.weekend_days, 0);
    assert!(!r.estimated);
    // A vacation in 2027 hides the data's gap for its own days only.
    let winter = Span {
        from: d("2027-01-18"),
        to: d("2027-02-21"),
    };
    let r = Calendar::with_vacations(&[winter]).add_working_days(d("2027-01-15"), 1);
    assert_eq!(r.date, d("2027-02-22"));
    assert!(r.estimated, "Saturday 16 January 2027 is not in the data");
    // Without vacations the same count is three days.
    assert_eq!(national("2027-01-15", 1).date, d("2027-01-18"));
}

#[test]
fn moving_to_a_working_day_forward_and_back() {
    let cal = Calendar::national();
    assert_eq!(
        cal.working_on_or_after(d("2026-10-04")).date,
        d("2026-10-08")
    );
    assert_eq!(
        cal.working_on_or_before(d("2026-10-04")).date,
        d("2026-09-30")
    );
    assert_eq!(
        cal.working_on_or_after(d("2026-10-10")).date,
        d("2026-10-10")
    );
    let same = cal.working_on_or_after(d("2026-03-09"));
    assert_eq!(same.date, d("2026-03-09"));
    assert!(same.skipped.is_empty());
}
