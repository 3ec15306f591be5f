//! What can be wrong with a field of a case file, as data: found by [`crate::engine::case::validate`], phrased in
//! each language by [`crate::engine::explain`].

use crate::engine::case::date::Date;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::shape::Shape;
use crate::engine::case::{GradeSystem, TestKind};

/// The scale a score is read on, named in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scale {
    Percentage,
    Gpa4,
    Overlap,
    Ielts,
    Toefl,
    ToeflSection,
    Pte,
    HskLevel,
    HskScore,
}

/// What is wrong with a field, as data, so that each language phrases it (`explain::problem`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all; `line` and `column` as the JSON reader counts them.
    NotJson {
        line: usize,
        column: usize,
        what: String,
        ends_early: bool,
    },
    NotAnObject,
    FormatRequired,
    NotACaseFile {
        found: String,
    },
    VersionRequired,
    VersionText {
        found: String,
    },
    VersionUnsupported {
        found: String,
    },
    /// The file's shape: an unknown field, a wrong kind of value or an unknown word (a form never
    /// produces these, only a hand-edited file does).
    Shape(Shape),
    TooPrecise {
        raw: String,
    },
    NotUsable {
        raw: String,
    },
    Negative {
        value: Fixed,
    },
    BelowMin {
        value: Fixed,
        min: Fixed,
        scale: Option<Scale>,
    },
    AboveMax {
        value: Fixed,
        max: Fixed,
        scale: Option<Scale>,
    },
    Zero,
    NotWhole {
        value: Fixed,
    },
    OffStep {
        value: Fixed,
        step: Fixed,
        scale: Option<Scale>,
    },
    NotADate {
        text: String,
    },
    /// Written as a date, but its month has no such day (`2026-02-30`).
    NoSuchDay {
        text: String,
        month_length: u8,
    },
    AfterAssessment {
        date: Date,
        assessed_on: Date,
    },
    /// A plan's date outside the years a plan can concern.
    DateOutOfRange {
        date: Date,
        earliest: Date,
        latest: Date,
    },
    /// A span whose last day is before its first (a vacation's `to`).
    EndsBeforeStart {
        from: Date,
        to: Date,
    },
    /// The day a result was told is before the day the materials were handed in.
    ToldBeforeHandedIn {
        informed: Date,
        submitted: Date,
    },
    NotAGradeWord {
        text: String,
        system: GradeSystem,
    },
    NotANumber {
        text: String,
        system: GradeSystem,
    },
    NumberForWord {
        value: String,
    },
    NoLevel {
        test: TestKind,
    },
    SectionsNotUsed {
        test: TestKind,
    },
    SectionCount {
        test: TestKind,
        given: usize,
    },
    MoreThanTotal {
        completed: Fixed,
        total: Fixed,
    },
    /// An id of a list given again; `first` is its first place.
    GivenTwice {
        id: String,
        first: usize,
    },
    /// A receiving course the chosen programme of the catalogue does not have.
    NotInProgramme {
        code: String,
        programme: String,
    },
    /// A knowledge point the receiving course does not have.
    NotAKnowledgePoint {
        id: String,
        course: String,
    },
}
