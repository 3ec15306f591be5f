//! Working days as A19 counts them, on China's statutory-holiday calendar: not a rule of the Measures
//! but the ground their periods are counted on (P1, P2, P5). The holiday data is compiled in from
//! `data/holidays-cn/` by `build.rs`. A year without its State Council notice is estimated from the
//! Regulations on National Annual Holidays: their statutory days are holidays (the lunar ones and
//! Qingming from `data/festivals-cn.json`), other weekdays work, weekends do not; and everything
//! counted over a date the data cannot vouch for is marked estimated, never silently taken as certain.

use crate::engine::case::date::Date;
use serde::Serialize;

/// One year's notice: its holidays and adjusted working days, which may reach into the year before.
pub(super) struct Year {
    year: i32,
    days: &'static [Listed],
}

/// A day the notice names: a holiday (`off`) or a weekend day made a working day.
pub(super) struct Listed {
    year: i32,
    month: u8,
    day: u8,
    off: bool,
    name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/holidays.rs"));

/// One year's dates, as month and day, of the statutory days that move with the lunar calendar or the
/// solar terms (P5).
pub(super) struct Festivals {
    year: i32,
    /// The last day of the lunar year before, the first of the Spring Festival's four days.
    spring_festival_eve: (u8, u8),
    qingming: (u8, u8),
    /// Lunar 5/5.
    dragon_boat: (u8, u8),
    /// Lunar 8/15.
    mid_autumn: (u8, u8),
}

include!(concat!(env!("OUT_DIR"), "/festivals.rs"));

/// The Spring Festival's days from its eve: the eve and lunar 1/1, 1/2 and 1/3.
const SPRING_FESTIVAL_DAYS: i64 = 4;

/// Weekend dates from this day of December on may be moved by the next year's notice (P5).
const NEXT_NOTICE_FROM_DECEMBER: u8 = 15;

/// A span of whole days, both ends included (a vacation of the receiving institution).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub from: Date,
    pub to: Date,
}

impl Span {
    pub fn contains(&self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }
}

/// What a day is on the calendar in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Day {
    Working,
    /// A Saturday or Sunday made a working day by the State Council's adjustment, with the
    /// holiday it makes up for.
    AdjustedWorking(&'static str),
    Weekend,
    /// A statutory holiday, by the notice's name for it.
    Holiday(&'static str),
    /// A day of the receiving institution's winter or summer vacation.
    Vacation,
}

impl Day {
    pub fn is_working(self) -> bool {
        matches!(self, Day::Working | Day::AdjustedWorking(_))
    }
}

/// A holiday passed over, by its date and the notice's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Holiday {
    pub date: Date,
    pub name: &'static str,
}

/// The days a count passed over without counting them, and the adjusted weekend days it counted,
/// so that a user can check the count by hand.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub weekend_days: u32,
    pub holidays: Vec<Holiday>,
    pub vacation_days: u32,
    pub adjusted_working_days: Vec<Date>,
}

impl Skipped {
    fn note(&mut self, date: Date, day: Day) {
        match day {
            Day::Working => {}
            Day::AdjustedWorking(_) => self.adjusted_working_days.push(date),
            Day::Weekend => self.weekend_days += 1,
            Day::Holiday(name) => self.holidays.push(Holiday { date, name }),
            Day::Vacation => self.vacation_days += 1,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Skipped::default()
    }
}

/// Where a count or a move ended, whether it rests on dates the data cannot vouch for, and what it
/// passed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reached {
    pub date: Date,
    pub estimated: bool,
    pub skipped: Skipped,
}

/// The national calendar, and the receiving institution's vacations where they count (P1).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// The vacations that are not working days, when they count at all (P1).
    vacations: Option<Vec<Span>>,
}

impl Calendar {
    /// Weekends, statutory holidays and adjusted working days only (P1 for revoked and international
    /// applicants, P7 for the original institution).
    pub fn national() -> Calendar {
        Calendar::default()
    }

    /// The national calendar without the given vacations' days (P1 for regular applicants).
    pub fn with_vacations(vacations: &[Span]) -> Calendar {
        Calendar {
            vacations: Some(vacations.to_vec()),
        }
    }

    /// Whether vacations lengthen the limits (P1): for a regular applicant whether or not any was
    /// given, never for a revoked-institution or international one.
    pub fn vacations_apply(&self) -> bool {
        self.vacations.is_some()
    }

    /// 31 December of the last year with a notice in an unbroken run from the first (P5).
    pub fn through() -> Option<Date> {
        let first = YEARS.first()?.year;
        let last = YEARS
            .iter()
            .enumerate()
            .take_while(|(i, y)| y.year == first + *i as i32)
            .last()?
            .1
            .year;
        Date::new(last, 12, 31)
    }

    /// Whether the data vouches for what the date is (P5): its year's notice is in the data and, for
    /// a weekend date from 15 December on, the next year's too.
    pub fn is_known(d: Date) -> bool {
        let late_weekend =
            d.month() == 12 && d.day() >= NEXT_NOTICE_FROM_DECEMBER && d.is_weekend();
        has_notice(d.year()) && (!late_weekend || has_notice(d.year() + 1))
    }

