//! Golden dates of the working-day calendar, each checked by hand against the State Council's notices
//! in `data/holidays-cn/` and a printed calendar.

use super::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// What the date is on the national calendar.
fn day(s: &str) -> Day {
    Calendar::national().day(d(s))
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
fn a_year_without_its_notice_has_the_regulations_holidays_and_is_estimated() {
    // 2027: Friday 1 October and the weekend after it are National Day; Monday the 4th is worked.
    assert_eq!(day("2027-10-01"), Day::Holiday("国庆节"));
    assert!(!Calendar::is_known(d("2027-10-01")));
    assert_eq!(day("2027-10-03"), Day::Holiday("国庆节"));
    assert_eq!(day("2027-10-04"), Day::Working);
    assert_eq!(day("2027-01-01"), Day::Holiday("元旦"));
    // The Spring Festival is Saturday 6 February 2027: its eve is Friday the 5th, its third day
    // Monday the 8th.
    assert_eq!(day("2027-02-04"), Day::Working);
    assert_eq!(day("2027-02-05"), Day::Holiday("春节"));
    assert_eq!(day("2027-02-08"), Day::Holiday("春节"));
    assert_eq!(day("2027-02-09"), Day::Working);
    assert_eq!(day("2027-04-05"), Day::Holiday("清明节"));
    assert_eq!(day("2027-06-09"), Day::Holiday("端午节"));
    assert_eq!(day("2027-09-15"), Day::Holiday("中秋节"));
    // 1 and 2 May 2027 are a Saturday and a Sunday; the days the notice will give for them are not
    // known, so Monday the 3rd is counted as worked.
    assert_eq!(day("2027-05-01"), Day::Holiday("劳动节"));
    assert_eq!(day("2027-05-03"), Day::Working);

    let r = national("2027-09-28", 5);
    assert_eq!(r.date, d("2027-10-06"));
    assert_eq!(holidays(&r), ["2027-10-01", "2027-10-02", "2027-10-03"]);
    assert_eq!(r.skipped.weekend_days, 0, "the weekend is National Day");
    assert!(r.estimated);
    // Not due on Qingming: Friday 2 April, then Tuesday 6 April.
    let r = national("2027-04-01", 2);
    assert_eq!(r.date, d("2027-04-06"));
    assert_eq!(holidays(&r), ["2027-04-05"]);
    assert!(r.estimated);
    // A count that passes over no holiday is still estimated.
    let r = national("2027-03-08", 3);
    assert_eq!(r.date, d("2027-03-11"));
    assert!(r.skipped.is_empty());
    assert!(r.estimated);
}

#[test]
fn a_mid_autumn_festival_in_national_day_has_the_notices_double_name() {
    assert_eq!(day("2028-10-03"), Day::Holiday("国庆节、中秋节"));
    assert_eq!(day("2028-10-02"), Day::Holiday("国庆节"));
    assert_eq!(day("2031-10-01"), Day::Holiday("国庆节、中秋节"));
}

#[test]
fn a_year_with_its_notice_is_as_the_notice_lists_it() {
    // 2026: the notice gives 4-7 October too, and makes Saturday 10 October a working day.
    assert_eq!(day("2026-10-07"), Day::Holiday("国庆节"));
    assert_eq!(day("2026-10-10"), Day::AdjustedWorking("国庆节"));
    // Qingming on Sunday 5 April, with Saturday and Monday: the notice's days, not the
    // Regulations' one.
    assert_eq!(day("2026-04-06"), Day::Holiday("清明节"));
}

/// Every day of the year, in order.
fn days_of(year: i32) -> impl Iterator<Item = Date> {
    let first = Date::new(year, 1, 1).unwrap();
    (0..366)
        .map(move |i| first.plus_days(i))
        .take_while(move |d| d.year() == year)
}

#[test]
fn the_notices_since_the_regulations_were_amended_give_every_statutory_day_off() {
    let noticed: Vec<i32> = FESTIVALS
        .iter()
        .map(|f| f.year)
        .filter(|year| has_notice(*year))
        .collect();
    assert_eq!(noticed, [2025, 2026]);
    for year in noticed {
        let days: Vec<Date> = days_of(year).filter(|d| statutory(*d).is_some()).collect();
        assert_eq!(days.len(), 13, "{year}: 13 statutory days");
        for d in days {
            assert!(
                listed(d).is_some_and(|l| l.off),
                "{d} ({:?}) is not off in the notice",
                statutory(d)
            );
        }
    }
}

#[test]
fn the_festival_table_runs_from_the_first_year_without_a_notice_to_2035_at_least() {
    let first_estimated = Calendar::through().unwrap().year() + 1;
    let years: Vec<i32> = FESTIVALS.iter().map(|f| f.year).collect();
    assert!(
        years.first().is_some_and(|y| *y <= first_estimated),
        "{years:?}"
    );
    assert!(years.last().is_some_and(|y| *y >= 2035), "{years:?}");
}

#[test]
fn past_the_festival_table_only_the_fixed_days_are_holidays() {
    let year = FESTIVALS.last().unwrap().year + 1;
    let day = |m, dd| Calendar::national().day(Date::new(year, m, dd).unwrap());
    assert_eq!(day(10, 1), Day::Holiday("国庆节"));
    assert_eq!(day(5, 2), Day::Holiday("劳动节"));
    let holidays = days_of(year)
        .filter(|d| matches!(Calendar::national().day(*d), Day::Holiday(_)))
        .count();
    assert_eq!(holidays, 6, "1 January, 1-2 May, 1-3 October");
}

/// The festival table against an independent calendar library, which computes the lunisolar
/// calendar and the solar terms itself (native only: it is a native dev-dependency).
#[cfg(not(target_arch = "wasm32"))]
mod against_a_calendar_library {
    use super::*;
    use tyme4rs::tyme::lunar::LunarDay;
    use tyme4rs::tyme::solar::SolarDay;
    use tyme4rs::tyme::{Culture, Tyme};

    fn solar(year: i32, (month, day): (u8, u8)) -> SolarDay {
        SolarDay::from_ymd(year as isize, month as usize, day as usize)
    }

    fn ymd(s: SolarDay) -> (isize, usize, usize) {
        (s.get_year(), s.get_month(), s.get_day())
    }

    #[test]
    fn every_festival_date_of_the_table_is_the_librarys() {
        for f in FESTIVALS {
            let y = f.year;
            let eve = solar(y, f.spring_festival_eve);
            let lunar = eve.get_lunar_day();
            assert_eq!(
                (
                    lunar.get_lunar_month().get_month_with_leap(),
                    lunar.get_day()
                ),
                (12, lunar.get_lunar_month().get_day_count()),
                "{y}: the eve is the 12th month's last day"
            );
            let new_year = LunarDay::from_ymd(y as isize, 1, 1).get_solar_day();
            assert_eq!(
                ymd(eve.next(1)),
                ymd(new_year),
                "{y}: lunar 1/1 follows the eve"
            );

            let qingming = solar(y, f.qingming).get_term_day();
            assert_eq!(qingming.get_solar_term().get_name(), "清明", "{y}");
            assert_eq!(qingming.get_day_index(), 0, "{y}: Qingming's first day");

            for (date, (month, day)) in [(f.dragon_boat, (5, 5)), (f.mid_autumn, (8, 15))] {
                let library = LunarDay::from_ymd(y as isize, month, day).get_solar_day();
                assert_eq!(
                    ymd(solar(y, date)),
                    ymd(library),
                    "{y}: lunar {month}/{day}"
                );
            }
        }
    }

    #[test]
    fn the_spring_festival_of_2027_is_on_6_february() {
        let new_year = LunarDay::from_ymd(2027, 1, 1).get_solar_day();
        assert_eq!(ymd(new_year), (2027, 2, 6));
        assert_eq!(
            Calendar::national().day(Date::new(2027, 2, 6).unwrap()),
            Day::Holiday("春节")
        );
    }
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
