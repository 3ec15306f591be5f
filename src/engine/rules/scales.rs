//! The grading scales a grade is written on, worst grade first so that `>=` means "at least", with the
//! words and letters the case file uses for them.

use serde::Serialize;
use std::fmt;

/// The five-level scale, which is also the receiving institution's grade level. Declared from worst
/// to best so that `>=` means "at least".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GradeLevel {
    Fail,
    Pass,
    Medium,
    Good,
    Excellent,
}

impl GradeLevel {
    pub const ALL: [GradeLevel; 5] = [
        GradeLevel::Excellent,
        GradeLevel::Good,
        GradeLevel::Medium,
        GradeLevel::Pass,
        GradeLevel::Fail,
    ];

    pub fn word(self) -> &'static str {
        match self {
            GradeLevel::Excellent => "excellent",
            GradeLevel::Good => "good",
            GradeLevel::Medium => "medium",
            GradeLevel::Pass => "pass",
            GradeLevel::Fail => "fail",
        }
    }
}

/// The four-level scale A/B/C/D, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum FourLevel {
    D,
    C,
    B,
    A,
}

impl FourLevel {
    pub const ALL: [FourLevel; 4] = [FourLevel::A, FourLevel::B, FourLevel::C, FourLevel::D];

    /// The letter as the case file writes it.
    pub fn letter(self) -> &'static str {
        match self {
            FourLevel::A => "A",
            FourLevel::B => "B",
            FourLevel::C => "C",
            FourLevel::D => "D",
        }
    }
}

/// ECTS grades A-F, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Ects {
    F,
    E,
    D,
    C,
    B,
    A,
}

impl Ects {
    pub const ALL: [Ects; 6] = [Ects::A, Ects::B, Ects::C, Ects::D, Ects::E, Ects::F];

    /// The letter as the case file writes it.
    pub fn letter(self) -> &'static str {
        match self {
            Ects::A => "A",
            Ects::B => "B",
            Ects::C => "C",
            Ects::D => "D",
            Ects::E => "E",
            Ects::F => "F",
        }
    }
}

macro_rules! letter_display {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.letter())
            }
        }
    )*};
}
letter_display!(FourLevel, Ects);
