//! Grades in the applicant's own system and their conversion to the receiving institution's percentage
//! system (Tables A6.1, A7.1.2, A7.2; R1, R3).

use crate::engine::case::fixed::Fixed;
use crate::engine::case::Route;
use crate::engine::rules::cite::Cite;
use crate::engine::rules::policy::{GpaBand, LetterBand, Param, Policy};
use serde::Serialize;

// The scales are read by the policy table too; they live in a module of their own so that the table
// does not depend on the rules that read it.
pub use crate::engine::rules::scales::{Ects, FourLevel, GradeLevel};

/// A checked grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "system", content = "value", rename_all = "snake_case")]
pub enum Grade {
    Percentage(Fixed),
    FiveLevel(GradeLevel),
    FourLevel(FourLevel),
    Gpa4(Fixed),
    Ects(Ects),
}

/// Where a grade lands in the receiving institution's percentage system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Band {
    pub low: Fixed,
    pub high: Fixed,
    pub level: GradeLevel,
    /// The table that converted it.
    pub table: Cite,
}

impl Band {
    pub fn range(self) -> [Fixed; 2] {
        [self.low, self.high]
    }
}

/// Converts a grade with the table R3 assigns: ECTS letters by Table A7.1.2; a GPA by Table A7.2 on
/// the international route and Table A6.1 on the others; everything else by Table A6.1. A GPA on an
/// unknown route has no table yet (G5).
pub fn convert(grade: Grade, route: Option<Route>, p: &Policy) -> Option<Band> {
    match grade {
        Grade::Percentage(v) => {
            let t = &p.percentage_levels;
            let row = band_for(&t.value, v);
            Some(Band {
                low: v,
                high: v,
                level: row.level,
                table: t.cite,
            })
        }
        Grade::FiveLevel(g) => Some(letter_band(&p.table_a6_1_five_level.value, g, Cite::A6_1)),
        Grade::FourLevel(g) => Some(letter_band(&p.table_a6_1_four_level.value, g, Cite::A6_1)),
        Grade::Ects(g) => Some(letter_band(&p.table_a7_1_2_ects.value, g, Cite::A7_1_2)),
        Grade::Gpa4(v) => {
            let (rows, cite): (&[GpaBand], Cite) = match route? {
                Route::International => (&p.table_a7_2_gpa.value, p.table_a7_2_gpa.cite),
                _ => (&p.table_a6_1_gpa.value, p.table_a6_1_gpa.cite),
            };
            let row = band_for(rows, v);
            Some(Band {
                low: Fixed::int(row.low.into()),
                high: Fixed::int(row.high.into()),
                level: row.level,
                table: cite,
            })
        }
    }
}

/// R1: the band whose lower bound is the greatest one not above the value. Tables end with a row from
/// zero, so every valid value has one.
fn band_for(rows: &[GpaBand], v: Fixed) -> GpaBand {
    rows.iter()
        .copied()
        .find(|row| row.from <= v)
        .unwrap_or(rows[rows.len() - 1])
}

fn letter_band<G: PartialEq + Copy>(rows: &[LetterBand<G>], g: G, table: Cite) -> Band {
    let row = rows
        .iter()
        .find(|row| row.grade == g)
        .copied()
        .unwrap_or(rows[rows.len() - 1]);
    Band {
        low: Fixed::int(row.low.into()),
        high: Fixed::int(row.high.into()),
        level: row.level,
        table,
    }
}

/// The least passing grade (A6.2.2, R6) in the grade's own system, and the passage that sets it.
pub fn pass_mark(grade: Grade, p: &Policy) -> Param<Grade> {
    let mark = |value, cite| Param { value, cite };
    match grade {
        Grade::Percentage(_) => mark(
            Grade::Percentage(p.pass_percentage.value),
            p.pass_percentage.cite,
        ),
        Grade::FiveLevel(_) => mark(
            Grade::FiveLevel(p.pass_five_level.value),
            p.pass_five_level.cite,
        ),
        Grade::FourLevel(_) => mark(
            Grade::FourLevel(p.pass_four_level.value),
            p.pass_four_level.cite,
        ),
        Grade::Gpa4(_) => mark(Grade::Gpa4(p.pass_gpa.value), p.pass_gpa.cite),
        Grade::Ects(_) => mark(Grade::Ects(p.pass_ects.value), p.pass_ects.cite),
    }
}

/// Whether a course grade meets the receiving institution's passing standard (A6.2.2, R6).
pub fn passes(grade: Grade, p: &Policy) -> bool {
    match (grade, pass_mark(grade, p).value) {
        (Grade::Percentage(v), Grade::Percentage(min)) | (Grade::Gpa4(v), Grade::Gpa4(min)) => {
            v >= min
        }
        (Grade::FiveLevel(g), Grade::FiveLevel(min)) => g >= min,
        (Grade::FourLevel(g), Grade::FourLevel(min)) => g >= min,
        (Grade::Ects(g), Grade::Ects(min)) => g >= min,
        // A pass mark is always in the grade's own system.
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rules::policy::MEASURES_2023_046 as P;

    fn band(g: Grade, route: Route) -> (i64, i64, GradeLevel) {
        let b = convert(g, Some(route), &P).unwrap();
        (b.low.whole(), b.high.whole(), b.level)
    }

    #[test]
    fn r1_gpa_between_printed_bands_falls_into_the_lower_one() {
        let g = Grade::Gpa4(Fixed::lit("3.45"));
        assert_eq!(band(g, Route::Mainland), (75, 84, GradeLevel::Good));
        assert_eq!(band(g, Route::International), (80, 84, GradeLevel::Good));
        let g = Grade::Gpa4(Fixed::lit("3.75"));
        assert_eq!(band(g, Route::International), (85, 89, GradeLevel::Good));
        assert_eq!(
            band(Grade::Gpa4(Fixed::lit("1.99")), Route::Mainland),
            (0, 59, GradeLevel::Fail)
        );
    }

    #[test]
    fn r3_a_gpa_on_an_unknown_route_has_no_table() {
        assert_eq!(convert(Grade::Gpa4(Fixed::lit("3.0")), None, &P), None);
        assert!(convert(Grade::Ects(Ects::B), None, &P).is_some());
    }

    #[test]
    fn r2_ects_c_converts_by_table_a7_1_2() {
        let b = convert(Grade::Ects(Ects::C), Some(Route::Mainland), &P).unwrap();
        assert_eq!(
            (b.low.whole(), b.high.whole(), b.table),
            (70, 79, Cite::A7_1_2)
        );
    }

    #[test]
    fn percentages_convert_directly() {
        let b = convert(Grade::Percentage(Fixed::lit("78.5")), None, &P).unwrap();
        assert_eq!(b.range(), [Fixed::lit("78.5"), Fixed::lit("78.5")]);
        assert_eq!(b.level, GradeLevel::Good);
    }

    #[test]
    fn passing_grades() {
        assert!(passes(Grade::Percentage(Fixed::lit("60")), &P));
        assert!(!passes(Grade::Percentage(Fixed::lit("59.9")), &P));
        assert!(passes(Grade::FourLevel(FourLevel::C), &P));
        assert!(!passes(Grade::FourLevel(FourLevel::D), &P));
        assert!(passes(Grade::Ects(Ects::D), &P));
        assert!(!passes(Grade::Ects(Ects::E), &P));
        assert!(passes(Grade::Gpa4(Fixed::lit("2.0")), &P));
        assert!(!passes(Grade::FiveLevel(GradeLevel::Fail), &P));
    }
}