    /// What the date is on this calendar: as a notice lists it, else, in a year without a notice, a
    /// holiday when the Regulations make it one (P5), else a plain weekday or weekend.
    pub fn day(&self, d: Date) -> Day {
        if self.vacations.iter().flatten().any(|v| v.contains(d)) {
            return Day::Vacation;
        }
        match listed(d) {
            Some(l) if l.off => Day::Holiday(l.name),
            Some(l) if d.is_weekend() => Day::AdjustedWorking(l.name),
            // A weekday the notice lists as a working day is one anyway.
            Some(_) => Day::Working,
            None if has_notice(d.year()) => plain(d),
            None => statutory(d).map_or_else(|| plain(d), Day::Holiday),
        }
    }

    /// Whether counting over the date rests on data that vouches for it: a vacation day is not a
    /// working day whatever the notice says.
    fn certain(&self, d: Date) -> bool {
        Calendar::is_known(d) || self.vacations.iter().flatten().any(|v| v.contains(d))
    }

    /// The `n`-th working day after `from`, `from` itself not counted (P2).
    pub fn add_working_days(&self, from: Date, n: u32) -> Reached {
        let mut reached = Reached {
            date: from,
            estimated: false,
            skipped: Skipped::default(),
        };
        let mut counted = 0;
        while counted < n {
            reached.date = reached.date.next();
            counted += u32::from(self.pass(&mut reached));
        }
        reached
    }

    /// The date itself when it is a working day, else the first working day after it.
    pub fn working_on_or_after(&self, d: Date) -> Reached {
        self.move_to_working(d, 1)
    }

    /// The date itself when it is a working day, else the last working day before it.
    pub fn working_on_or_before(&self, d: Date) -> Reached {
        self.move_to_working(d, -1)
    }

    fn move_to_working(&self, d: Date, step: i64) -> Reached {
        let mut reached = Reached {
            date: d,
            estimated: false,
            skipped: Skipped::default(),
        };
        while !self.pass(&mut reached) {
            reached.date = reached.date.plus_days(step);
        }
        reached
    }

    /// Looks at the day reached, notes it, and says whether it is a working day.
    fn pass(&self, reached: &mut Reached) -> bool {
        let d = reached.date;
        let day = self.day(d);
        reached.estimated |= !self.certain(d);
        reached.skipped.note(d, day);
        day.is_working()
    }
}

/// A day no notice or statute names: a weekend day or a working day.
fn plain(d: Date) -> Day {
    if d.is_weekend() {
        Day::Weekend
    } else {
        Day::Working
    }
}

fn has_notice(year: i32) -> bool {
    YEARS.iter().any(|y| y.year == year)
}

/// The statutory holiday the date is under the Regulations on National Annual Holidays as amended
/// in 2024, by the name the notices give it (P5): 1 January; the Spring Festival's eve and its first
/// three days; Qingming; 1 and 2 May; the Dragon Boat Festival; the Mid-Autumn Festival; 1 to 3
/// October. The days that move are known for the years of `data/festivals-cn.json` only.
fn statutory(d: Date) -> Option<&'static str> {
    let fixed = match (d.month(), d.day()) {
        (1, 1) => Some("元旦"),
        (5, 1..=2) => Some("劳动节"),
        (10, 1..=3) => Some("国庆节"),
        _ => None,
    };
    let moving = FESTIVALS
        .iter()
        .find(|f| f.year == d.year())
        .and_then(|f| f.festival(d));
    match (fixed, moving) {
        // As the notices name the days the two share.
        (Some("国庆节"), Some("中秋节")) => Some("国庆节、中秋节"),
        (fixed, moving) => fixed.or(moving),
    }
}

impl Festivals {
    /// The festival of the table on the date, a date of the table's year.
    fn festival(&self, d: Date) -> Option<&'static str> {
        let on = |(month, day): (u8, u8)| Date::new(self.year, month, day);
        let eve = on(self.spring_festival_eve)?;
        let days_from_eve = d.unix_days() - eve.unix_days();
        if (0..SPRING_FESTIVAL_DAYS).contains(&days_from_eve) {
            return Some("春节");
        }
        [
            (self.qingming, "清明节"),
            (self.dragon_boat, "端午节"),
            (self.mid_autumn, "中秋节"),
        ]
        .into_iter()
        .find(|(date, _)| on(*date) == Some(d))
        .map(|(_, name)| name)
    }
}

/// The notice's entry for the date: its own year's file first, then the next year's, which may list
/// late-December days.
fn listed(d: Date) -> Option<&'static Listed> {
    [d.year(), d.year() + 1]
        .iter()
        .filter_map(|year| YEARS.iter().find(|y| y.year == *year))
        .flat_map(|y| y.days.iter())
        .find(|l| l.year == d.year() && l.month == d.month() && l.day == d.day())
}

#[cfg(test)]
mod tests;
