//! Calendar dates as the case file writes them (`YYYY-MM-DD`). Only what the rules need: parsing,
//! ordering, "the same day N years later" for the A8.2 age of a grade, and the day and month
//! arithmetic of the planning periods.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid proleptic Gregorian date; field order makes the derived ordering chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        // `const fn` rules out range `contains`.
        let in_range = year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1;
        if in_range && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Strict `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let (year, month, day) = Date::parts(s)?;
        Date::new(year, month, day)
    }

    /// For text written as `YYYY-MM-DD` whose day its month does not have (`2026-02-30`), the
    /// number of days that month has.
    pub fn month_length_if_day_missing(s: &str) -> Option<u8> {
        let (year, month, day) = Date::parts(s)?;
        let length = (1..=12)
            .contains(&month)
            .then(|| days_in_month(year, month))?;
        (day > length).then_some(length)
    }

    /// The three numbers of `YYYY-MM-DD`, unchecked.
    fn parts(s: &str) -> Option<(i32, u8, u8)> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Some((
            i32::try_from(num(0..4)?).ok()?,
            u8::try_from(num(5..7)?).ok()?,
            u8::try_from(num(8..10)?).ok()?,
        ))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The same calendar day `years` later; a 29 February lands on 28 February in a common year, the
    /// last day of that month, as periods counted in years end (G2).
    pub fn plus_years(self, years: i32) -> Date {
        let year = self.year + years;
        let day = self.day.min(days_in_month(year, self.month));
        Date {
            year,
            month: self.month,
            day,
        }
    }

    /// The same day number `months` later (earlier when negative), or the month's last day when it
    /// has no such day: how periods in months end (Civil Code art. 202; P4, P12).
    pub fn plus_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The date `days` days later (earlier when negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_unix_days(self.unix_days() + days)
    }

    /// The next day.
    pub fn next(self) -> Date {
        self.plus_days(1)
    }

    /// Days since 1970-01-01.
    pub fn unix_days(self) -> i64 {
        // Days-from-civil over 400-year eras, the inverse of `from_unix_days`.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
        (self.unix_days() + 3).rem_euclid(7) >= 5
    }

    /// The date `days` days after 1970-01-01 (for "today" from a clock).
    pub fn from_unix_days(days: i64) -> Date {
        // Civil-from-days over 400-year eras of 146,097 days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 => {
            if is_leap(year) {
                29
            } else {
                28
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read back from the text it is written as (the catalogue a build writes as JSON for the browser).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("not a date (YYYY-MM-DD)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strictly() {
        assert_eq!(Date::parse("2026-09-01"), Date::new(2026, 9, 1));
        for bad in [
            "2026-9-01",
            "2026-13-01",
            "2025-02-29",
            "2026-09-01T00",
            "abcd-ef-gh",
            "+026-09-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn adds_years_to_the_last_day_of_a_short_february() {
        let d = Date::new(2020, 2, 29).unwrap();
        assert_eq!(d.plus_years(5), Date::new(2025, 2, 28).unwrap());
        assert_eq!(d.plus_years(4), Date::new(2024, 2, 29).unwrap());
    }

    #[test]
    fn converts_unix_days() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_697).to_string(), "2026-09-01");
        assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
    }

    #[test]
    fn counts_days_and_months() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("2026-09-01").unix_days(), 20_697);
        assert_eq!(d("2000-02-29").unix_days(), 11_016);
        assert_eq!(d("2026-12-31").plus_days(1), d("2027-01-01"));
        assert_eq!(d("2024-03-01").plus_days(-1), d("2024-02-29"));
        assert_eq!(d("2026-11-30").plus_months(3), d("2027-02-28"));
        assert_eq!(d("2027-03-31").plus_months(-1), d("2027-02-28"));
        assert_eq!(d("2028-08-29").plus_months(-6), d("2028-02-29"));
        assert_eq!(d("2027-01-15").plus_months(-1), d("2026-12-15"));
        assert!(d("2026-12-05").is_weekend() && d("2026-12-06").is_weekend());
        assert!(!d("2026-12-07").is_weekend() && !d("2026-12-04").is_weekend());
        for n in -800..800 {
            let day = d("2024-02-28").plus_days(n);
            assert_eq!(Date::from_unix_days(day.unix_days()), day);
        }
    }

    #[test]
    fn a_missing_day_is_told_apart_from_text_that_is_no_date() {
        assert_eq!(Date::month_length_if_day_missing("2026-02-30"), Some(28));
        assert_eq!(Date::month_length_if_day_missing("2028-02-30"), Some(29));
        assert_eq!(Date::month_length_if_day_missing("2026-04-31"), Some(30));
        assert_eq!(Date::month_length_if_day_missing("2026-02-28"), None);
        assert_eq!(Date::month_length_if_day_missing("2026-13-01"), None);
        assert_eq!(Date::month_length_if_day_missing("30/02/2026"), None);
    }
}
